//! `diwan verify`: exit 0 when the audit trail is intact.

use std::io::Write;

use diwan_core::MessageArg;

use super::Context;
use crate::error::CliError;

pub fn run(ctx: &Context<'_>) -> Result<(), CliError> {
    let count = MessageArg::Number(i64::try_from(ctx.open()?.verify_audit()?).unwrap_or(i64::MAX));
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-verify-ok", &[("count", count)]))?;
    Ok(())
}
