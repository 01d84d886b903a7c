//! Reports (#14): a mission's numbers over a span, as the core counted them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::PostStateName;

/// Which report: one mission's local days `from..=to` (`YYYY-MM-DD`), by
/// `week` or `month`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportRequestDto {
    pub mission: String,
    pub from: String,
    pub to: String,
    pub period: String,
}

/// Planned, approved (approved, scheduled or published) and published posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CountsDto {
    pub planned: u32,
    pub approved: u32,
    pub published: u32,
}

/// One period: its first day and its name (`2026-W49`, `2026-12`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PeriodDto {
    pub start: String,
    pub name: String,
}

/// One value of a breakdown, per period (in the order of `ReportDto.periods`) and over all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BreakdownRowDto {
    /// `@handle`, a platform, a category or a language code.
    pub key: String,
    pub periods: Vec<CountsDto>,
    pub total: CountsDto,
}

/// The numbers by `account`, `platform`, `category` or `language`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BreakdownDto {
    pub dimension: String,
    pub rows: Vec<BreakdownRowDto>,
}

/// Posts with one language written and up to date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageShareDto {
    pub language: String,
    pub posts: u32,
}

/// Posts with Arabic, French and English all written and up to date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CoverageDto {
    pub posts: u32,
    pub all_three: u32,
    pub by_language: Vec<LanguageShareDto>,
}

/// From creation to approval, over the approved posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalTimesDto {
    pub posts: u32,
    pub median_seconds: i64,
    pub p90_seconds: i64,
    /// The same in whole hours, as reports show them (half an hour up).
    pub median_hours: i64,
    pub p90_hours: i64,
}

/// A post a report names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportPostDto {
    pub id: i64,
    /// Its hour in the mission's zone, `YYYY-MM-DDTHH:MM`.
    pub at: String,
    /// The start of its source text.
    pub title: String,
    pub state: PostStateName,
    pub source_language: String,
}

/// One published post's reach and engagement, from the platforms' exports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EngagementPostDto {
    pub post: ReportPostDto,
    pub reach: u64,
    pub engagement: u64,
}

/// Reach and engagement of the published posts written in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EngagementLanguageDto {
    pub language: String,
    pub posts: u32,
    pub reach: u64,
    pub engagement: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportDto {
    pub mission: String,
    pub from: String,
    pub to: String,
    pub period: String,
    pub periods: Vec<PeriodDto>,
    /// Every post of the mission, per period.
    pub totals: Vec<CountsDto>,
    pub total: CountsDto,
    pub breakdowns: Vec<BreakdownDto>,
    pub coverage: CoverageDto,
    /// None when no post of the span is approved.
    pub approval_times: Option<ApprovalTimesDto>,
    /// Posts whose hour passed without an approval, soonest first.
    pub overdue: Vec<ReportPostDto>,
    /// Published posts with figures, the most reached first.
    pub engagement: Vec<EngagementPostDto>,
    pub engagement_by_language: Vec<EngagementLanguageDto>,
}

/// What an engagement import kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EngagementImportDto {
    /// The platform whose export it was.
    pub platform: String,
    /// Rows with a post's address.
    pub rows: u32,
    /// Published posts of the mission given figures.
    pub matched: u32,
    /// Rows whose address is no published post of the mission.
    pub unmatched: u32,
    /// The first of those addresses.
    pub unmatched_urls: Vec<String>,
}
