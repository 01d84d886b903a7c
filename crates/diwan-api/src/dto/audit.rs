//! The audit trail as the audit view shows it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What to look for in the trail; empty fields match anything.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditFilterDto {
    pub post: Option<i64>,
    /// A person's name.
    pub user: Option<String>,
    /// An action's stored name, e.g. `post.approved`.
    pub action: Option<String>,
    /// `YYYY-MM-DD` (UTC), first and last day.
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One event: who did what, to what, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditEventDto {
    pub seq: u64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub action: String,
    /// What it happened to, e.g. `post:42`.
    pub subject: String,
    pub detail: String,
}

/// The events that match, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditLogDto {
    pub events: Vec<AuditEventDto>,
    /// More matched than one look shows; narrow the search.
    pub truncated: bool,
}

/// How far long work is (`total` is 0 when not known), sent to the window
/// while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressDto {
    pub done: u64,
    pub total: u64,
}
