//! The translator's workspace: the queue, one item side by side, memory
//! matches, glossary terms and the quality checks.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ErrorDto, PostDto};
use crate::names::{CategoryName, QaCheckName, TranslationNeedName, VariantStateName};

/// Which queue items to show; empty fields filter nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QueueFilterDto {
    pub mission: Option<String>,
    pub language: Option<String>,
    pub category: Option<String>,
    /// `YYYY-MM-DD`: only items due on or before that local day of their mission.
    pub due_by: Option<String>,
}

/// One language version waiting for a translator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QueueItemDto {
    pub post: i64,
    pub mission: String,
    pub language: String,
    pub need: TranslationNeedName,
    pub category: CategoryName,
    /// When the post goes out: RFC 3339 in the mission's zone.
    pub local_time: String,
    pub utc: String,
    pub overdue: bool,
    pub source_language: String,
    /// The start of the source text.
    pub preview: String,
}

/// The acting person's translation queue, soonest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationQueueDto {
    pub items: Vec<QueueItemDto>,
    /// More posts were waiting than one look reads; the soonest are shown.
    pub truncated: bool,
}

/// Whether a run of text is in both texts, only the old or only the new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DiffChangeDto {
    Same,
    Removed,
    Added,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DiffPartDto {
    pub change: DiffChangeDto,
    pub text: String,
}

/// A remembered translation that matches a segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemoryMatchDto {
    pub source: String,
    pub target: String,
    /// 100: the same text; 99: the same once folded; below: fuzzy.
    pub score: u8,
    /// From the segment being translated to the remembered source.
    pub diff: Vec<DiffPartDto>,
    pub author: String,
    pub at: String,
}

/// One sentence of the source with its memory matches, best first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SegmentMatchesDto {
    pub segment: String,
    pub matches: Vec<MemoryMatchDto>,
}

/// A glossary term found in the source, with the form the target must use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryHitDto {
    pub term: i64,
    pub source: String,
    /// The required form in the target language (the source form itself
    /// for a term that is not translated); none when the glossary has none.
    pub target: Option<String>,
    pub note: Option<String>,
    pub do_not_translate: bool,
}

/// One quality problem: the check, the message (id and arguments) and the
/// character position in the target, from 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QaIssueDto {
    pub check: QaCheckName,
    pub message: ErrorDto,
    pub position: Option<u32>,
}

/// Checks a translator overrode, and why: shown to supervisors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QaOverrideDto {
    pub checks: Vec<QaCheckName>,
    pub reason: String,
    pub by: String,
    pub at: String,
}

/// One language version of a post, as the translator works on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationItemDto {
    pub post: PostDto,
    pub language: String,
    pub source_language: String,
    pub source: String,
    pub target: String,
    pub state: VariantStateName,
    pub need: Option<TranslationNeedName>,
    /// What changed in the source since the translation was last done, word
    /// by word; none when it has not changed (or was never done).
    pub source_changes: Option<Vec<DiffPartDto>>,
    pub memory: Vec<SegmentMatchesDto>,
    pub glossary: Vec<GlossaryHitDto>,
    /// The checks as the target stands now.
    pub checks: Vec<QaIssueDto>,
    pub qa_override: Option<QaOverrideDto>,
    /// Whether the viewer translates this language at this mission.
    pub can_translate: bool,
}

/// A remembered pair found by a search, best first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemoryHitDto {
    pub source: String,
    pub target: String,
    pub score: u8,
}

/// A glossary term; `id` is none for a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TermDto {
    pub id: Option<i64>,
    pub ar: String,
    pub fr: String,
    pub en: String,
    pub note: Option<String>,
    pub do_not_translate: bool,
}

/// What bringing back an XLIFF file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct XliffImportDto {
    /// Translations written.
    pub written: u32,
    /// Of those, marked done (the tool said translated and the checks passed).
    pub done: u32,
    /// Of those, left as drafts: their checks failed, or the tool had not finished them.
    pub drafts: u32,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReportDto {
    pub added: u32,
    pub updated: u32,
}
