//! `diwan connect URL` and `diwan sync`: this database and the team hub.

use std::io::Write;

use clap::Args;
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
        say(&mut out, ctx, report)?;
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
    say(&mut out, ctx, report)
}

fn say(out: &mut impl Write, ctx: &Context<'_>, report: diwan_api::dto::SyncReportDto) -> Result<(), CliError> {
    let n = |v: u32| MessageArg::Number(i64::from(v));
    let args = [("pushed", n(report.pushed)), ("pulled", n(report.pulled)), ("refused", n(report.refused))];
    writeln!(out, "{}", ctx.localizer.message("cli-synced", &args))?;
    Ok(())
}
