//! Team mode, as the front ends show it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What one sync did: changes sent and taken by the hub, changes brought
/// from it, changes it refused (each kept for its author as a conflict).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncReportDto {
    pub pushed: u32,
    pub pulled: u32,
    pub refused: u32,
}

/// The hub this database is connected to, if any, and as whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HubStatusDto {
    pub url: Option<String>,
    pub person: Option<String>,
}
