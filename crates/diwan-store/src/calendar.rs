//! The calendar query: posts in a UTC range, lean enough to draw a month of
//! every mission. One SQL statement; the indexes `posts_mission_at` and
//! `posts_at` make the range a seek.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use diwan_core::account::AccountId;
use diwan_core::platform::Platform;
use diwan_core::post::Category;
use diwan_core::{LanguageCode, MissionCode};

use crate::{to_unix, Reader, StoreError};

/// Which posts to show. `None` filters nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CalendarQuery {
    pub mission: Option<MissionCode>,
    /// `[from, to)`, in UTC.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub account: Option<AccountId>,
    pub platform: Option<Platform>,
    pub language: Option<LanguageCode>,
    pub state: Option<String>,
    pub category: Option<Category>,
    /// The language to show each post in (the interface's) where the post
    /// has an up-to-date translation in it; else the source is shown.
    pub display_language: Option<LanguageCode>,
}

/// One post as the calendar shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEntry {
    pub id: i64,
    /// Shared between the rows of one mission rather than copied into each.
    pub mission: Arc<str>,
    pub time_zone: Arc<str>,
    pub at: i64,
    pub category: Category,
    /// The post's state name, as in [`diwan_core::post::PostState::as_str`].
    pub state: &'static str,
    pub source_language: Cow<'static, str>,
    pub crisis_priority: bool,
    /// The text shown: the display language's up-to-date translation where
    /// there is one, else the source, cut to [`PREVIEW_CHARS`].
    pub preview: String,
    /// The language of `preview`.
    pub preview_language: Cow<'static, str>,
    pub targets: Vec<i64>,
    pub variants: Vec<VariantSummary>,
    /// Held back by a crisis.
    pub paused: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantSummary {
    pub language: Cow<'static, str>,
    /// missing, draft, translated or stale (approval shows on the post).
    pub state: &'static str,
}

/// Languages common enough that rows borrow a static name instead of
/// allocating one; any other code is kept as an owned string.
const LANGUAGES: [&str; 12] = ["ar", "fr", "en", "es", "zh", "ru", "de", "it", "pt", "tr", "fa", "ur"];

fn language(code: &str) -> Cow<'static, str> {
    known(&LANGUAGES, code).map_or_else(|| Cow::Owned(code.to_owned()), Cow::Borrowed)
}

/// The previous row's string when it is the same, else a new one.
fn shared(previous: Option<&Arc<str>>, value: &str) -> Arc<str> {
    match previous {
        Some(p) if &**p == value => Arc::clone(p),
        _ => Arc::from(value),
    }
}

const POST_STATES: [&str; 7] =
    ["draft", "in-translation", "in-review", "approved", "scheduled", "published", "rejected"];
const VARIANT_STATES: [&str; 4] = ["missing", "draft", "translated", "stale"];

/// The static name equal to `value`, so that rows share one string instead
/// of allocating their own.
fn known(names: &[&'static str], value: &str) -> Option<&'static str> {
    names.iter().find(|n| **n == value).copied()
}

pub const PREVIEW_CHARS: usize = 80;

/// The calendar statement, built from shared parts so the all-missions and
/// one-mission forms cannot drift apart.
macro_rules! calendar_sql {
    ($from_where:literal) => {
        concat!(
            "SELECT p.id, m.code, p.time_zone, p.at_utc, p.category, p.state, p.source_language, p.crisis_priority,
       (SELECT v.language || char(31) || substr(v.text, 1, 80) FROM variants v
         WHERE v.post_id = p.id AND (v.language = p.source_language
               OR (v.language = ?9 AND v.text <> '' AND v.translated_from = p.source_hash))
         ORDER BY v.language = p.source_language LIMIT 1),
       (SELECT group_concat(t.account_id) FROM post_targets t WHERE t.post_id = p.id),
       (SELECT group_concat(v.language || ':' || CASE
                   WHEN v.text = '' THEN 'missing'
                   WHEN v.language = p.source_language THEN 'draft'
                   WHEN v.translated_from IS NULL THEN 'draft'
                   WHEN v.translated_from = p.source_hash THEN 'translated'
                   ELSE 'stale' END)
          FROM variants v WHERE v.post_id = p.id),
       p.paused_by IS NOT NULL
",
            $from_where,
            "
  AND (?4 IS NULL OR EXISTS (SELECT 1 FROM post_targets t WHERE t.post_id = p.id AND t.account_id = ?4))
  AND (?5 IS NULL OR EXISTS (SELECT 1 FROM post_targets t JOIN accounts a ON a.id = t.account_id
                             WHERE t.post_id = p.id AND a.platform = ?5))
  AND (?6 IS NULL OR EXISTS (SELECT 1 FROM variants v WHERE v.post_id = p.id AND v.language = ?6 AND v.text <> ''))
  AND (?7 IS NULL OR p.state = ?7)
  AND (?8 IS NULL OR p.category = ?8)
ORDER BY p.at_utc, p.id"
        )
    };
}

/// Every mission's posts in a range: a seek on `posts_at`. Shared with the
/// benchmark's hand-written floor so both measure the same SQL.
pub const CALENDAR_SQL: &str = calendar_sql!(
    "FROM posts p JOIN missions m ON m.id = p.mission_id
WHERE p.at_utc >= ?1 AND p.at_utc < ?2 AND (?3 IS NULL OR m.code = ?3)"
);

/// One mission's posts: the mission first, then a seek on `posts_mission_at`.
pub const MISSION_CALENDAR_SQL: &str = calendar_sql!(
    "FROM missions m JOIN posts p ON p.mission_id = m.id
WHERE m.code = ?3 AND p.at_utc >= ?1 AND p.at_utc < ?2"
);

impl Reader<'_> {
    pub fn calendar(&self, query: &CalendarQuery) -> Result<Vec<CalendarEntry>, StoreError> {
        let sql = if query.mission.is_some() { MISSION_CALENDAR_SQL } else { CALENDAR_SQL };
        let mut statement = self.conn.prepare_cached(sql)?;
        let params = rusqlite::params![
            to_unix(query.from),
            to_unix(query.to),
            query.mission.as_ref().map(MissionCode::as_str),
            query.account.map(|a| a.0),
            query.platform.map(Platform::as_str),
            query.language.as_ref().map(LanguageCode::as_str),
            query.state.as_deref(),
            query.category.map(Category::as_str),
            query.display_language.as_ref().map(LanguageCode::as_str),
        ];
        let mut rows = statement.query(params)?;
        let mut entries = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let corrupt = |what: &str| StoreError::Corrupt { detail: format!("post {id}: {what}") };
            let text = |index: usize| -> Result<&str, StoreError> {
                Ok(r.get_ref(index)?.as_str_or_null().map_err(|_| corrupt("text"))?.unwrap_or_default())
            };
            let mut variants = Vec::with_capacity(3);
            for pair in text(10)?.split(',').filter(|p| !p.is_empty()) {
                let (language, state) = pair.split_once(':').ok_or_else(|| corrupt("variant"))?;
                let state = known(&VARIANT_STATES, state).ok_or_else(|| corrupt("variant state"))?;
                variants.push(VariantSummary { language: self::language(language), state });
            }
            // `language US text`: the unit separator cannot occur in a language code.
            let (preview_language, preview) = match text(8)?.split_once('\u{1f}') {
                Some((language, preview)) => (self::language(language), preview.to_owned()),
                None => (language(text(6)?), String::new()),
            };
            let previous = entries.last();
            entries.push(CalendarEntry {
                id,
                mission: shared(previous.map(|e: &CalendarEntry| &e.mission), text(1)?),
                time_zone: shared(previous.map(|e: &CalendarEntry| &e.time_zone), text(2)?),
                at: r.get(3)?,
                category: text(4)?.parse().map_err(|_| corrupt("category"))?,
                state: known(&POST_STATES, text(5)?).ok_or_else(|| corrupt("state"))?,
                source_language: language(text(6)?),
                crisis_priority: r.get(7)?,
                preview,
                preview_language,
                targets: text(9)?.split(',').filter_map(|t| t.parse().ok()).collect(),
                variants,
                paused: r.get(11)?,
            });
        }
        Ok(entries)
    }
}
