//! `diwan backup FILE` (while the app is open) and `diwan restore FILE`
//! (with the app closed; the copy is checked first, the database it
//! replaces kept aside).

use std::io::Write;
use std::path::Path;

use super::Context;
use crate::error::CliError;
use crate::progress::with_bar;

pub fn backup(file: &Path, ctx: &Context<'_>) -> Result<(), CliError> {
    let diwan = ctx.open()?;
    let report = with_bar(ctx.localizer, "cli-backup-progress", |step| {
        diwan.backup_with(file, &mut |done, total| _ = step(done, total))
    })?;
    let args = [
        ("path", file.display().to_string().into()),
        ("count", i64::try_from(report.audit_events).unwrap_or(i64::MAX).into()),
    ];
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-backup-done", &args))?;
    Ok(())
}

/// `diwan encrypt`: an administrator encrypts a database in clear; the
/// clear file is kept aside (README, "Security": how to go back).
pub fn encrypt(ctx: &Context<'_>) -> Result<(), CliError> {
    ctx.actor()?;
    let mut diwan = ctx.open()?;
    let aside = diwan.encrypt(&ctx.passphrase()?)?;
    let args = [("aside", aside.display().to_string().into())];
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-encrypt-done", &args))?;
    Ok(())
}

/// `diwan backup --daily`: what the app does every day, for a machine where
/// the app does not run every day (a cron job): today's copy into
/// `F.backups/` unless taken, and the copies past the retention removed.
pub fn daily(ctx: &Context<'_>) -> Result<(), CliError> {
    let report = ctx.open()?.keep_daily_backups()?;
    let mut out = std::io::stdout().lock();
    match report.taken {
        Some(taken) => writeln!(
            out,
            "{}",
            ctx.localizer.message("cli-backup-daily-taken", &[("path", taken.display().to_string().into())])
        )?,
        None => writeln!(out, "{}", ctx.localizer.message("cli-backup-daily-already", &[]))?,
    }
    for removed in report.removed {
        writeln!(
            out,
            "{}",
            ctx.localizer.message("cli-backup-daily-removed", &[("path", removed.display().to_string().into())])
        )?;
    }
    Ok(())
}

pub fn restore(file: &Path, ctx: &Context<'_>) -> Result<(), CliError> {
    let db = ctx.database_path()?;
    let report = match &ctx.actor {
        Some(actor) => diwan_api::backup::restore_as(&db, file, actor, &ctx.passphrase()?)?,
        None => diwan_api::backup::restore(&db, file)?,
    };
    let aside = report.aside.map_or_else(|| "-".to_owned(), |p| p.display().to_string());
    let args = [("path", file.display().to_string().into()), ("aside", aside.into())];
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-restore-done", &args))?;
    // Open it once: a copy from an older Diwan is migrated now (backed up first).
    ctx.open()?;
    Ok(())
}
