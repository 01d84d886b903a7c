//! `diwan due`: what is due to publish at a moment (default now), what is
//! overdue, and what was held back, with each account's text as the app's
//! "publish now" panel shows it.

use clap::Args;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Only this mission's posts
    #[arg(long)]
    mission: Option<String>,
    /// The moment: YYYY-MM-DD HH:MM on the mission's clock (needs --mission) or an RFC 3339 instant; default now
    #[arg(long)]
    at: Option<String>,
}

pub fn run(args: &DueArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let due = ctx.open()?.due(args.mission.as_deref(), args.at.as_deref(), None)?;
    output::due(&due, ctx.json)
}
