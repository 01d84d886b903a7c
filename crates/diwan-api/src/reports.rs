//! Reports (#14): what a mission planned, got approved and published, and
//! the reach of what it published. The numbers are the core's
//! (`diwan_core::report`), from facts read in one snapshot; the app's view,
//! its CSV and `diwan report` all come from [`Diwan::report`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::calendar::{self, TimeError};
use diwan_core::engagement::{self, RowError};
use diwan_core::post::{Post, PostId};
use diwan_core::report::{self, Engagement, Period, ReportPost};
use diwan_core::MissionCode;
use diwan_store::ReportFacts;

use crate::dto::{
    ApprovalTimesDto, BreakdownDto, BreakdownRowDto, CountsDto, CoverageDto, EngagementImportDto,
    EngagementLanguageDto, EngagementPostDto, LanguageShareDto, PeriodDto, ReportDto, ReportPostDto, ReportRequestDto,
};
use crate::exchange::{csv_line, csv_malformed, ImportError, ImportProblem};
use crate::{ApiError, Diwan};

/// The longest span a report covers: two years.
const MAX_DAYS: i64 = 731;

/// How much of a post's text a report shows to name it.
const TITLE_CHARS: usize = 80;

/// How many unmatched addresses an import lists back.
const UNMATCHED_SHOWN: usize = 20;

fn title(post: &Post) -> String {
    let text = post.source_text().lines().next().unwrap_or("").trim();
    let mut title: String = text.chars().take(TITLE_CHARS).collect();
    if text.chars().count() > TITLE_CHARS {
        title.push('…');
    }
    title
}

/// A post as the core's report counts it, from the post and what the store
/// read beside it.
fn report_post(
    post: &Post,
    known: ReportFacts,
    accounts: &BTreeMap<diwan_core::account::AccountId, diwan_core::account::Account>,
    zone: chrono_tz::Tz,
    now: chrono::DateTime<chrono::Utc>,
) -> ReportPost {
    let targets: Vec<&diwan_core::account::Account> = post.targets.iter().filter_map(|id| accounts.get(id)).collect();
    let mut platforms: Vec<String> = targets.iter().map(|a| a.platform.as_str().to_owned()).collect();
    platforms.sort();
    platforms.dedup();
    let incomplete = post.incomplete_languages();
    let approved = post.state.is_approved().then(|| post.approvals.iter().map(|a| a.at).max()).flatten();
    ReportPost {
        id: post.id,
        day: post.at.with_timezone(&zone).date_naive(),
        category: post.category,
        accounts: targets.iter().map(|a| format!("@{}", a.handle.as_str())).collect(),
        platforms,
        languages: post.variants.keys().cloned().collect(),
        complete: post.variants.keys().filter(|l| !incomplete.contains(l)).cloned().collect(),
        source_language: post.source_language.clone(),
        stage: post.state.stage(),
        overdue: post.is_overdue(now),
        created: known.created,
        approved,
        engagement: known.engagement,
    }
}

fn counts(c: report::Counts) -> CountsDto {
    let report::Counts { planned, approved, published } = c;
    CountsDto { planned, approved, published }
}

impl Diwan {
    /// The report of one mission's local days `from..=to`, cut by week or month.
    pub fn report(&self, request: &ReportRequestDto) -> Result<ReportDto, ApiError> {
        let ReportRequestDto { mission, from, to, period } = request;
        let code = MissionCode::parse(mission)?;
        let period = Period::from_name(period.trim())
            .ok_or_else(|| ApiError::PeriodUnknown { period: period.clone(), valid: Period::NAMES.join(", ") })?;
        let (from, to) = (calendar::parse_date(from)?, calendar::parse_date(to)?);
        if to < from {
            return Err(TimeError::RangeReversed.into());
        }
        if (to - from).num_days() > MAX_DAYS {
            return Err(ApiError::SpanTooLong { days: MAX_DAYS });
        }
        let now = self.now();
        self.store.snapshot(|read| {
            let zone =
                read.mission(&code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?.time_zone;
            let (start, end) = calendar::local_days_to_utc(zone, from, to)?;
            let accounts: BTreeMap<_, _> = read.accounts(Some(&code))?.into_iter().map(|a| (a.id, a)).collect();
            let mut facts = Vec::new();
            let mut posts = BTreeMap::new();
            for known in read.report_facts_between(&code, start, end)? {
                let Some(post) = read.post(known.id)? else { continue };
                facts.push(report_post(&post, known, &accounts, zone, now));
                posts.insert(post.id, post);
            }
            let report = report::report(&facts, period, from, to);
            Ok(report_dto(&code, from, to, report, &posts))
        })
    }

    /// The report as CSV: one row per dimension, value and period
    /// (`dimension,key,period,planned,approved,published`), the mission's
    /// totals as dimension `mission`, then the summary figures.
    pub fn report_csv(&self, request: &ReportRequestDto) -> Result<String, ApiError> {
        Ok(report_csv(&self.report(request)?))
    }

    /// Saves [`Diwan::report_csv`] at `path` (a `.csv`), whole or not at all.
    pub fn save_report(&self, request: &ReportRequestDto, path: &str) -> Result<(), ApiError> {
        crate::schedule::save_text(path, "csv", &self.report_csv(request)?)
    }

    /// Reads an engagement export (X, Facebook, Instagram, LinkedIn) and
    /// keeps the figures of each row whose address is a published post of
    /// `mission`. Drafters and supervisors of the mission may; a file Diwan
    /// does not know, or a row it cannot read, changes nothing.
    pub fn import_engagement(
        &mut self,
        actor: &str,
        mission: &str,
        text: &str,
    ) -> Result<EngagementImportDto, ApiError> {
        let actor = self.user(actor)?;
        let code = MissionCode::parse(mission)?;
        if self.store.read().mission(&code)?.is_none() {
            return Err(ApiError::MissionNotFound { code: code.to_string() });
        }
        if let Some(refusal) = engagement::importer_refusal(&actor, &code) {
            return Err(refusal.into());
        }
        let (layout, rows) = engagement_rows(text)?;
        let published: BTreeMap<String, PostId> = self
            .store
            .read()
            .published_urls(&code)?
            .into_iter()
            .map(|(id, url)| (engagement::canonical_url(&url), id))
            .collect();
        let mut matched: BTreeMap<PostId, (String, Engagement)> = BTreeMap::new();
        let mut unmatched = Vec::new();
        for row in &rows {
            match published.get(&engagement::canonical_url(&row.url)) {
                // Two rows for one post (an export of overlapping days): the later wins.
                Some(id) => {
                    matched.insert(*id, (row.url.clone(), Engagement { reach: row.reach, engagement: row.engagement }));
                }
                None => unmatched.push(row.url.clone()),
            }
        }
        let now = self.now();
        let detail = format!("{} {}: {} posts, {} rows not matched", layout.name, code, matched.len(), unmatched.len());
        self.store.write(|w| {
            for (id, (url, figures)) in &matched {
                w.put_engagement(*id, layout.platform, url, *figures, now)?;
            }
            w.append_audit(
                NewAuditEvent::new(
                    now,
                    actor.name.to_string(),
                    AuditAction::EngagementImported,
                    format!("mission:{code}"),
                )
                .with_detail(detail),
            )?;
            Ok::<_, ApiError>(())
        })?;
        let unmatched_count = u32::try_from(unmatched.len()).unwrap_or(u32::MAX);
        unmatched.truncate(UNMATCHED_SHOWN);
        Ok(EngagementImportDto {
            platform: layout.platform.as_str().to_owned(),
            rows: u32::try_from(rows.len()).unwrap_or(u32::MAX),
            matched: u32::try_from(matched.len()).unwrap_or(u32::MAX),
            unmatched: unmatched_count,
            unmatched_urls: unmatched,
        })
    }
}

const FORMAT: &str = "CSV";

/// The export's layout and its rows with an address, or why the file is
/// refused (with the line).
fn engagement_rows(text: &str) -> Result<(engagement::Layout, Vec<engagement::Row>), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Flexible: LinkedIn's first line is a description of one field.
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let malformed = |e: csv::Error| csv_malformed(FORMAT, &e);
    let mut found = None;
    for _ in 0..engagement::HEADER_SEARCH_LINES {
        let Some(record) = records.next() else { break };
        let headers: Vec<String> = record.map_err(malformed)?.iter().map(str::to_owned).collect();
        if let Some(layout) = engagement::layout(&headers) {
            found = Some((layout, headers));
            break;
        }
    }
    let Some((layout, headers)) = found else {
        return Err(ImportError::new(FORMAT, 0, ImportProblem::UnknownExport, engagement::KNOWN_FILES));
    };
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(malformed)?;
        let line = csv_line(record.position());
        let fields: Vec<String> = record.iter().map(str::to_owned).collect();
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        match layout.row(&headers, &fields) {
            Ok(row) => rows.push(row),
            // A totals line or a post without an address names no post.
            Err(RowError::NoAddress) => {}
            Err(RowError::NotANumber { column, value }) => {
                return Err(ImportError::new(FORMAT, line, ImportProblem::RecordInvalid, format!("{column}: {value}")))
            }
        }
    }
    Ok((layout, rows))
}

fn report_dto(
    code: &MissionCode,
    from: NaiveDate,
    to: NaiveDate,
    report: report::Report,
    posts: &BTreeMap<PostId, Post>,
) -> ReportDto {
    let report::Report {
        period,
        periods,
        totals,
        total,
        breakdowns,
        coverage,
        approval_times,
        overdue,
        engagement,
        engagement_by_language,
    } = report;
    let post_dto = |id: PostId| {
        let post = &posts[&id];
        ReportPostDto {
            id: id.0,
            at: post.at.with_timezone(&post.time_zone).format("%Y-%m-%dT%H:%M").to_string(),
            title: title(post),
            state: post.state.stage().into(),
            source_language: post.source_language.as_str().to_owned(),
        }
    };
    ReportDto {
        mission: code.to_string(),
        from: from.to_string(),
        to: to.to_string(),
        period: period.as_str().to_owned(),
        periods: periods.into_iter().map(|p| PeriodDto { start: p.start.to_string(), name: p.name }).collect(),
        totals: totals.into_iter().map(counts).collect(),
        total: counts(total),
        breakdowns: breakdowns
            .into_iter()
            .map(|(dimension, rows)| BreakdownDto {
                dimension: dimension.as_str().to_owned(),
                rows: rows
                    .into_iter()
                    .map(|r| BreakdownRowDto {
                        key: r.key,
                        periods: r.periods.into_iter().map(counts).collect(),
                        total: counts(r.total),
                    })
                    .collect(),
            })
            .collect(),
        coverage: CoverageDto {
            posts: coverage.posts,
            all_three: coverage.all_three,
            by_language: coverage
                .by_language
                .into_iter()
                .map(|(language, posts)| LanguageShareDto { language, posts })
                .collect(),
        },
        approval_times: approval_times.map(|t| ApprovalTimesDto {
            posts: t.posts,
            median_seconds: t.median,
            p90_seconds: t.p90,
            median_hours: report::whole_hours(t.median),
            p90_hours: report::whole_hours(t.p90),
        }),
        overdue: overdue.into_iter().map(post_dto).collect(),
        engagement_by_language: engagement_by_language
            .into_iter()
            .map(|l| EngagementLanguageDto {
                language: l.language.as_str().to_owned(),
                posts: l.posts,
                reach: l.figures.reach,
                engagement: l.figures.engagement,
            })
            .collect(),
        engagement: engagement
            .into_iter()
            .map(|e| EngagementPostDto {
                post: post_dto(e.post),
                reach: e.figures.reach,
                engagement: e.figures.engagement,
            })
            .collect(),
    }
}

/// The report's numbers as CSV rows (see [`Diwan::report_csv`]).
pub fn report_csv(report: &ReportDto) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; records of plain strings always encode.
    let _ = writer.write_record(["dimension", "key", "period", "planned", "approved", "published"]);
    let mut row = |dimension: &str, key: &str, period: &str, c: &CountsDto| {
        let _ = writer.write_record([
            dimension,
            key,
            period,
            &c.planned.to_string(),
            &c.approved.to_string(),
            &c.published.to_string(),
        ]);
    };
    for (p, c) in report.periods.iter().zip(&report.totals) {
        row("mission", &report.mission, &p.name, c);
    }
    row("mission", &report.mission, "all", &report.total);
    for b in &report.breakdowns {
        for r in &b.rows {
            for (p, c) in report.periods.iter().zip(&r.periods) {
                row(&b.dimension, &r.key, &p.name, c);
            }
            row(&b.dimension, &r.key, "all", &r.total);
        }
    }
    let _ = writer.write_record(["figure", "key", "value", "", "", ""]);
    let mut figure = |name: &str, key: &str, value: String| {
        let _ = writer.write_record([name, key, &value, "", "", ""]);
    };
    figure("coverage-posts", "", report.coverage.posts.to_string());
    figure("coverage-all-three", "ar+fr+en", report.coverage.all_three.to_string());
    for l in &report.coverage.by_language {
        figure("coverage-language", &l.language, l.posts.to_string());
    }
    if let Some(t) = &report.approval_times {
        figure("approval-posts", "", t.posts.to_string());
        figure("approval-median-seconds", "", t.median_seconds.to_string());
        figure("approval-p90-seconds", "", t.p90_seconds.to_string());
    }
    figure("overdue", "", report.overdue.len().to_string());
    for e in &report.engagement {
        figure("reach", &e.post.id.to_string(), e.reach.to_string());
        figure("engagement", &e.post.id.to_string(), e.engagement.to_string());
    }
    for l in &report.engagement_by_language {
        figure("reach-language", &l.language, l.reach.to_string());
        figure("engagement-language", &l.language, l.engagement.to_string());
    }
    writer.into_inner().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests;
