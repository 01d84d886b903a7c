//! `diwan verify`: exit 0 when the audit trail is intact.

use std::io::Write;

use diwan_core::MessageArg;

use super::Context;
use crate::error::CliError;
use crate::progress::with_bar;

pub fn run(ctx: &Context<'_>) -> Result<(), CliError> {
    let diwan = ctx.open()?;
    // The trail is read as a stream: constant memory at ten million events.
    let verified = with_bar(ctx.localizer, "cli-verify-progress", |mut step| diwan.verify_audit_with(&mut step))?;
    let count = MessageArg::Number(i64::try_from(verified).unwrap_or(i64::MAX));
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-verify-ok", &[("count", count)]))?;
    Ok(())
}
