//! Team mode, as the front ends show it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ErrorDto;

/// What one sync did: changes sent and taken by the hub, changes brought
/// from it, changes it refused (each kept for its author as a conflict).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncReportDto {
    pub pushed: u32,
    pub pulled: u32,
    pub refused: u32,
    /// People whose token the hub refused (revoked): no longer connected
    /// here until they connect again; what they did waits for them.
    pub signed_out: Vec<String>,
}

/// The hub this database is connected to, if any, and who is connected
/// to it from here (each as themselves).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HubStatusDto {
    pub url: Option<String>,
    pub people: Vec<String>,
    /// Changes made here that the hub has not taken yet.
    pub waiting: u32,
    /// Changes the hub refused, kept here until their authors redo or drop them.
    pub refused: u32,
}

/// A change the hub refused, as its author sees it: what they did, with
/// their text, and why the hub said no.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RefusedChangeDto {
    pub key: String,
    /// This desktop's number of the post, if it is here.
    pub post: Option<i64>,
    /// The post's source text now (a glimpse, to know which post it is).
    pub post_text: String,
    pub actor: String,
    /// `create`, `edit-text`, `reschedule`, `retarget`, `submit`,
    /// `mark-translated`, `approve`, `reject`, `schedule`, `publish`.
    pub kind: String,
    /// The language of an edited or translated text.
    pub language: Option<String>,
    /// What its author wrote: the text, the rejection reason, the new time
    /// (RFC 3339), the published URL.
    pub text: Option<String>,
    /// Why the hub refused it (a message id of this desktop, with its arguments).
    pub reason: ErrorDto,
    /// Someone else changed the post meanwhile (else the post's rules refused it).
    pub conflict: bool,
    /// Whether doing it again on the post as it is now makes sense (not for a refused creation).
    pub can_redo: bool,
    pub made_at: String,
    pub refused_at: String,
}
