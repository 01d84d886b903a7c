//! `diwan verify [--hub]`: exit 0 when the audit trail is intact (and,
//! with `--hub`, the hub's chain too, against the heads seen here and
//! the changes it took from here, linked at both ends).

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
        let checked = diwan.verify_hub()?;
        let number = |n: u64| MessageArg::Number(i64::try_from(n).unwrap_or(i64::MAX));
        let count = |n: usize| number(u64::try_from(n).unwrap_or(u64::MAX));
        let args =
            [("events", number(checked.events)), ("heads", count(checked.heads)), ("linked", count(checked.linked))];
        writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-verify-hub-ok", &args))?;
    }
    Ok(())
}
