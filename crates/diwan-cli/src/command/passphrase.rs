//! `diwan passphrase`: the first administrator, one-time passphrases, and
//! changing one's own. Passphrases come from the environment (scripts) or
//! are asked on the terminal without echo; never from an argument, which
//! other users could read in the process list.

use std::io::{IsTerminal, Write};

use clap::Subcommand;
use diwan_api::i18n::Localizer;

use super::Context;
use crate::error::CliError;

/// Where scripts give a new passphrase (README, "Command line").
pub const NEW_PASSPHRASE_VARIABLE: &str = "DIWAN_NEW_PASSPHRASE";

#[derive(Debug, Subcommand)]
pub enum PassphraseCommand {
    /// Make NAME the first administrator, before anyone can sign in (the new passphrase from DIWAN_NEW_PASSPHRASE or asked twice)
    FirstAdmin {
        name: String,
        #[arg(long, default_value = "")]
        display_name: String,
    },
    /// Give NAME a one-time passphrase that they change at first sign-in (administrators, with --as)
    Give { name: String },
    /// Change your own passphrase, --as you (the new one from DIWAN_NEW_PASSPHRASE or asked twice)
    Change,
}

pub fn run(command: &PassphraseCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    match command {
        PassphraseCommand::FirstAdmin { name, display_name } => {
            let mut diwan = diwan_api::Diwan::open(&ctx.database_path()?)?;
            let new = read_new(ctx.localizer)?;
            diwan.set_up_first_administrator(name, display_name, &new)?;
        }
        PassphraseCommand::Give { name } => {
            let mut diwan = ctx.open()?;
            let actor = ctx.actor()?;
            let new = read_new(ctx.localizer)?;
            diwan.give_one_time_passphrase(actor, name, &new)?;
        }
        PassphraseCommand::Change => {
            ctx.actor()?;
            let mut diwan = ctx.open_signed_in()?;
            let old = read(super::PASSPHRASE_VARIABLE, ctx.localizer, "cli-passphrase-prompt")?;
            let new = read_new(ctx.localizer)?;
            diwan.change_passphrase(&old, &new)?;
        }
    }
    writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-done", &[]))?;
    Ok(())
}

/// A passphrase from `variable`, else asked on the terminal without echo.
pub fn read(variable: &'static str, localizer: &Localizer, prompt: &str) -> Result<String, CliError> {
    if let Ok(value) = std::env::var(variable) {
        return Ok(value);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::PassphraseMissing { variable });
    }
    Ok(rpassword::prompt_password(format!("{} ", localizer.message(prompt, &[])))?)
}

/// A new passphrase from `DIWAN_NEW_PASSPHRASE`, else asked twice.
fn read_new(localizer: &Localizer) -> Result<String, CliError> {
    if let Ok(value) = std::env::var(NEW_PASSPHRASE_VARIABLE) {
        return Ok(value);
    }
    let first = read(NEW_PASSPHRASE_VARIABLE, localizer, "cli-passphrase-new-prompt")?;
    let again = read(NEW_PASSPHRASE_VARIABLE, localizer, "cli-passphrase-again-prompt")?;
    if first != again {
        return Err(CliError::PassphrasesDiffer);
    }
    Ok(first)
}
