//! `diwan verify [--hub]`: exit 0 when the audit trail is intact (and,
//! with `--hub`, the hub's chain too, against the heads seen here).

use std::io::Write;

use diwan_core::MessageArg;

use super::Context;
use crate::error::CliError;
use crate::progress::with_bar;

pub fn run(hub: bool, ctx: &Context<'_>) -> Result<(), CliError> {
    let diwan = ctx.open()?;
    // The trail is read as a stream: constant memory at ten million events.
    let verified = with_bar(ctx.localizer, "cli-verify-progress", |mut step| diwan.verify_audit_with(&mut step))?;
    let count = MessageArg::Number(i64::try_from(verified).unwrap_or(i64::MAX));
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-verify-ok", &[("count", count)]))?;
    if hub {
        let (events, heads) = diwan.verify_hub()?;
        let number = |n: u64| MessageArg::Number(i64::try_from(n).unwrap_or(i64::MAX));
        let args = [("events", number(events)), ("heads", number(u64::try_from(heads).unwrap_or(u64::MAX)))];
        writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-verify-hub-ok", &args))?;
    }
    Ok(())
}
