//! The approved schedule handed to the people and tools that publish: as
//! iCalendar (RFC 5545, one event per post and account, UIDs stable across
//! exports, times in UTC; the `icalendar` crate escapes and folds) and as
//! CSV (UTF-8 with a byte-order mark so that Excel reads Arabic, one row per
//! language version and account). Only approved or scheduled posts go out.

use chrono::Duration;
use diwan_core::account::Account;
use diwan_core::calendar;
use diwan_core::post::{Post, PostStage};
use diwan_core::MissionCode;
use diwan_store::{CalendarQuery, Reader};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::dto::{ScheduleExportDto, ScheduleFormat};
use crate::{ApiError, Diwan};

/// How long an event lasts in a calendar: a post is an instant.
const EVENT_LENGTH: Duration = Duration::minutes(15);

/// One post on one account, with the texts that account receives.
struct Publication {
    post: Post,
    account: Account,
    texts: Vec<(String, String)>,
}

/// Writes `text` at `path`, which must end in `.extension` (the save
/// dialog's choice), whole or not at all: written beside and renamed.
pub(crate) fn save_text(path: &str, extension: &'static str, text: &str) -> Result<(), ApiError> {
    let target = std::path::Path::new(path);
    let matches = target.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if !matches {
        return Err(ApiError::ExportExtension { path: path.to_owned(), extension });
    }
    let io = |e: std::io::Error| ApiError::Io { path: path.to_owned(), detail: e.to_string() };
    let partial = target.with_extension(format!("{extension}.partial"));
    std::fs::write(&partial, text).map_err(io)?;
    std::fs::rename(&partial, target).map_err(io)
}

impl Diwan {
    /// The mission's approved and scheduled posts on the local days
    /// `from..=to`, each with the accounts it goes out on.
    fn publications(
        &self,
        read: Reader<'_>,
        mission: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<Publication>, ApiError> {
        let code = MissionCode::parse(mission)?;
        let zone = read.mission(&code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?.time_zone;
        let (start, end) = calendar::local_days_to_utc(zone, calendar::parse_date(from)?, calendar::parse_date(to)?)?;
        let query = CalendarQuery { mission: Some(code), from: start, to: end, ..CalendarQuery::default() };
        let mut out = Vec::new();
        for entry in read.calendar(&query)? {
            let stage = PostStage::from_name(entry.state);
            // A post a crisis holds back is not handed to the publishing tools.
            if !matches!(stage, Some(PostStage::Approved | PostStage::Scheduled)) || entry.paused {
                continue;
            }
            let Some(post) = read.post(diwan_core::post::PostId(entry.id))? else { continue };
            for id in &post.targets {
                let Some(account) = read.account(*id)? else { continue };
                // An account receives the versions in its languages, or the source.
                let mut texts: Vec<(String, String)> = post
                    .variants
                    .iter()
                    .filter(|(language, v)| account.languages.contains(language) && !v.text.is_empty())
                    .map(|(language, v)| (language.to_string(), v.text.clone()))
                    .collect();
                if texts.is_empty() {
                    texts.push((post.source_language.to_string(), post.source_text().to_owned()));
                }
                out.push(Publication { post: post.clone(), account, texts });
            }
        }
        Ok(out)
    }

    /// Writes the approved schedule to `export.path`, which must end in the
    /// format's extension (the save dialog chose it; a path from anywhere
    /// else cannot overwrite, say, a database). The text goes to a file
    /// beside it first, then takes its name: a reader never sees half.
    pub fn save_schedule(&self, export: &ScheduleExportDto) -> Result<(), ApiError> {
        let ScheduleExportDto { format, mission, from, to, path } = export;
        let extension = match format {
            ScheduleFormat::Ics => "ics",
            ScheduleFormat::Csv => "csv",
        };
        let text = match format {
            ScheduleFormat::Ics => self.export_ics(mission, from, to)?,
            ScheduleFormat::Csv => self.export_csv(mission, from, to)?,
        };
        save_text(path, extension, &text)
    }

    /// The approved schedule of a mission's local days as iCalendar.
    pub fn export_ics(&self, mission: &str, from: &str, to: &str) -> Result<String, ApiError> {
        let now = self.now();
        self.store.snapshot(|read| {
            let mut calendar = Calendar::new();
            calendar.name(&format!("Diwan {mission}"));
            for p in self.publications(read, mission, from, to)? {
                let handle = format!("@{} ({})", p.account.handle.as_str(), p.account.platform);
                let first = p.texts[0].1.chars().take(60).collect::<String>();
                let description = p
                    .texts
                    .iter()
                    .map(|(language, text)| format!("[{language}] {text}"))
                    .collect::<Vec<_>>()
                    .join("\n\n");
                calendar.push(
                    Event::new()
                        // Stable across exports: a calendar that imports it again updates, not duplicates.
                        .uid(&format!("diwan-post-{}-account-{}@{}", p.post.id.0, p.account.id.0, p.post.mission))
                        .timestamp(now)
                        .summary(&format!("{handle} {first}"))
                        .description(&description)
                        .location(&handle)
                        .starts(p.post.at)
                        .ends(p.post.at + EVENT_LENGTH)
                        .done(),
                );
            }
            Ok(calendar.done().to_string())
        })
    }

    /// The approved schedule of a mission's local days as CSV: one row per
    /// language version and account, UTF-8 with a byte-order mark.
    pub fn export_csv(&self, mission: &str, from: &str, to: &str) -> Result<String, ApiError> {
        self.store.snapshot(|read| {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let header =
                ["post", "mission", "account", "handle", "platform", "language", "local_time", "utc", "state", "text"];
            let io = |e: csv::Error| ApiError::Io { path: "csv".into(), detail: e.to_string() };
            writer.write_record(header).map_err(io)?;
            for p in self.publications(read, mission, from, to)? {
                for (language, text) in &p.texts {
                    writer
                        .write_record([
                            p.post.id.0.to_string().as_str(),
                            p.post.mission.as_str(),
                            p.account.id.0.to_string().as_str(),
                            p.account.handle.as_str(),
                            p.account.platform.as_str(),
                            language,
                            &p.post.at.with_timezone(&p.post.time_zone).to_rfc3339(),
                            &p.post.at.to_rfc3339(),
                            p.post.state.as_str(),
                            text,
                        ])
                        .map_err(io)?;
                }
            }
            let bytes = writer.into_inner().map_err(|e| ApiError::Io { path: "csv".into(), detail: e.to_string() })?;
            Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
        })
    }
}

#[cfg(test)]
mod tests;
