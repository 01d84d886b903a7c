//! Approval policies as the Settings view shows and edits them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::names::CategoryName;

/// One category's approval policy. Steps and fast track are in their text
/// form: `supervisor` (any one holder of the role at the mission),
/// `any:NAME,NAME` (one of these people) or `all:NAME,NAME` (each of them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PolicyDto {
    pub category: CategoryName,
    /// In order; empty: no policy, so nothing in the category can be approved.
    pub steps: Vec<String>,
    /// Who may approve every remaining step at once; none: nobody.
    pub fast_track: Option<String>,
    pub updated_by: Option<String>,
    /// RFC 3339, UTC.
    pub updated_at: Option<String>,
}

/// A policy as an administrator sets it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PolicyInputDto {
    pub category: String,
    pub steps: Vec<String>,
    pub fast_track: Option<String>,
}
