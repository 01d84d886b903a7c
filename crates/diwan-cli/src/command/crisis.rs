//! `diwan crisis`: declare a crisis (its window's routine posts pause),
//! list crises with what they hold back, and end one.

use clap::{Args, Subcommand};
use diwan_api::dto::{EndCrisisDto, NewCrisisDto};
use diwan_api::names::ResolutionName;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum CrisisCommand {
    /// Declare a crisis: routine posts planned in the window pause (supervisors; audited)
    Start {
        /// Comma-separated mission codes
        #[arg(long, value_delimiter = ',', required = true)]
        missions: Vec<String>,
        /// Start of the window: "YYYY-MM-DD HH:MM" on the clock of the mission first in code order, or RFC 3339
        #[arg(long)]
        from: String,
        /// End of the window (excluded)
        #[arg(long)]
        to: String,
        /// Why: kept in the audit trail and shown to everyone
        #[arg(long)]
        reason: String,
    },
    /// Every crisis, active ones first, with the posts each holds paused
    List,
    /// End a crisis and say what becomes of its paused posts
    End {
        id: i64,
        #[command(flatten)]
        resolution: ResolutionArgs,
    },
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ResolutionArgs {
    /// Paused posts go back as they were, at their time
    #[arg(long)]
    resume: bool,
    /// Paused posts whose time has passed move to the same time of day after the crisis (approvals withdrawn)
    #[arg(long)]
    reschedule: bool,
    /// Paused posts go back to draft (approvals withdrawn)
    #[arg(long)]
    to_draft: bool,
}

impl ResolutionArgs {
    fn resolution(&self) -> ResolutionName {
        if self.reschedule {
            ResolutionName::Reschedule
        } else if self.to_draft {
            ResolutionName::ToDraft
        } else {
            ResolutionName::Resume
        }
    }
}

pub fn run(command: CrisisCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    let crises = match command {
        CrisisCommand::Start { missions, from, to, reason } => {
            vec![diwan.declare_crisis(ctx.actor()?, &NewCrisisDto { missions, from, to, reason })?]
        }
        CrisisCommand::List => diwan.crises()?,
        CrisisCommand::End { id, resolution } => {
            let input = EndCrisisDto { resolution: resolution.resolution(), posts: Vec::new() };
            vec![diwan.end_crisis(ctx.actor()?, id, &input)?]
        }
    };
    output::crises(&crises, ctx.json)
}
