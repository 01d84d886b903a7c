//! Localised messages for front ends that format in Rust (the CLI). The UI
//! formats the same `.ftl` files with @fluent/bundle.
//!
//! Architecture invariant: `locales/{ar,fr,en}/diwan.ftl` are the one source
//! of every word Diwan shows; a test fails when an id is missing from one.

use diwan_core::{Localized, MessageArg, UiLocale};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The Fluent sources, compiled in so the binary needs no files beside it.
pub const SOURCES: [(UiLocale, &str); 3] = [
    (UiLocale::Ar, include_str!("../../../locales/ar/diwan.ftl")),
    (UiLocale::Fr, include_str!("../../../locales/fr/diwan.ftl")),
    (UiLocale::En, include_str!("../../../locales/en/diwan.ftl")),
];

const FALLBACK: UiLocale = UiLocale::En;

/// Formats messages in one language.
pub struct Localizer {
    locale: UiLocale,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("locale", &self.locale).finish_non_exhaustive()
    }
}

impl Localizer {
    pub fn new(locale: UiLocale) -> Self {
        let source = SOURCES.iter().find(|(l, _)| *l == locale).map_or("", |(_, s)| s);
        // A syntax error is caught by this module's tests; at run time the
        // messages that did parse are still worth showing.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let langid: LanguageIdentifier = locale.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // Terminals show Unicode isolation marks as stray characters.
        bundle.set_use_isolating(false);
        // Ids are unique per file (tested), so adding cannot fail on overrides.
        let _ = bundle.add_resource(resource);
        Self { locale, bundle }
    }

    pub fn locale(&self) -> UiLocale {
        self.locale
    }

    /// Picks the best of ar/fr/en for the languages asked for, in order
    /// (e.g. `["fr-CA", "en"]`), falling back to English.
    pub fn negotiate(requested: &[&str]) -> UiLocale {
        // fluent-langneg speaks ICU's identifiers; the bundle speaks unic's.
        type Id = fluent_langneg::LanguageIdentifier;
        let requested: Vec<Id> = requested.iter().filter_map(|r| r.parse().ok()).collect();
        let available: Vec<Id> = UiLocale::ALL.iter().filter_map(|l| l.code().parse().ok()).collect();
        let default: Id = FALLBACK.code().parse().unwrap_or_default();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen.first().and_then(|id| UiLocale::parse(id.language.as_str())).unwrap_or(FALLBACK)
    }

    /// The language for a command-line run: the `--lang` flag, else the
    /// POSIX locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn locale_from_env(flag: Option<&str>) -> UiLocale {
        let posix = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty() && v != "C" && v != "POSIX"));
        let requested = flag.map(str::to_owned).or(posix).map(|value| posix_to_bcp47(&value));
        requested.map_or(FALLBACK, |r| Self::negotiate(&[r.as_str()]))
    }

    /// The message `id` with `args`; the id itself when it is missing, so a
    /// gap shows up instead of an empty line.
    pub fn message(&self, id: &str, args: &[(&str, MessageArg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                MessageArg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                MessageArg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    /// Whether this language has a message `id`.
    pub fn knows(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message as it crossed IPC (an id and its arguments).
    pub fn dto(&self, message: &crate::dto::ErrorDto) -> String {
        let args: Vec<(&str, MessageArg)> = message
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    crate::dto::ArgDto::Text(text) => MessageArg::Text(text.clone()),
                    crate::dto::ArgDto::Number(n) => MessageArg::Number(*n),
                };
                (name.as_str(), value)
            })
            .collect();
        self.message(&message.code, &args)
    }

    pub fn error(&self, error: &dyn Localized) -> String {
        self.message(error.message_id(), &error.message_args())
    }
}

/// `ar_DZ.UTF-8@latin` → `ar-DZ`.
fn posix_to_bcp47(value: &str) -> String {
    value.split(['.', '@']).next().unwrap_or_default().replace('_', "-")
}

#[cfg(test)]
mod tests;
