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

/// Which part of opening an older database is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum UpgradeStageName {
    /// Its pages copied to the backup kept beside it.
    Copying,
    /// Its schema brought up to date, one step after another.
    Upgrading,
}

/// How far opening an older database has got, sent to the window while it
/// says "opening".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeDto {
    pub stage: UpgradeStageName,
    pub done: u64,
    pub total: u64,
}

/// An older database brought up to date as it opened: the window says so,
/// and where the copy from before is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpgradedDto {
    pub from: u32,
    pub to: u32,
    pub backup: Option<String>,
}

impl From<&diwan_store::Upgraded> for UpgradedDto {
    fn from(upgraded: &diwan_store::Upgraded) -> Self {
        Self { from: upgraded.from, to: upgraded.to, backup: upgraded.backup.as_ref().map(|p| p.display().to_string()) }
    }
}

impl From<crate::progress::Upgrade> for UpgradeDto {
    fn from(upgrade: crate::progress::Upgrade) -> Self {
        use crate::progress::Upgrade;
        match upgrade {
            Upgrade::Copying { done, total } => Self { stage: UpgradeStageName::Copying, done, total },
            Upgrade::Upgrading { done, total } => Self { stage: UpgradeStageName::Upgrading, done, total },
        }
    }
}
