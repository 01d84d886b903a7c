//! `diwan calendar`: posts on a mission's local days, in its time zone.

use clap::Args;
use diwan_api::dto::CalendarRequestDto;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Args)]
pub struct CalendarArgs {
    #[arg(long)]
    mission: String,
    /// First day, YYYY-MM-DD
    #[arg(long)]
    from: String,
    /// Last day (included), YYYY-MM-DD
    #[arg(long)]
    to: String,
    #[arg(long)]
    account: Option<i64>,
    #[arg(long)]
    platform: Option<String>,
    #[arg(long)]
    language: Option<String>,
    #[arg(long)]
    state: Option<String>,
    #[arg(long)]
    category: Option<String>,
}

pub fn run(args: CalendarArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let request = CalendarRequestDto {
        mission: Some(args.mission),
        from: args.from,
        to: args.to,
        account: args.account,
        platform: args.platform,
        language: args.language,
        state: args.state,
        category: args.category,
        // Scripts read the source text; the app shows the interface language.
        display_language: None,
    };
    output::calendar(&ctx.open()?.calendar_for(&request, ctx.actor.as_deref())?, ctx.json, ctx.localizer)
}
