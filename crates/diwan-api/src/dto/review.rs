//! The supervisor's queue.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AbilityDto, ApprovalDto, DiffPartDto};
use crate::names::CategoryName;

/// A post waiting in a supervisor's review queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItemDto {
    pub post: i64,
    pub mission: String,
    pub category: CategoryName,
    /// When it goes out: RFC 3339 in the mission's zone.
    pub local_time: String,
    pub utc: String,
    pub overdue: bool,
    pub crisis_priority: bool,
    pub source_language: String,
    /// The start of the source text.
    pub preview: String,
    /// Every language it goes out in.
    pub languages: Vec<String>,
    pub approvals: Vec<ApprovalDto>,
    /// The policy's steps, the one waiting (from 1; none when all are done)
    /// and how many approvals it still needs.
    pub steps: u32,
    pub current_step: Option<u32>,
    pub still_needed: u32,
    /// Whether the viewer may approve it now, or why not (the core's reason).
    pub can_approve: AbilityDto,
    /// Languages whose translator overrode quality checks (to look at first).
    pub overridden: Vec<String>,
}

/// What approving one post of several did: its new state, or why the core refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalOutcomeDto {
    pub post: i64,
    pub state: Option<crate::names::PostStateName>,
    pub error: Option<super::ErrorDto>,
}

/// The acting supervisor's queue: crisis posts first, then the soonest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewQueueDto {
    pub items: Vec<ReviewItemDto>,
    /// More posts were waiting than one look reads; the first are shown.
    pub truncated: bool,
}

/// What changed in a post since the viewer last looked at it in review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangesSinceDto {
    /// When they last looked, RFC 3339 UTC.
    pub seen_at: String,
    /// Each language whose text changed, word by word.
    pub texts: Vec<LanguageDiffDto>,
    /// The time it was to go out then, on the mission's clock, if it moved.
    pub moved_from: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageDiffDto {
    pub language: String,
    pub diff: Vec<DiffPartDto>,
}
