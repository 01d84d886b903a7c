//! The calendar: a mission's local days.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::WarningDto;
use crate::names::{CategoryName, PostStateName};

/// A post as the calendar shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarPostDto {
    pub id: i64,
    pub mission: String,
    pub local_time: String,
    pub utc: String,
    pub category: CategoryName,
    pub state: PostStateName,
    pub source_language: String,
    pub crisis_priority: bool,
    /// The post's text in `previewLanguage`, cut for the grid.
    pub preview: String,
    /// The interface language where the post has an up-to-date translation
    /// in it, else the source language.
    pub preview_language: String,
    pub accounts: Vec<i64>,
    /// `language:state` pairs, e.g. `fr:stale`.
    pub variants: Vec<String>,
    pub overdue: bool,
    /// Whether the person viewing the calendar may move it (drag, Alt+arrow).
    pub can_move: bool,
    /// Held back by a crisis until it ends.
    pub paused: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDto {
    pub mission: Option<String>,
    pub time_zone: String,
    pub from: String,
    pub to: String,
    pub posts: Vec<CalendarPostDto>,
    pub warnings: Vec<CalendarWarningDto>,
    /// Blackout periods overlapping the range, to shade on the grid.
    pub blackouts: Vec<BlackoutDto>,
    /// The mission's observances on the range's days (none without a
    /// mission, or over more than a year and a little).
    pub observances: Vec<super::ObservanceDto>,
    /// Each day of the range in the Hijri calendar (none over more than a
    /// year and a little): the interface writes them, the core dates them.
    pub hijri: Vec<super::HijriDayDto>,
}

/// A period in which a mission posts nothing routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BlackoutDto {
    pub id: i64,
    pub mission: String,
    /// RFC 3339 in the mission's zone.
    pub start: String,
    pub end: String,
    /// Its first and last local day (`YYYY-MM-DD`) in the mission's zone.
    pub first_day: String,
    pub last_day: String,
    pub reason: String,
}

/// Days a mission marks to post nothing routine on (a national mourning,
/// an election silence): its local days `firstDay..=lastDay`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewBlackoutDto {
    pub mission: String,
    pub first_day: String,
    pub last_day: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarWarningDto {
    pub post: i64,
    pub warning: WarningDto,
}

/// Which posts the calendar shows; dates are local days of the mission.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarRequestDto {
    pub mission: Option<String>,
    /// `YYYY-MM-DD`, first day shown.
    pub from: String,
    /// `YYYY-MM-DD`, last day shown (inclusive).
    pub to: String,
    pub account: Option<i64>,
    pub platform: Option<String>,
    pub language: Option<String>,
    pub state: Option<String>,
    pub category: Option<String>,
    /// Show each post in this language where it has an up-to-date
    /// translation (the interface language), else in its source.
    #[serde(default)]
    #[ts(optional)]
    pub display_language: Option<String>,
}

/// A format the approved schedule is handed to publishing tools in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ScheduleFormat {
    /// iCalendar (RFC 5545), one event per post and account.
    Ics,
    /// CSV, UTF-8 with a byte-order mark, one row per language and account.
    Csv,
}

/// The approved schedule of a mission's local days, to write to the file
/// the person chose in the save dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleExportDto {
    pub format: ScheduleFormat,
    pub mission: String,
    /// `YYYY-MM-DD`, first and last local day.
    pub from: String,
    pub to: String,
    /// Where to write; it must end in the format's extension.
    pub path: String,
}
