//! `diwan init`: create the database, or bring an older one up to date.

use std::io::Write;

use super::Context;
use crate::error::CliError;

pub fn run(ctx: &Context<'_>) -> Result<(), CliError> {
    let path = ctx.database_path()?;
    let diwan = ctx.open()?;
    let version = i64::from(diwan.schema_version()?);
    let text = ctx
        .localizer
        .message("cli-init-done", &[("path", path.display().to_string().into()), ("version", version.into())]);
    writeln!(std::io::stdout().lock(), "{text}")?;
    Ok(())
}
