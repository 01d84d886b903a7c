//! Posts: what a person drafts, edits and sees, with what they may do.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ErrorDto, NamesDto};
use crate::names::{CategoryName, PostStateName, VariantStateName};

/// A post as a drafter starts it. `localTime` is in the mission's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPostDto {
    pub mission: String,
    pub accounts: Vec<i64>,
    pub category: String,
    pub source_language: String,
    /// Extra languages; the target accounts' languages are added anyway.
    pub languages: Vec<String>,
    /// `YYYY-MM-DD HH:MM` in the mission's time zone.
    pub local_time: String,
    pub text: String,
    pub note: Option<String>,
    pub crisis_priority: bool,
    /// The template the text was written from, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub template: Option<i64>,
}

/// One change to a post; fields left out stay as they are.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PostEditDto {
    /// With `text`: which language's text to write (default: the source).
    pub language: Option<String>,
    pub text: Option<String>,
    pub local_time: Option<String>,
    pub accounts: Option<Vec<i64>>,
    /// With `text`: the template it was written from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub template: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VariantDto {
    pub language: String,
    pub text: String,
    pub state: VariantStateName,
    /// The source as it was when this translation was last marked done.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[ts(optional)]
    pub source_seen: Option<String>,
    /// The checks its translator overrode, and why.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[ts(optional)]
    pub qa_override: Option<super::QaOverrideDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalDto {
    pub user: String,
    pub step: u32,
    pub at: String,
    pub fast_track: bool,
}

/// What the rules say about a post's place in the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum WarningDto {
    /// Another post on the same account too close in time.
    Conflict { account: i64, post: i64, minutes: i64 },
    /// Inside a blackout period of the mission.
    Blackout { reason: String, start: String, end: String },
    /// The same text already planned or published on the same account recently.
    Duplicate { account: i64, post: i64 },
    /// The time has passed without full approval.
    Overdue,
    /// A routine post on a national day of the mission's host country
    /// (`country`), named in the three languages.
    NationalDay { country: String, names: NamesDto },
    /// On a day of mourning of the ministry's list, named in the three languages.
    MourningDay { names: NamesDto },
    /// Written from a celebratory template (`template`, its name) at an
    /// hour a crisis declared for the mission covers (its `reason`).
    CelebratoryInCrisis { template: String, reason: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PostDto {
    pub id: i64,
    pub mission: String,
    pub time_zone: String,
    /// RFC 3339 in the mission's zone, e.g. `2026-12-01T10:00:00+01:00`.
    pub local_time: String,
    pub utc: String,
    pub accounts: Vec<i64>,
    pub category: CategoryName,
    pub source_language: String,
    pub state: PostStateName,
    pub published_url: Option<String>,
    pub rejection_reason: Option<String>,
    pub note: Option<String>,
    pub crisis_priority: bool,
    pub drafter: String,
    pub variants: Vec<VariantDto>,
    pub approvals: Vec<ApprovalDto>,
    /// Hex SHA-256 of everything that goes out.
    pub content_hash: String,
    pub approved_content_hash: Option<String>,
    /// The crisis holding the post back, if one is.
    pub paused_by: Option<i64>,
    pub warnings: Vec<WarningDto>,
    /// What the person viewing it may do now, as the core decided; absent
    /// when nobody is viewing (the export, `diwan post show` without `--as`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[ts(optional)]
    pub can: Option<PostAbilitiesDto>,
}

/// One action on a post: allowed, or refused with the reason a person reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AbilityDto {
    pub allowed: bool,
    pub reason: Option<ErrorDto>,
}

/// Each action the workflow offers, for the person viewing the post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PostAbilitiesDto {
    pub edit: AbilityDto,
    pub reschedule: AbilityDto,
    pub submit: AbilityDto,
    pub approve: AbilityDto,
    pub fast_track: AbilityDto,
    pub reject: AbilityDto,
    pub schedule: AbilityDto,
    pub publish: AbilityDto,
}
