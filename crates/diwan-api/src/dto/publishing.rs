//! The last mile as the "publish now" panel and `diwan due` show it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::names::PlatformName;

/// What is due to publish at one moment, what is overdue, and what was
/// held back since it was scheduled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueDto {
    /// The moment asked about (RFC 3339, UTC).
    pub at: String,
    pub due: Vec<DuePostDto>,
    pub overdue: Vec<DuePostDto>,
    pub held: Vec<HeldPostDto>,
}

/// One post to put online now, account by account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DuePostDto {
    pub post: i64,
    pub mission: String,
    /// The post's hour in the mission's zone (RFC 3339 with its offset).
    pub local_time: String,
    /// Who is reminded: whoever scheduled it, else its drafter.
    pub reminded: String,
    pub texts: Vec<DueTextDto>,
    pub media: Vec<DueMediaDto>,
}

/// The approved text one account gets, exactly as approved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueTextDto {
    pub account: i64,
    pub handle: String,
    pub platform: PlatformName,
    pub language: String,
    pub text: String,
    /// The platform's own page for writing a post, if it has one.
    pub compose_page: Option<String>,
}

/// An image to attach, where its file is, and its alt text by language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueMediaDto {
    pub path: String,
    pub file_name: String,
    pub alt: BTreeMap<String, String>,
}

/// A post scheduled once whose hour came while it was held back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HeldPostDto {
    pub post: i64,
    pub mission: String,
    pub local_time: String,
    pub reminded: String,
    /// "crisis" (paused by one) or "approval-withdrawn" (edited since).
    pub reason: String,
}
