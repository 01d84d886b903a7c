//! `diwan missions`: the ministry and its embassies, consulates and representations.

use std::io::Write;

use clap::Subcommand;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum MissionsCommand {
    /// List every mission
    List,
    /// The digits a mission writes Arabic with (latin, arabic-indic or none), for the translation checks
    Digits { code: String, digits: String },
}

pub fn run(command: &MissionsCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    match command {
        MissionsCommand::List => output::missions(&ctx.open()?.missions()?, ctx.json, ctx.localizer),
        MissionsCommand::Digits { code, digits } => {
            let digits = (digits != "none").then_some(digits.as_str());
            ctx.open()?.set_mission_digits(ctx.actor()?, code, digits)?;
            writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-done", &[]))?;
            Ok(())
        }
    }
}
