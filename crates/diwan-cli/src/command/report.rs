//! `diwan report`: a mission's numbers over some days, week by week or
//! month by month (the same report as the app's Reports view); `--csv`
//! prints it as the view exports it; `--import-engagement FILE` (with
//! `--as`) reads a platform's engagement export.

use std::io::Write;

use clap::Args;
use diwan_api::dto::{CountsDto, ReportRequestDto};
use diwan_core::MessageArg;

use super::Context;
use crate::error::CliError;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The mission whose posts these are
    #[arg(long)]
    mission: String,
    /// The first day, YYYY-MM-DD
    #[arg(long, required_unless_present = "import_engagement")]
    from: Option<String>,
    /// The last day, YYYY-MM-DD (at most two years after --from)
    #[arg(long, required_unless_present = "import_engagement")]
    to: Option<String>,
    /// Cut the days by week (ISO weeks) or month
    #[arg(long, default_value = "week", value_name = "week|month")]
    by: String,
    /// Print the report as CSV, as the app exports it
    #[arg(long, conflicts_with = "import_engagement")]
    csv: bool,
    /// Read an engagement export (X, Facebook, Instagram or LinkedIn CSV) and keep the figures of the mission's published posts (with --as)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["from", "to"])]
    import_engagement: Option<std::path::PathBuf>,
}

pub fn run(args: &ReportArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let l = ctx.localizer;
    if let Some(file) = &args.import_engagement {
        let text = std::fs::read_to_string(file)
            .map_err(|e| diwan_api::ApiError::Io { path: file.display().to_string(), detail: e.to_string() })?;
        let imported = ctx.open_signed_in()?.import_engagement(ctx.actor()?, &args.mission, &text)?;
        if ctx.json {
            return crate::output::json(&imported);
        }
        let mut out = std::io::stdout().lock();
        let number = |n: u32| MessageArg::Number(i64::from(n));
        let platform = imported.platform.clone();
        let args = [
            ("platform", MessageArg::Text(platform)),
            ("matched", number(imported.matched)),
            ("unmatched", number(imported.unmatched)),
        ];
        writeln!(out, "{}", l.message("report-imported", &args))?;
        for url in &imported.unmatched_urls {
            writeln!(out, "  {url}")?;
        }
        return Ok(());
    }
    let (Some(from), Some(to)) = (&args.from, &args.to) else { unreachable!("clap requires them") };
    let request =
        ReportRequestDto { mission: args.mission.clone(), from: from.clone(), to: to.clone(), period: args.by.clone() };
    let diwan = ctx.open()?;
    if args.csv {
        write!(std::io::stdout().lock(), "{}", diwan.report_csv(&request)?)?;
        return Ok(());
    }
    let report = diwan.report(&request)?;
    if ctx.json {
        return crate::output::json(&report);
    }
    let mut out = std::io::stdout().lock();
    let heading = ["report-planned", "report-approved", "report-published"].map(|id| l.message(id, &[])).join("\t");
    let line = |c: &CountsDto| format!("{}\t{}\t{}", c.planned, c.approved, c.published);
    writeln!(out, "{}\t{heading}", l.message(&format!("report-period-{}", report.period), &[]))?;
    for (p, c) in report.periods.iter().zip(&report.totals) {
        writeln!(out, "{}\t{}", p.name, line(c))?;
    }
    writeln!(out, "{}\t{}", l.message("report-total", &[]), line(&report.total))?;
    for b in &report.breakdowns {
        writeln!(out)?;
        writeln!(out, "{}\t{heading}", l.message(&format!("report-dimension-{}", b.dimension), &[]))?;
        for r in &b.rows {
            writeln!(out, "{}\t{}", r.key, line(&r.total))?;
        }
    }
    writeln!(out)?;
    let c = &report.coverage;
    let n = |v: u32| MessageArg::Number(i64::from(v));
    let h = MessageArg::Number;
    writeln!(out, "{}", l.message("report-coverage", &[("all", n(c.all_three)), ("posts", n(c.posts))]))?;
    for share in &c.by_language {
        writeln!(out, "  {}\t{}", share.language, share.posts)?;
    }
    match &report.approval_times {
        Some(t) => {
            let args = [("median", h(t.median_hours)), ("p90", h(t.p90_hours)), ("posts", n(t.posts))];
            writeln!(out, "{}", l.message("report-approval-hours", &args))?;
        }
        None => writeln!(out, "{}", l.message("report-approval-none", &[]))?,
    }
    writeln!(out, "{}", l.message("report-overdue", &[("count", MessageArg::Number(report.overdue.len() as i64))]))?;
    for p in &report.overdue {
        writeln!(out, "  {}\t{}\t{}\t{}", p.id, p.at, p.state, p.title)?;
    }
    if !report.engagement.is_empty() {
        writeln!(out)?;
        let columns = ["report-reach", "report-engagement"].map(|id| l.message(id, &[])).join("\t");
        writeln!(out, "{}\t{columns}", l.message("report-engagement-title", &[]))?;
        for e in &report.engagement {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}",
                e.post.id, e.post.source_language, e.reach, e.engagement, e.post.title
            )?;
        }
        for g in &report.engagement_by_language {
            writeln!(out, "{}\t\t{}\t{}", g.language, g.reach, g.engagement)?;
        }
    }
    Ok(())
}
