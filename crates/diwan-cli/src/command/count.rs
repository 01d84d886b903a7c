//! `diwan count`: a text measured as a platform counts it. Needs no database.

use clap::Args;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Args)]
pub struct CountArgs {
    #[arg(long)]
    platform: String,
    /// The account's own limit (X premium, a Mastodon instance)
    #[arg(long)]
    limit: Option<u32>,
    /// The text goes with media (Telegram counts it as a caption)
    #[arg(long)]
    media: bool,
    text: String,
}

pub fn run(args: &CountArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let count = diwan_api::text::count(&args.platform, &args.text, args.limit, args.media)?;
    output::count(&count, ctx.json)
}
