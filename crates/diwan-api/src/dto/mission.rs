//! Missions and the app itself.

use diwan_core::{LanguageCode, Mission, MissionNames, NewMission};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::names::DigitsName;

/// A mission's name in the app's three languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NamesDto {
    pub ar: String,
    pub fr: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MissionDto {
    pub code: String,
    pub names: NamesDto,
    /// One of `ministry`, `embassy`, `consulate`, `permanent-representation`.
    pub kind: String,
    /// ISO 3166-1 alpha-2.
    pub host_country: String,
    /// IANA time zone, e.g. `Europe/Paris`.
    pub time_zone: String,
    pub working_languages: Vec<String>,
    /// The digits the mission writes Arabic posts with, if it has chosen.
    pub arabic_digits: Option<DigitsName>,
}

/// A mission as typed in "set up my mission".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewMissionDto {
    pub code: String,
    pub names: NamesDto,
    pub kind: String,
    pub host_country: String,
    pub time_zone: String,
    pub working_languages: Vec<String>,
}

/// What the app shows about itself and where its data lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfoDto {
    pub version: String,
    pub schema_version: u32,
    pub database_path: Option<String>,
}

impl From<&MissionNames> for NamesDto {
    fn from(names: &MissionNames) -> Self {
        let MissionNames { ar, fr, en } = names;
        Self { ar: ar.clone(), fr: fr.clone(), en: en.clone() }
    }
}

impl From<&Mission> for MissionDto {
    fn from(mission: &Mission) -> Self {
        let Mission { code, names, kind, host_country, time_zone, working_languages, arabic_digits } = mission;
        Self {
            code: code.to_string(),
            names: NamesDto::from(names),
            kind: kind.as_str().to_owned(),
            host_country: host_country.to_string(),
            time_zone: time_zone.name().to_owned(),
            working_languages: working_languages.iter().map(LanguageCode::to_string).collect(),
            arabic_digits: arabic_digits.map(Into::into),
        }
    }
}

impl From<&NewMission> for NewMissionDto {
    fn from(mission: &NewMission) -> Self {
        let NewMission { code, names, kind, host_country, time_zone, working_languages } = mission;
        Self {
            code: code.clone(),
            names: NamesDto::from(names),
            kind: kind.clone(),
            host_country: host_country.clone(),
            time_zone: time_zone.clone(),
            working_languages: working_languages.clone(),
        }
    }
}

impl NewMissionDto {
    pub(crate) fn into_core(self) -> NewMission {
        NewMission {
            code: self.code,
            names: MissionNames { ar: self.names.ar, fr: self.names.fr, en: self.names.en },
            kind: self.kind,
            host_country: self.host_country,
            time_zone: self.time_zone,
            working_languages: self.working_languages,
        }
    }
}
