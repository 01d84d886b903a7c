//! `diwan demo`: realistic sample data in ar, fr and en.

use std::io::Write;

use clap::{Args, ValueEnum};
use diwan_api::demo::Scale;
use diwan_core::MessageArg;

use super::Context;
use crate::error::CliError;
use crate::progress::with_bar;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DemoScale {
    Small,
    Ministry,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long, value_enum, default_value = "small")]
    scale: DemoScale,
    /// With --scale ministry: each post's history in the audit trail too (about 10 million events)
    #[arg(long)]
    trail: bool,
    /// With --scale ministry: how many missions (fewer make a smaller ministry for tests)
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u16).range(1..=999))]
    missions: u16,
    /// Make the demo as if on this day (YYYY-MM-DD): the same sample data whatever day it is made
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
}

pub fn run(args: &DemoArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let scale = match (args.scale, args.trail) {
        // The small demo takes every post through the audited workflow, so
        // its trail is whole already; refused before the file is touched.
        (DemoScale::Small, true) => return Err(CliError::TrailNeedsMinistry),
        (DemoScale::Small, false) => Scale::Small,
        (DemoScale::Ministry, trail) => Scale::Ministry { missions: usize::from(args.missions), trail },
    };
    // An impossible day is refused before the file is touched.
    let today =
        args.today.as_deref().map(diwan_core::calendar::parse_date).transpose().map_err(diwan_api::ApiError::from)?;
    let mut diwan = ctx.open()?;
    let report = with_bar(ctx.localizer, "cli-demo-progress", |step| match today {
        Some(day) => diwan.demo_on(scale, day, &mut |done, total| _ = step(done, total)),
        None => diwan.demo(scale, &mut |done, total| _ = step(done, total)),
    })?;
    let n = |v: u64| MessageArg::Number(i64::try_from(v).unwrap_or(i64::MAX));
    let text = ctx.localizer.message(
        "cli-demo-done",
        &[
            ("missions", n(report.missions)),
            ("accounts", n(report.accounts)),
            ("users", n(report.users)),
            ("posts", n(report.posts)),
        ],
    );
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")?;
    if args.trail {
        writeln!(out, "{}", ctx.localizer.message("cli-demo-trail", &[("events", n(report.events))]))?;
    }
    Ok(())
}
