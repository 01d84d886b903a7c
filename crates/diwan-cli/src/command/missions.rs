//! `diwan missions`: the ministry and its embassies, consulates and representations.

use clap::Subcommand;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum MissionsCommand {
    /// List every mission
    List,
}

pub fn run(command: &MissionsCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    match command {
        MissionsCommand::List => output::missions(&ctx.open()?.missions()?, ctx.json, ctx.localizer),
    }
}
