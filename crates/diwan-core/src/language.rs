//! Languages: the three the app speaks, and the many a mission may post in.

use std::fmt;

use crate::vocabulary::vocabulary;

vocabulary! {
    /// The languages of Diwan's own interface.
    pub enum UiLocale {
        Ar => "ar",
        Fr => "fr",
        En => "en",
    }
}

impl UiLocale {
    /// The language's BCP 47 code, as Fluent and the webview name it.
    pub fn code(self) -> &'static str {
        self.as_str()
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::from_name(code)
    }

    /// Arabic is written right to left; the layout mirrors with it.
    pub fn is_right_to_left(self) -> bool {
        matches!(self, Self::Ar)
    }
}

/// A language a mission posts in: an ISO 639-1 code in lower case (`ar`,
/// `fr`, `en`, `zh`, ...), optionally with a region (`pt-BR`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(input: &str) -> Option<Self> {
        let input = input.trim();
        let (language, region) = match input.split_once('-') {
            Some((l, r)) => (l, Some(r)),
            None => (input, None),
        };
        let language_ok = language.len() == 2 && language.bytes().all(|b| b.is_ascii_alphabetic());
        let region_ok = region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()));
        if !(language_ok && region_ok) {
            return None;
        }
        let mut code = language.to_ascii_lowercase();
        if let Some(region) = region {
            code.push('-');
            code.push_str(&region.to_ascii_uppercase());
        }
        Some(Self(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_locales_round_trip_and_only_arabic_is_rtl() {
        for locale in UiLocale::ALL {
            assert_eq!(UiLocale::parse(locale.code()), Some(locale));
        }
        assert!(UiLocale::Ar.is_right_to_left());
        assert!(!UiLocale::Fr.is_right_to_left());
        assert_eq!(UiLocale::parse("de"), None);
    }

    #[test]
    fn language_codes_are_normalised() {
        let parse = |s| LanguageCode::parse(s).map(|c| c.to_string());
        assert_eq!(parse("AR"), Some("ar".into()));
        assert_eq!(parse("pt-br"), Some("pt-BR".into()));
        assert_eq!(parse("ara"), None);
        assert_eq!(parse("a1"), None);
        assert_eq!(parse("en-"), None);
    }
}
