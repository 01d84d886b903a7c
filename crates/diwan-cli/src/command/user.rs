//! `diwan user`: people and their roles.

use std::io::Write;

use clap::Subcommand;

use super::Context;
use crate::error::CliError;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a person with roles such as supervisor@DZ-FR-PAR
    Add {
        name: String,
        #[arg(long, default_value = "")]
        display_name: String,
        #[arg(long = "role", value_name = "ROLE@MISSION")]
        roles: Vec<String>,
        /// The languages they translate into, comma-separated (default: all)
        #[arg(long, value_delimiter = ',')]
        translates: Vec<String>,
    },
    /// Grant one more role
    Grant { name: String, role: String, mission: String },
}

pub fn run(command: &UserCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    match command {
        UserCommand::Add { name, display_name, roles, translates } => {
            diwan.add_user(name, display_name, roles, translates)?;
        }
        UserCommand::Grant { name, role, mission } => diwan.grant_role(name, role, mission)?,
    }
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-done", &[]))?;
    Ok(())
}
