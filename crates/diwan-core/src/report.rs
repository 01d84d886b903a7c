//! Reports (#14): what a mission planned, got approved and published, week
//! by week or month by month, by account, platform, category and language;
//! how many posts went out in all three languages; how long a draft waited
//! for its approval; which approvals are overdue; and the reach and
//! engagement the platforms' own exports give for published posts.
//!
//! The numbers are decided here, from plain facts about each post (the
//! store and the audit trail give them), so the app's view and
//! `diwan report` cannot disagree.
//!
//! Definitions, one per number:
//! - A post counts in the period of its planned hour, in the mission's zone
//!   (weeks are ISO weeks, Monday first). *Planned* is every post of the
//!   period, whatever its state; *approved* those approved, scheduled or
//!   published now; *published* those published.
//! - By account and platform a post counts once for each account (each
//!   platform) it goes out on; by language once for each language it goes
//!   out in: the sums of a breakdown can exceed the posts.
//! - *Coverage*: posts whose Arabic, French and English texts are all
//!   written and up to date with the source, over all posts.
//! - *Time to approval*: from the post's creation to the approval that
//!   approved its current text, for posts approved now. Median and 90th
//!   percentile interpolate linearly between the nearest values (as
//!   spreadsheets' PERCENTILE.INC does), in whole seconds.
//! - *Overdue*: posts whose hour has passed without an approval, the
//!   rejected left out (a decision was made).

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

use crate::post::{Category, PostId, PostStage};
use crate::vocabulary::vocabulary;
use crate::LanguageCode;

vocabulary! {
    /// How a report's periods are cut.
    pub enum Period {
        Week => "week",
        Month => "month",
    }
}

vocabulary! {
    /// What a report's numbers are broken down by.
    pub enum Dimension {
        Account => "account",
        Platform => "platform",
        Category => "category",
        Language => "language",
    }
}

/// The three languages coverage asks for.
pub const COVERAGE_LANGUAGES: [&str; 3] = ["ar", "fr", "en"];

/// What a report needs to know of one post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportPost {
    pub id: PostId,
    /// The local day of its planned hour, in the mission's zone.
    pub day: NaiveDate,
    pub category: Category,
    /// The accounts it goes out on, by the name a report shows (`@handle`).
    pub accounts: Vec<String>,
    /// The platforms of those accounts, each once (by stable name).
    pub platforms: Vec<String>,
    /// Every language it goes out in.
    pub languages: Vec<LanguageCode>,
    /// Those of its languages whose text is written and up to date.
    pub complete: Vec<LanguageCode>,
    pub source_language: LanguageCode,
    pub stage: PostStage,
    /// Its hour passed without an approval (the core's `Post::is_overdue`).
    pub overdue: bool,
    /// When it was created (the audit trail's first event for it).
    pub created: Option<DateTime<Utc>>,
    /// When the approval of its current text was given, if it is approved.
    pub approved: Option<DateTime<Utc>>,
    /// Reach and engagement from the platforms' exports, if any matched it.
    pub engagement: Option<Engagement>,
}

/// Reach (people who saw it, or impressions where a platform gives only
/// those) and engagement (interactions) of one published post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Engagement {
    pub reach: u64,
    pub engagement: u64,
}

impl std::ops::AddAssign for Engagement {
    fn add_assign(&mut self, other: Self) {
        self.reach += other.reach;
        self.engagement += other.engagement;
    }
}

/// Planned, approved and published posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub planned: u32,
    pub approved: u32,
    pub published: u32,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Self) {
        self.planned += other.planned;
        self.approved += other.approved;
        self.published += other.published;
    }
}

impl Counts {
    fn add(&mut self, stage: PostStage) {
        self.planned += 1;
        if stage.is_approved() {
            self.approved += 1;
        }
        if stage == PostStage::Published {
            self.published += 1;
        }
    }
}

/// One period of a report: its first day and its name (`2026-W49`, `2026-12`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodLabel {
    pub start: NaiveDate,
    pub name: String,
}

/// One value of a breakdown (an account, a platform, ...) with its counts
/// in each period, in the order of [`Report::periods`], and over all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownRow {
    pub key: String,
    pub periods: Vec<Counts>,
    pub total: Counts,
}

/// How many posts have each language, and all three.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Coverage {
    pub posts: u32,
    pub all_three: u32,
    /// Posts with each of [`COVERAGE_LANGUAGES`] complete, in that order.
    pub by_language: Vec<(String, u32)>,
}

/// Waits from creation to approval, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApprovalTimes {
    pub posts: u32,
    pub median: i64,
    pub p90: i64,
}

/// Seconds as the whole hours a report shows them: rounded, half an hour up.
pub fn whole_hours(seconds: i64) -> i64 {
    (seconds + 1800).div_euclid(3600)
}

/// The figures of the published posts written in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageEngagement {
    pub language: LanguageCode,
    pub posts: u32,
    pub figures: Engagement,
}

/// One published post's reach and engagement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostEngagement {
    pub post: PostId,
    pub language: LanguageCode,
    pub figures: Engagement,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub period: Period,
    pub periods: Vec<PeriodLabel>,
    /// Every post of the mission, per period.
    pub totals: Vec<Counts>,
    pub total: Counts,
    /// Each dimension's rows, by key.
    pub breakdowns: Vec<(Dimension, Vec<BreakdownRow>)>,
    pub coverage: Coverage,
    /// `None` when no post of the span is approved with a known creation.
    pub approval_times: Option<ApprovalTimes>,
    /// Overdue posts, soonest first.
    pub overdue: Vec<PostId>,
    /// Published posts with figures, the most reached first.
    pub engagement: Vec<PostEngagement>,
    /// Figures summed by the language each post was written in, with how
    /// many published posts had figures.
    pub engagement_by_language: Vec<LanguageEngagement>,
}

/// The first day of the period `day` falls in.
pub fn period_start(period: Period, day: NaiveDate) -> NaiveDate {
    match period {
        Period::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
        Period::Month => day.with_day(1).unwrap_or(day),
    }
}

fn period_name(period: Period, start: NaiveDate) -> String {
    match period {
        Period::Week => {
            let week = start.iso_week();
            format!("{:04}-W{:02}", week.year(), week.week())
        }
        Period::Month => format!("{:04}-{:02}", start.year(), start.month()),
    }
}

fn next_period(period: Period, start: NaiveDate) -> NaiveDate {
    match period {
        Period::Week => start + Duration::days(7),
        Period::Month => start.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX),
    }
}

/// Every period that meets `from..=to`, in order, empty ones too (a chart
/// shows a quiet week as a zero, not as nothing).
pub fn periods(period: Period, from: NaiveDate, to: NaiveDate) -> Vec<PeriodLabel> {
    let mut labels = Vec::new();
    let mut start = period_start(period, from);
    while start <= to {
        labels.push(PeriodLabel { start, name: period_name(period, start) });
        start = next_period(period, start);
    }
    labels
}

/// The value at fraction `q` (0..=1) of `sorted`, interpolated linearly
/// between its nearest ranks; `None` for no values.
pub fn percentile(sorted: &[i64], q: f64) -> Option<i64> {
    let last = sorted.len().checked_sub(1)?;
    #[allow(clippy::cast_precision_loss)]
    let h = last as f64 * q.clamp(0.0, 1.0);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let lower = h.floor() as usize;
    let upper = (lower + 1).min(last);
    #[allow(clippy::cast_precision_loss)]
    let (a, b) = (sorted[lower] as f64, sorted[upper] as f64);
    #[allow(clippy::cast_possible_truncation)]
    Some((a + (h - h.floor()) * (b - a)).round() as i64)
}

/// The report over `posts` (those planned in `from..=to`; others are left
/// out here too).
pub fn report(posts: &[ReportPost], period: Period, from: NaiveDate, to: NaiveDate) -> Report {
    let labels = periods(period, from, to);
    let index_of = |day: NaiveDate| labels.iter().position(|l| l.start == period_start(period, day));
    let posts: Vec<&ReportPost> = posts.iter().filter(|p| p.day >= from && p.day <= to).collect();

    let mut totals = vec![Counts::default(); labels.len()];
    let mut total = Counts::default();
    let mut by: BTreeMap<(Dimension, String), Vec<Counts>> = BTreeMap::new();
    for post in &posts {
        let Some(i) = index_of(post.day) else { continue };
        totals[i].add(post.stage);
        total.add(post.stage);
        let keys = post
            .accounts
            .iter()
            .map(|a| (Dimension::Account, a.clone()))
            .chain(post.platforms.iter().map(|p| (Dimension::Platform, p.clone())))
            .chain(std::iter::once((Dimension::Category, post.category.as_str().to_owned())))
            .chain(post.languages.iter().map(|l| (Dimension::Language, l.as_str().to_owned())));
        for key in keys {
            by.entry(key).or_insert_with(|| vec![Counts::default(); labels.len()])[i].add(post.stage);
        }
    }
    let breakdowns = Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let rows = by
                .iter()
                .filter(|((d, _), _)| *d == dimension)
                .map(|((_, key), periods)| {
                    let mut total = Counts::default();
                    for c in periods {
                        total += *c;
                    }
                    BreakdownRow { key: key.clone(), periods: periods.clone(), total }
                })
                .collect();
            (dimension, rows)
        })
        .collect();

    let has = |post: &ReportPost, language: &str| post.complete.iter().any(|l| l.as_str() == language);
    let coverage = Coverage {
        posts: count(posts.len()),
        all_three: count(posts.iter().filter(|p| COVERAGE_LANGUAGES.iter().all(|l| has(p, l))).count()),
        by_language: COVERAGE_LANGUAGES
            .iter()
            .map(|l| ((*l).to_owned(), count(posts.iter().filter(|p| has(p, l)).count())))
            .collect(),
    };

    let mut waits: Vec<i64> = posts
        .iter()
        .filter(|p| p.stage.is_approved())
        .filter_map(|p| Some((p.approved? - p.created?).num_seconds().max(0)))
        .collect();
    waits.sort_unstable();
    let approval_times = percentile(&waits, 0.5).zip(percentile(&waits, 0.9)).map(|(median, p90)| ApprovalTimes {
        posts: count(waits.len()),
        median,
        p90,
    });

    let mut overdue: Vec<&ReportPost> =
        posts.iter().copied().filter(|p| p.overdue && p.stage != PostStage::Rejected).collect();
    overdue.sort_by_key(|p| (p.day, p.id));

    let mut engagement: Vec<PostEngagement> = posts
        .iter()
        .filter(|p| p.stage == PostStage::Published)
        .filter_map(|p| {
            p.engagement.map(|figures| PostEngagement { post: p.id, language: p.source_language.clone(), figures })
        })
        .collect();
    engagement.sort_by(|a, b| b.figures.reach.cmp(&a.figures.reach).then(a.post.cmp(&b.post)));
    let mut by_language: BTreeMap<LanguageCode, (u32, Engagement)> = BTreeMap::new();
    for row in &engagement {
        let (posts, figures) = by_language.entry(row.language.clone()).or_default();
        *posts += 1;
        *figures += row.figures;
    }

    Report {
        period,
        periods: labels,
        totals,
        total,
        breakdowns,
        coverage,
        approval_times,
        overdue: overdue.into_iter().map(|p| p.id).collect(),
        engagement,
        engagement_by_language: by_language
            .into_iter()
            .map(|(language, (posts, figures))| LanguageEngagement { language, posts, figures })
            .collect(),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests;
