//! `diwan demo`: realistic sample data in ar, fr and en.

use std::io::Write;

use clap::{Args, ValueEnum};
use diwan_api::demo::Scale;
use diwan_core::MessageArg;

use super::Context;
use crate::error::CliError;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DemoScale {
    Small,
    Ministry,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long, value_enum, default_value = "small")]
    scale: DemoScale,
}

pub fn run(args: &DemoArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    let scale = match args.scale {
        DemoScale::Small => Scale::Small,
        DemoScale::Ministry => Scale::Ministry,
    };
    // Progress on a terminal only: scripts read standard output.
    let mut last_percent = u64::MAX;
    let show = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let mut progress = |done: u64, total: u64| {
        let percent = done * 100 / total.max(1);
        if show && percent != last_percent {
            last_percent = percent;
            let percent = MessageArg::Number(i64::try_from(percent).unwrap_or(0));
            eprint!("\r{}", ctx.localizer.message("cli-demo-progress", &[("percent", percent)]));
        }
    };
    let report = diwan.demo(scale, &mut progress)?;
    if show {
        eprintln!();
    }
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
    writeln!(std::io::stdout().lock(), "{text}")?;
    Ok(())
}
