//! `diwan policy`: who approves each category's posts. Everyone may look;
//! administrators set them, and the audit trail keeps each change.

use clap::Subcommand;
use diwan_api::dto::PolicyInputDto;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Each category's approval steps and fast track
    Show,
    /// Set one category's policy (administrators; audited)
    Set {
        /// The category, e.g. protocol
        category: String,
        /// A step, in order; repeat for each: a role (supervisor), any:NAME,NAME (one of them) or all:NAME,NAME (each of them)
        #[arg(long = "step", required = true, value_name = "STEP")]
        steps: Vec<String>,
        /// Who may approve every remaining step at once: a role or any:NAME,NAME
        #[arg(long)]
        fast_track: Option<String>,
    },
}

pub fn run(command: PolicyCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    let policies = match command {
        PolicyCommand::Show => diwan.policies()?,
        PolicyCommand::Set { category, steps, fast_track } => {
            diwan.set_policy(ctx.actor()?, &PolicyInputDto { category, steps, fast_track })?
        }
    };
    output::policies(&policies, ctx.json)
}
