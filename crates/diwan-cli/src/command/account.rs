//! `diwan account`: a mission's platform accounts and their verification.

use clap::Subcommand;
use diwan_api::dto::NewAccountDto;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    Add {
        #[arg(long)]
        mission: String,
        #[arg(long)]
        platform: String,
        #[arg(long)]
        handle: String,
        #[arg(long, value_delimiter = ',', required = true)]
        languages: Vec<String>,
        #[arg(long)]
        limit: Option<u32>,
    },
    List {
        #[arg(long)]
        mission: Option<String>,
    },
    /// Record the platform's verification mark, with evidence
    Verify {
        id: i64,
        /// YYYY-MM-DD
        #[arg(long)]
        on: String,
        #[arg(long)]
        evidence: String,
        /// The mark was withdrawn
        #[arg(long)]
        revoke: bool,
    },
}

pub fn run(command: AccountCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    match command {
        AccountCommand::Add { mission, platform, handle, languages, limit } => {
            let account =
                diwan.add_account(NewAccountDto { mission, platform, handle, languages, limit_override: limit })?;
            output::accounts(&[account], ctx.json)
        }
        AccountCommand::List { mission } => output::accounts(&diwan.accounts(mission.as_deref())?, ctx.json),
        AccountCommand::Verify { id, on, evidence, revoke } => {
            let account = diwan.verify_account(ctx.actor()?, id, &on, &evidence, revoke)?;
            output::accounts(&[account], ctx.json)
        }
    }
}
