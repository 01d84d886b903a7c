//! Mistakes in how `diwan` was called (an unknown flag, a missing value, an
//! argument that is not valid text), told in the person's language with exit
//! code 1, like every other error. clap finds them; this names them.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use diwan_core::{Localized, MessageArg};

/// A command line clap refused, as a message id and its arguments.
#[derive(Debug)]
pub struct UsageError {
    kind: ErrorKind,
    argument: String,
    value: String,
    /// clap's own explanation, for the kinds Diwan has no words of its own for.
    detail: String,
}

impl UsageError {
    pub fn new(error: &clap::Error) -> Self {
        let text = |kind| match error.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(list)) => list.join(", "),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        let argument = match error.kind() {
            ErrorKind::InvalidSubcommand => text(ContextKind::InvalidSubcommand),
            _ => text(ContextKind::InvalidArg),
        };
        // clap's rendering starts "error: ..." and ends with a usage block;
        // the first line is the explanation.
        let rendered = error.render().to_string();
        let detail = rendered.lines().next().unwrap_or_default().trim_start_matches("error: ").to_owned();
        Self { kind: error.kind(), argument, value: text(ContextKind::InvalidValue), detail }
    }
}

impl Localized for UsageError {
    fn message_id(&self) -> &'static str {
        match self.kind {
            ErrorKind::InvalidUtf8 => "cli-usage-invalid-utf8",
            ErrorKind::UnknownArgument => "cli-usage-unknown-argument",
            ErrorKind::InvalidSubcommand => "cli-usage-unknown-command",
            ErrorKind::MissingRequiredArgument => "cli-usage-missing-argument",
            ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                "cli-usage-missing-command"
            }
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => "cli-usage-invalid-value",
            _ => "cli-usage-other",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        vec![
            ("argument", self.argument.as_str().into()),
            ("value", self.value.as_str().into()),
            ("detail", self.detail.as_str().into()),
        ]
    }
}

/// The value of `--lang` as typed, read without clap: when clap refuses the
/// command line, the message must still be in the language asked for.
pub fn lang_flag(args: &[OsString]) -> Option<String> {
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_flag_is_found_in_both_spellings_and_not_after_a_double_dash() {
        assert_eq!(lang_flag(&os(&["diwan", "--lang", "ar", "count"])).as_deref(), Some("ar"));
        assert_eq!(lang_flag(&os(&["diwan", "count", "--lang=fr"])).as_deref(), Some("fr"));
        assert_eq!(lang_flag(&os(&["diwan", "count", "--", "--lang", "fr"])), None);
        assert_eq!(lang_flag(&os(&["diwan", "count"])), None);
    }
}
