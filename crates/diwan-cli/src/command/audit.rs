//! `diwan audit`: who did what and when, newest first (`diwan verify` checks
//! that the trail is intact).

use clap::Args;
use diwan_api::dto::AuditFilterDto;

use super::Context;
use crate::error::CliError;
use crate::output;

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only the events of this post
    #[arg(long)]
    post: Option<i64>,
    /// Only what this person did
    #[arg(long)]
    user: Option<String>,
    /// Only this action, e.g. post.approved
    #[arg(long)]
    action: Option<String>,
    /// From this day (YYYY-MM-DD, UTC)
    #[arg(long)]
    from: Option<String>,
    /// To this day, included
    #[arg(long)]
    to: Option<String>,
}

pub fn run(args: AuditArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let AuditArgs { post, user, action, from, to } = args;
    let log = ctx.open()?.audit_log(&AuditFilterDto { post, user, action, from, to })?;
    output::audit_log(&log, ctx.json)
}
