//! Counting a text as a platform does.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A text measured as a platform measures it. Field order is part of the
/// CLI contract (`diwan count --json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CountDto {
    pub platform: String,
    pub length: u32,
    pub limit: u32,
    pub valid: bool,
    pub problems: Vec<String>,
    /// How much of the text fits, in UTF-16 units (JavaScript string indices).
    pub fits: u32,
    /// Hashtags, mentions and links, in UTF-16 units, for highlighting.
    pub entities: Vec<EntityDto>,
}

/// A hashtag, mention or link in a text; offsets in UTF-16 units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EntityDto {
    /// `hashtag`, `mention` or `url`.
    pub kind: String,
    pub start: u32,
    pub end: u32,
}
