//! How the CLI prints: tab-separated text for people and `cut`, JSON for
//! scripts. The JSON shapes are part of the CLI contract.

use std::io::Write;

use diwan_api::dto::{
    AccountDto, AuditLogDto, CalendarDto, CountDto, CrisisDto, DueDto, MemoryHitDto, MissionDto, PolicyDto, PostDto,
    QaIssueDto, ReviewQueueDto, TranslationQueueDto,
};
use diwan_api::i18n::Localizer;
use diwan_api::ApiError;
use diwan_core::UiLocale;
use serde::Serialize;

use crate::error::CliError;

pub(crate) fn json<T: Serialize + ?Sized>(value: &T) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

pub fn missions(missions: &[MissionDto], as_json: bool, localizer: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(missions);
    }
    let mut out = std::io::stdout().lock();
    if missions.is_empty() {
        writeln!(out, "{}", localizer.message("cli-missions-empty", &[]))?;
    }
    for mission in missions {
        let name = match localizer.locale() {
            UiLocale::Ar => &mission.names.ar,
            UiLocale::Fr => &mission.names.fr,
            UiLocale::En => &mission.names.en,
        };
        writeln!(out, "{}\t{}\t{}\t{}", mission.code, mission.host_country, mission.time_zone, name)?;
    }
    Ok(())
}

/// `{"platform":P,"length":N,"limit":L,"valid":bool}`, in that order.
#[derive(Serialize)]
struct CountJson<'a> {
    platform: &'a str,
    length: u32,
    limit: u32,
    valid: bool,
}

pub fn count(count: &CountDto, as_json: bool) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    if as_json {
        let line =
            CountJson { platform: &count.platform, length: count.length, limit: count.limit, valid: count.valid };
        serde_json::to_writer(&mut out, &line).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else {
        let verdict = if count.valid { "ok".to_owned() } else { count.problems.join(",") };
        writeln!(out, "{}\t{}/{}\t{}", count.platform, count.length, count.limit, verdict)?;
    }
    Ok(())
}

pub fn calendar(calendar: &CalendarDto, as_json: bool, localizer: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(calendar);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "# {}", localizer.message("time-zone-label", &[("zone", calendar.time_zone.as_str().into())]))?;
    for post in &calendar.posts {
        let overdue = if post.overdue { "\toverdue" } else { "" };
        writeln!(
            out,
            "{}\t#{}\t{}\t{}\t{}\t{}{overdue}",
            post.local_time,
            post.id,
            post.category,
            post.state,
            post.variants.join(" "),
            post.preview
        )?;
    }
    for warning in &calendar.warnings {
        writeln!(
            out,
            "! #{}\t{}",
            warning.post,
            serde_json::to_string(&warning.warning).map_err(std::io::Error::from)?
        )?;
    }
    Ok(())
}

pub fn post(post: &PostDto, as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(post);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "#{}\t{}\t{}\t{}\t{}", post.id, post.mission, post.local_time, post.category, post.state)?;
    for variant in &post.variants {
        writeln!(out, "  {}\t{}\t{}", variant.language, variant.state, variant.text)?;
    }
    for approval in &post.approvals {
        writeln!(out, "  approved\tstep {}\t{}\t{}", approval.step, approval.user, approval.at)?;
    }
    for warning in &post.warnings {
        writeln!(out, "  !\t{}", serde_json::to_string(warning).map_err(std::io::Error::from)?)?;
    }
    Ok(())
}

pub fn accounts(accounts: &[AccountDto], as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(accounts);
    }
    let mut out = std::io::stdout().lock();
    for a in accounts {
        writeln!(
            out,
            "{}\t{}\t{}\t@{}\t{}\t{}",
            a.id,
            a.mission,
            a.platform,
            a.handle,
            a.languages.join(","),
            a.verification
        )?;
    }
    Ok(())
}

/// Failed quality checks: JSON on standard output with --json (for
/// scripts), else one line each on standard error beside the error.
pub fn qa_issues(issues: &[QaIssueDto], as_json: bool, localizer: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(issues);
    }
    let mut err = std::io::stderr().lock();
    for issue in issues {
        writeln!(err, "  - [{}] {}", issue.check, localizer.dto(&issue.message))?;
    }
    Ok(())
}

/// The translation queue: one line per language version, soonest first.
pub fn queue(queue: &TranslationQueueDto, as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(queue);
    }
    let mut out = std::io::stdout().lock();
    for item in &queue.items {
        let overdue = if item.overdue { "\toverdue" } else { "" };
        writeln!(
            out,
            "#{}\t{}\t{}\t{}\t{}\t{}{overdue}\t{}",
            item.post, item.mission, item.local_time, item.language, item.need, item.category, item.preview
        )?;
    }
    Ok(())
}

/// Memory matches, best first.
pub fn memory_hits(hits: &[MemoryHitDto], as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(hits);
    }
    let mut out = std::io::stdout().lock();
    for hit in hits {
        writeln!(out, "{}\t{}\t{}", hit.score, hit.source, hit.target)?;
    }
    Ok(())
}

/// Writes an export to `path` (beside it first, then renamed, so that a
/// failed write leaves no half file), or to standard output.
pub fn to_file_or_stdout(text: &str, path: Option<&std::path::Path>) -> Result<(), CliError> {
    let Some(path) = path else {
        std::io::stdout().lock().write_all(text.as_bytes())?;
        return Ok(());
    };
    let io = |e: std::io::Error| ApiError::Io { path: path.display().to_string(), detail: e.to_string() };
    let partial = path.with_extension("partial");
    std::fs::write(&partial, text).map_err(io)?;
    std::fs::rename(&partial, path).map_err(io)?;
    Ok(())
}

/// Reads an import file, naming it in the error.
pub fn read_file(path: &std::path::Path) -> Result<String, CliError> {
    std::fs::read_to_string(path)
        .map_err(|e| ApiError::Io { path: path.display().to_string(), detail: e.to_string() }.into())
}

/// The review queue: one line per post, crisis posts first.
pub fn review_queue(queue: &ReviewQueueDto, as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(queue);
    }
    let mut out = std::io::stdout().lock();
    for item in &queue.items {
        let flags =
            [(item.crisis_priority, "crisis"), (item.overdue, "overdue"), (!item.can_approve.allowed, "not-yours")]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, name)| *name)
                .collect::<Vec<_>>()
                .join(",");
        let step = item.current_step.map_or_else(String::new, |s| format!("step {s}/{}", item.steps));
        writeln!(
            out,
            "#{}\t{}\t{}\t{}\t{step}\t{flags}\t{}",
            item.post, item.mission, item.local_time, item.category, item.preview
        )?;
    }
    Ok(())
}

/// What is due: a line per post (`due`, `overdue` or `held`), then per
/// account its handle, platform, language and compose page, and its text
/// indented (line breaks kept), then the images to attach with their alt text.
pub fn due(due: &DueDto, as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(due);
    }
    let mut out = std::io::stdout().lock();
    for (label, posts) in [("due", &due.due), ("overdue", &due.overdue)] {
        for post in posts {
            writeln!(out, "{label}\t#{}\t{}\t{}\t{}", post.post, post.mission, post.local_time, post.reminded)?;
            for text in &post.texts {
                let page = text.compose_page.as_deref().unwrap_or("-");
                writeln!(out, "  @{}\t{}\t{}\t{page}", text.handle, text.platform, text.language)?;
                for line in text.text.lines() {
                    writeln!(out, "    {line}")?;
                }
            }
            for image in &post.media {
                let alt: Vec<String> = image.alt.iter().map(|(language, alt)| format!("{language}: {alt}")).collect();
                writeln!(out, "  image\t{}\t{}", image.path, alt.join(" | "))?;
            }
        }
    }
    for held in &due.held {
        writeln!(
            out,
            "held\t#{}\t{}\t{}\t{}\t{}",
            held.post, held.mission, held.local_time, held.reminded, held.reason
        )?;
    }
    Ok(())
}

/// The audit log: one line per event, newest first.
pub fn audit_log(log: &AuditLogDto, as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(log);
    }
    let mut out = std::io::stdout().lock();
    for event in &log.events {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            event.seq, event.at, event.actor, event.action, event.subject, event.detail
        )?;
    }
    Ok(())
}

/// The approval policies: category, steps in order, fast track (`-`: none).
/// A category with no steps cannot be approved.
pub fn policies(policies: &[PolicyDto], as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(policies);
    }
    let mut out = std::io::stdout().lock();
    for policy in policies {
        let steps = if policy.steps.is_empty() { "-".to_owned() } else { policy.steps.join(" > ") };
        writeln!(out, "{}\t{steps}\t{}", policy.category, policy.fast_track.as_deref().unwrap_or("-"))?;
    }
    Ok(())
}

/// Crises: one line each (id, missions, window, active or ended, reason),
/// then a tab-indented line per paused post.
pub fn crises(crises: &[CrisisDto], as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(crises);
    }
    let mut out = std::io::stdout().lock();
    for crisis in crises {
        let status = crisis.ended_at.as_deref().map_or_else(|| "active".to_owned(), |at| format!("ended {at}"));
        writeln!(
            out,
            "#{}\t{}\t{} / {}\t{status}\t{}",
            crisis.id,
            crisis.missions.join(","),
            crisis.from,
            crisis.to,
            crisis.reason
        )?;
        for post in &crisis.paused {
            writeln!(
                out,
                "\tpaused #{}\t{}\t{}\t{}\t{}",
                post.post, post.mission, post.local_time, post.state, post.preview
            )?;
        }
    }
    Ok(())
}
