//! `diwan connect URL` and `diwan sync`: this database and the team hub.

use std::io::Write;

use clap::{Args, Subcommand};
use diwan_core::MessageArg;

use super::Context;
use crate::error::CliError;

#[derive(Debug, Args)]
pub struct ConnectArgs {
    /// The hub's address, e.g. https://diwan.mfa.example
    url: String,
    /// Your name on the hub (your passphrase: DIWAN_PASSPHRASE, or asked)
    #[arg(long)]
    name: String,
    /// What to call this computer on the hub (default: its host name)
    #[arg(long)]
    device: Option<String>,
}

pub fn connect(args: &ConnectArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    // An address that will not do is refused before the passphrase is asked.
    diwan_api::hub::hub_address(&args.url)?;
    let passphrase = ctx.passphrase()?;
    let mut diwan = ctx.open_signed_in()?;
    let device = args.device.clone().unwrap_or_else(diwan_api::hub::this_device);
    let report = diwan.connect_hub(&args.url, &args.name, &passphrase, &device)?;
    let url = diwan.hub_url()?.unwrap_or_default();
    let mut out = std::io::stdout().lock();
    if ctx.json {
        writeln!(out, "{}", serde_json::to_string(&report).unwrap_or_default())?;
    } else {
        writeln!(out, "{}", ctx.localizer.message("cli-hub-connected", &[("url", url.as_str().into())]))?;
        say(&mut out, ctx, &report)?;
    }
    Ok(())
}

pub fn sync(ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open_signed_in()?;
    let report = diwan.sync_hub()?;
    let mut out = std::io::stdout().lock();
    if ctx.json {
        writeln!(out, "{}", serde_json::to_string(&report).unwrap_or_default())?;
        return Ok(());
    }
    say(&mut out, ctx, &report)
}

fn say(out: &mut impl Write, ctx: &Context<'_>, report: &diwan_api::dto::SyncReportDto) -> Result<(), CliError> {
    let n = |v: u32| MessageArg::Number(i64::from(v));
    let args = [("pushed", n(report.pushed)), ("pulled", n(report.pulled)), ("refused", n(report.refused))];
    writeln!(out, "{}", ctx.localizer.message("cli-synced", &args))?;
    for name in &report.signed_out {
        writeln!(out, "{}", ctx.localizer.message("cli-hub-signed-out", &[("name", name.as_str().into())]))?;
    }
    Ok(())
}

#[derive(Debug, Subcommand)]
pub enum ConflictsCommand {
    /// Every refused change, newest first (the default)
    List,
    /// Do the change again on the post as it is now (with --as: its author, or anyone allowed)
    Redo { key: String },
    /// Forget the change: the hub's version stands (with --as)
    Drop { key: String },
}

pub fn conflicts(command: Option<ConflictsCommand>, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    match command.unwrap_or(ConflictsCommand::List) {
        ConflictsCommand::List => {}
        ConflictsCommand::Redo { key } => {
            diwan.redo_refused_change(ctx.actor()?, &key)?;
        }
        ConflictsCommand::Drop { key } => diwan.drop_refused_change(ctx.actor()?, &key)?,
    }
    let refused = diwan.refused_changes()?;
    if ctx.json {
        return crate::output::json(&refused);
    }
    let mut out = std::io::stdout().lock();
    for change in &refused {
        let post = change.post.map_or_else(|| "-".to_owned(), |id| format!("#{id}"));
        let language = change.language.as_deref().map(|l| format!(" ({l})")).unwrap_or_default();
        writeln!(out, "{}	{post}	{}{language}	{}	{}", change.key, change.kind, change.actor, change.refused_at)?;
        writeln!(out, "	{}", ctx.localizer.dto(&change.reason))?;
        if let Some(text) = &change.text {
            writeln!(out, "	{text}")?;
        }
    }
    Ok(())
}
