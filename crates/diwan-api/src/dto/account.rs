//! A mission's platform accounts.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::names::PlatformName;

/// A platform account of a mission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountDto {
    pub id: i64,
    pub mission: String,
    pub platform: PlatformName,
    pub handle: String,
    pub languages: Vec<String>,
    /// `unverified`, `verified` or `revoked`.
    pub verification: String,
    pub verified_on: Option<String>,
    pub verification_evidence: Option<String>,
    pub active: bool,
    pub limit_override: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewAccountDto {
    pub mission: String,
    pub platform: String,
    pub handle: String,
    pub languages: Vec<String>,
    pub limit_override: Option<u32>,
}
