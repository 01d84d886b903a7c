//! Missions: the ministry itself and its embassies, consulates and permanent
//! representations. Each posts in its own time zone.

use std::fmt;
use std::str::FromStr;

use chrono_tz::Tz;

use crate::country::CountryCode;
use crate::language::{LanguageCode, UiLocale};
use crate::message::{Localized, MessageArg};
use crate::preferences::Digits;
use crate::vocabulary::vocabulary;

/// The longest mission name we accept, in characters: long enough for
/// "Permanent Representation of ... to the United Nations Office at Geneva".
pub const MAX_NAME_CHARS: usize = 200;

/// A short, stable code that names a mission, such as `DZ-FR-PAR`: upper-case
/// ASCII letters and digits in 1 to 4 groups joined by `-`, at most 24 long.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MissionCode(String);

impl MissionCode {
    pub const MAX_LEN: usize = 24;

    pub fn parse(input: &str) -> Result<Self, ValidationError> {
        let code = input.trim().to_ascii_uppercase();
        let groups: Vec<&str> = code.split('-').collect();
        let well_formed = code.len() <= Self::MAX_LEN
            && (1..=4).contains(&groups.len())
            && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
        if well_formed {
            Ok(Self(code))
        } else {
            Err(ValidationError::CodeInvalid { code: input.to_owned() })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MissionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

vocabulary! {
    /// What kind of post a mission is.
    pub enum MissionKind {
        Ministry => "ministry",
        Embassy => "embassy",
        Consulate => "consulate",
        PermanentRepresentation => "permanent-representation",
    }
}

impl MissionKind {
    /// What a new mission is unless said otherwise: most are embassies.
    pub const USUAL: Self = Self::Embassy;
}

impl FromStr for MissionKind {
    type Err = ValidationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_name(s).ok_or_else(|| ValidationError::KindUnknown { kind: s.to_owned() })
    }
}

/// A mission's name in each of the app's three languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissionNames {
    pub ar: String,
    pub fr: String,
    pub en: String,
}

impl MissionNames {
    pub fn get(&self, locale: UiLocale) -> &str {
        match locale {
            UiLocale::Ar => &self.ar,
            UiLocale::Fr => &self.fr,
            UiLocale::En => &self.en,
        }
    }
}

/// A mission as a person typed it, before any rule has looked at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMission {
    pub code: String,
    pub names: MissionNames,
    pub kind: String,
    pub host_country: String,
    pub time_zone: String,
    pub working_languages: Vec<String>,
}

/// A valid mission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mission {
    pub code: MissionCode,
    pub names: MissionNames,
    pub kind: MissionKind,
    pub host_country: CountryCode,
    pub time_zone: Tz,
    pub working_languages: Vec<LanguageCode>,
    /// The digits the mission writes Arabic posts with, if it has chosen;
    /// translations into Arabic are checked against it.
    pub arabic_digits: Option<Digits>,
}

impl NewMission {
    /// Checks every field and returns the mission, or the first problem found
    /// in the order the form shows the fields.
    pub fn validate(&self) -> Result<Mission, ValidationError> {
        let code = MissionCode::parse(&self.code)?;
        let names = MissionNames {
            ar: validate_name(&self.names.ar, UiLocale::Ar)?,
            fr: validate_name(&self.names.fr, UiLocale::Fr)?,
            en: validate_name(&self.names.en, UiLocale::En)?,
        };
        let kind = self.kind.parse()?;
        let host_country = CountryCode::parse(&self.host_country)
            .ok_or_else(|| ValidationError::CountryUnknown { country: self.host_country.clone() })?;
        let time_zone = self
            .time_zone
            .trim()
            .parse::<Tz>()
            .map_err(|_| ValidationError::TimeZoneUnknown { zone: self.time_zone.clone() })?;
        let mut working_languages = Vec::new();
        for raw in &self.working_languages {
            let language =
                LanguageCode::parse(raw).ok_or_else(|| ValidationError::LanguageInvalid { language: raw.clone() })?;
            if !working_languages.contains(&language) {
                working_languages.push(language);
            }
        }
        if working_languages.is_empty() {
            return Err(ValidationError::NoWorkingLanguage);
        }
        Ok(Mission { code, names, kind, host_country, time_zone, working_languages, arabic_digits: None })
    }
}

fn validate_name(name: &str, language: UiLocale) -> Result<String, ValidationError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ValidationError::NameMissing { language });
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ValidationError::NameTooLong { language, max: MAX_NAME_CHARS });
    }
    Ok(name.to_owned())
}

/// Why a mission as typed is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error("mission code {code:?} is not valid")]
    CodeInvalid { code: String },
    #[error("the {language} name is missing")]
    NameMissing { language: UiLocale },
    #[error("the {language} name is longer than {max} characters")]
    NameTooLong { language: UiLocale, max: usize },
    #[error("unknown mission kind {kind:?}")]
    KindUnknown { kind: String },
    #[error("unknown country code {country:?}")]
    CountryUnknown { country: String },
    #[error("unknown time zone {zone:?}")]
    TimeZoneUnknown { zone: String },
    #[error("language code {language:?} is not valid")]
    LanguageInvalid { language: String },
    #[error("a mission needs at least one working language")]
    NoWorkingLanguage,
}

impl Localized for ValidationError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::CodeInvalid { .. } => "error-mission-code-invalid",
            Self::NameMissing { .. } => "error-mission-name-missing",
            Self::NameTooLong { .. } => "error-mission-name-too-long",
            Self::KindUnknown { .. } => "error-mission-kind-unknown",
            Self::CountryUnknown { .. } => "error-mission-country-unknown",
            Self::TimeZoneUnknown { .. } => "error-mission-time-zone-unknown",
            Self::LanguageInvalid { .. } => "error-mission-language-invalid",
            Self::NoWorkingLanguage => "error-mission-no-language",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::CodeInvalid { code } => vec![("code", code.as_str().into())],
            Self::NameMissing { language } => vec![("language", language.code().into())],
            Self::NameTooLong { language, max } => {
                vec![("language", language.code().into()), ("max", i64::try_from(*max).unwrap_or(i64::MAX).into())]
            }
            Self::KindUnknown { kind } => vec![("kind", kind.as_str().into())],
            Self::CountryUnknown { country } => vec![("country", country.as_str().into())],
            Self::TimeZoneUnknown { zone } => vec![("zone", zone.as_str().into())],
            Self::LanguageInvalid { language } => vec![("language", language.as_str().into())],
            Self::NoWorkingLanguage => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn algiers_in_paris() -> NewMission {
        NewMission {
            code: "dz-fr-par".into(),
            names: MissionNames {
                ar: " سفارة الجزائر في فرنسا ".into(),
                fr: "Ambassade d'Algérie en France".into(),
                en: "Embassy of Algeria in France".into(),
            },
            kind: "embassy".into(),
            host_country: "fr".into(),
            time_zone: "Europe/Paris".into(),
            working_languages: vec!["ar".into(), "fr".into(), "AR".into()],
        }
    }

    /// Applies `change` to a valid mission and returns what validation says.
    fn check(change: impl FnOnce(&mut NewMission)) -> Result<Mission, ValidationError> {
        let mut input = algiers_in_paris();
        change(&mut input);
        input.validate()
    }

    #[test]
    fn a_valid_mission_is_normalised() {
        let mission = check(|_| {}).expect("valid");
        assert_eq!(mission.code.as_str(), "DZ-FR-PAR");
        assert_eq!(mission.names.ar, "سفارة الجزائر في فرنسا");
        assert_eq!(mission.host_country.as_str(), "FR");
        assert_eq!(mission.time_zone, chrono_tz::Europe::Paris);
        let languages: Vec<_> = mission.working_languages.iter().map(LanguageCode::as_str).collect();
        assert_eq!(languages, ["ar", "fr"], "duplicates are dropped, order kept");
    }

    #[test]
    fn each_field_reports_its_own_error() {
        assert_eq!(check(|m| m.code = "DZ FR".into()), Err(ValidationError::CodeInvalid { code: "DZ FR".into() }));
        assert_eq!(check(|m| m.names.fr = "  ".into()), Err(ValidationError::NameMissing { language: UiLocale::Fr }));
        assert_eq!(
            check(|m| m.names.en = "x".repeat(MAX_NAME_CHARS + 1)),
            Err(ValidationError::NameTooLong { language: UiLocale::En, max: MAX_NAME_CHARS })
        );
        assert_eq!(check(|m| m.kind = "palace".into()), Err(ValidationError::KindUnknown { kind: "palace".into() }));
        assert_eq!(
            check(|m| m.host_country = "XX".into()),
            Err(ValidationError::CountryUnknown { country: "XX".into() })
        );
        assert_eq!(
            check(|m| m.time_zone = "Europe/Atlantis".into()),
            Err(ValidationError::TimeZoneUnknown { zone: "Europe/Atlantis".into() })
        );
        assert_eq!(
            check(|m| m.working_languages = vec!["arabic".into()]),
            Err(ValidationError::LanguageInvalid { language: "arabic".into() })
        );
        assert_eq!(check(|m| m.working_languages.clear()), Err(ValidationError::NoWorkingLanguage));
    }

    #[test]
    fn an_arabic_name_counts_characters_not_bytes() {
        // 200 Arabic letters are 400 bytes in UTF-8 and must still be accepted.
        assert!(check(|m| m.names.ar = "س".repeat(MAX_NAME_CHARS)).is_ok());
    }

    #[test]
    fn every_kind_round_trips_through_its_name() {
        for kind in MissionKind::ALL {
            assert_eq!(kind.as_str().parse::<MissionKind>(), Ok(kind));
        }
    }

    proptest! {
        #[test]
        fn a_parsed_code_is_always_well_formed(input in "\\PC{0,30}") {
            if let Ok(code) = MissionCode::parse(&input) {
                let s = code.as_str();
                prop_assert!(s.len() <= MissionCode::MAX_LEN);
                prop_assert!(!s.starts_with('-') && !s.ends_with('-') && !s.contains("--"));
                prop_assert!(s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'));
                prop_assert_eq!(MissionCode::parse(s), Ok(code.clone()), "parsing is idempotent");
            }
        }

        #[test]
        fn codes_from_the_grammar_are_accepted(groups in proptest::collection::vec("[A-Z0-9]{1,5}", 1..=4)) {
            let code = groups.join("-");
            prop_assert_eq!(MissionCode::parse(&code).is_ok(), code.len() <= MissionCode::MAX_LEN);
        }
    }
}
