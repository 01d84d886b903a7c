//! `diwan queue translation`: what the app's translation queue shows.

use clap::Subcommand;
use diwan_api::dto::QueueFilterDto;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// The language versions waiting for the acting translator, soonest first
    Translation {
        #[arg(long)]
        mission: Option<String>,
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        category: Option<String>,
        /// Only what is due on or before this local day (YYYY-MM-DD)
        #[arg(long)]
        due_by: Option<String>,
    },
    /// The posts waiting for the acting supervisor, crisis posts first, then the soonest
    Review,
}

pub fn run(command: QueueCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    match command {
        QueueCommand::Translation { mission, language, category, due_by } => {
            let filter = QueueFilterDto { mission, language, category, due_by };
            output::queue(&ctx.open()?.translation_queue(ctx.actor()?, &filter)?, ctx.json)
        }
        QueueCommand::Review => output::review_queue(&ctx.open()?.review_queue(ctx.actor()?)?, ctx.json),
    }
}
