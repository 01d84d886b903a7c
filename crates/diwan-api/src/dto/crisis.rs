//! Crisis mode as the approvals workspace shows it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::names::{CategoryName, PostStateName, ResolutionName};

/// A crisis declared for some missions, with the posts it holds paused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CrisisDto {
    pub id: i64,
    pub missions: Vec<String>,
    /// The window, RFC 3339 UTC: `[from, to)`.
    pub from: String,
    pub to: String,
    /// The window on the clock of the mission first in code order (RFC
    /// 3339 with its offset), the clock it was declared on.
    pub local_from: String,
    pub local_to: String,
    pub reason: String,
    pub declared_by: String,
    pub declared_at: String,
    pub ended_by: Option<String>,
    pub ended_at: Option<String>,
    /// The posts still paused by it, soonest first.
    pub paused: Vec<PausedPostDto>,
}

/// A post a crisis holds back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PausedPostDto {
    pub post: i64,
    pub mission: String,
    /// RFC 3339 in the mission's zone.
    pub local_time: String,
    pub category: CategoryName,
    pub state: PostStateName,
    pub source_language: String,
    pub preview: String,
}

/// A crisis as a supervisor declares it. Times are `YYYY-MM-DD HH:MM` on
/// the clock of the mission first in code order, or RFC 3339 with an offset.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewCrisisDto {
    pub missions: Vec<String>,
    pub from: String,
    pub to: String,
    pub reason: String,
}

/// How to end a crisis: what becomes of each paused post; posts not
/// named get `resolution`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EndCrisisDto {
    pub resolution: ResolutionName,
    pub posts: Vec<PostResolutionDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PostResolutionDto {
    pub post: i64,
    pub resolution: ResolutionName,
}
