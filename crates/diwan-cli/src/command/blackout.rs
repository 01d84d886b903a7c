//! `diwan blackout`: the days a mission posts nothing routine on (a
//! national mourning, an election silence): mark them, list those ahead,
//! lift one.

use clap::Subcommand;
use diwan_api::dto::{BlackoutDto, NewBlackoutDto};

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum BlackoutCommand {
    /// Mark a mission's local days as a blackout: posts planned on them are flagged (its supervisors and administrators; audited)
    Mark {
        #[arg(long)]
        mission: String,
        /// First day, YYYY-MM-DD on the mission's clock
        #[arg(long)]
        from: String,
        /// Last day, included
        #[arg(long)]
        to: String,
        /// Why: shown to everyone planning posts and kept in the audit trail
        #[arg(long)]
        reason: String,
    },
    /// The blackouts not over yet, soonest first
    List {
        /// One mission's only
        #[arg(long)]
        mission: Option<String>,
    },
    /// Lift a blackout (its supervisors and administrators; audited)
    Lift { id: i64 },
}

pub fn run(command: BlackoutCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    let shown = match command {
        BlackoutCommand::Mark { mission, from, to, reason } => {
            let input = NewBlackoutDto { mission, first_day: from, last_day: to, reason };
            vec![diwan.mark_blackout(ctx.actor()?, &input)?]
        }
        BlackoutCommand::List { mission } => diwan.blackouts(mission.as_deref())?,
        BlackoutCommand::Lift { id } => {
            diwan.lift_blackout(ctx.actor()?, id)?;
            Vec::new()
        }
    };
    blackouts(&shown, ctx.json)
}

fn blackouts(blackouts: &[BlackoutDto], as_json: bool) -> Result<(), CliError> {
    if as_json {
        return output::json(blackouts);
    }
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    for b in blackouts {
        writeln!(out, "#{}\t{}\t{}..{}\t{}", b.id, b.mission, b.first_day, b.last_day, b.reason)?;
    }
    Ok(())
}
