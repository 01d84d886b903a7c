//! The world's calendar around a mission's plan (#14).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::NamesDto;

/// One observance on one day of a mission's calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ObservanceDto {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// The layer it belongs to: `religious` (Islamic observances, Umm
    /// al-Qura), `host` (the host country's public holidays) or `home`
    /// (the ministry's home country's).
    pub layer: String,
    /// For a religious observance, its key (`eid-al-fitr`…), named by the
    /// interface (`observance-<key>`); none for a holiday, named by `names`.
    pub key: Option<String>,
    /// A holiday's name in the three languages, from the holidays data.
    pub names: Option<NamesDto>,
    /// A country's national day.
    pub national: bool,
    /// The country of a holiday (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// The day in the Hijri calendar (Umm al-Qura), `YYYY-MM-DD`.
    pub hijri: String,
    /// For a day of the ministry's own list: `international`,
    /// `anniversary` or `mourning`.
    pub kind: Option<String>,
}

/// The observances of a mission's days, with the ministry's home country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ObservancesDto {
    pub mission: String,
    pub host_country: String,
    /// The ministry's home country, once an administrator has set it.
    pub home_country: Option<String>,
    pub observances: Vec<ObservanceDto>,
}

/// One day's date in the Hijri calendar (Umm al-Qura), as the core has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HijriDayDto {
    /// The Gregorian day, `YYYY-MM-DD`.
    pub date: String,
    pub year: i32,
    /// 1 (Muharram) to 12 (Dhu al-Hijja).
    pub month: u8,
    pub day: u8,
}

/// One day of the ministry's own list, as administrators keep it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MinistryDayDto {
    /// `MM-DD` every year, `YYYY-MM-DD` once.
    pub date: String,
    /// `international`, `anniversary` or `mourning`.
    pub kind: String,
    /// Its name in the three languages (a missing one shows the first given).
    pub names: NamesDto,
}
