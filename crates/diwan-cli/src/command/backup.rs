//! `diwan backup FILE` (while the app is open) and `diwan restore FILE`
//! (with the app closed; the copy is checked first, the database it
//! replaces kept aside).

use std::io::Write;
use std::path::Path;

use super::Context;
use crate::error::CliError;

pub fn backup(file: &Path, ctx: &Context<'_>) -> Result<(), CliError> {
    let report = ctx.open()?.backup(file)?;
    let args = [
        ("path", file.display().to_string().into()),
        ("count", i64::try_from(report.audit_events).unwrap_or(i64::MAX).into()),
    ];
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-backup-done", &args))?;
    Ok(())
}

pub fn restore(file: &Path, ctx: &Context<'_>) -> Result<(), CliError> {
    let db = ctx.database_path()?;
    let report = diwan_api::backup::restore(&db, file)?;
    let aside = report.aside.map_or_else(|| "-".to_owned(), |p| p.display().to_string());
    let args = [("path", file.display().to_string().into()), ("aside", aside.into())];
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-restore-done", &args))?;
    // Open it once: a copy from an older Diwan is migrated now (backed up first).
    ctx.open()?;
    Ok(())
}
