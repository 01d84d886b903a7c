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
}

pub fn run(args: &DemoArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    let scale = match args.scale {
        DemoScale::Small => Scale::Small,
        DemoScale::Ministry => Scale::Ministry { trail: args.trail },
    };
    let report = with_bar(ctx.localizer, "cli-demo-progress", |step| {
        diwan.demo(scale, &mut |done, total| _ = step(done, total))
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
