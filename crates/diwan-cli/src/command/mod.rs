//! One module per subcommand: its arguments and what it does. Each takes a
//! [`Context`], which opens the database only when the command needs one
//! (`count` must work before `init`).

pub mod account;
pub mod audit;
pub mod backup;
pub mod blackout;
pub mod calendar;
pub mod count;
pub mod crisis;
pub mod demo;
pub mod due;
pub mod export;
pub mod glossary;
pub mod hub;
pub mod init;
pub mod missions;
pub mod observances;
pub mod passphrase;
pub mod policy;
pub mod post;
pub mod queue;
pub mod report;
pub mod sync;
pub mod tm;
pub mod user;
pub mod verify;
pub mod xliff;

use std::path::PathBuf;

use diwan_api::i18n::Localizer;
use diwan_api::{paths, Diwan};

use crate::error::CliError;

/// Where scripts give the `--as` person's passphrase (README, "Command line").
pub const PASSPHRASE_VARIABLE: &str = "DIWAN_PASSPHRASE";

/// What every subcommand may use: the global flags and the messages.
#[derive(Debug)]
pub struct Context<'l> {
    pub db: Option<PathBuf>,
    pub actor: Option<String>,
    pub json: bool,
    pub localizer: &'l Localizer,
}

impl Context<'_> {
    /// The database file: `--db`, `$DIWAN_DB`, or the data folder.
    pub fn database_path(&self) -> Result<PathBuf, CliError> {
        paths::database_path(self.db.clone()).ok_or(CliError::NoDatabasePath)
    }

    /// Opens (creating or migrating) the database and, with `--as`, signs
    /// that person in with their passphrase: every change is theirs only.
    pub fn open(&self) -> Result<Diwan, CliError> {
        let diwan = self.open_signed_in()?;
        if self.actor.is_some() {
            diwan.acting_user()?;
        }
        Ok(diwan)
    }

    /// Like [`Context::open`], but a one-time passphrase still to change is
    /// let through: `diwan passphrase change` is how it gets changed.
    pub fn open_signed_in(&self) -> Result<Diwan, CliError> {
        let path = self.database_path()?;
        match &self.actor {
            // An encrypted database opens through the person's key slot.
            Some(actor) => Ok(Diwan::open_as(&path, actor, &self.passphrase()?)?),
            None => {
                let diwan = crate::progress::upgrading(self.localizer, |told| Diwan::open_upgrading(&path, told))?;
                // Said on standard error: scripts read standard output.
                if let Some(upgraded) = diwan.upgraded() {
                    let args = [
                        ("from", i64::from(upgraded.from).into()),
                        ("to", i64::from(upgraded.to).into()),
                        ("backup", upgraded.backup.unwrap_or_default().into()),
                    ];
                    eprintln!("{}", self.localizer.message("cli-database-upgraded", &args));
                }
                Ok(diwan)
            }
        }
    }

    /// The `--as` person's passphrase: `DIWAN_PASSPHRASE`, or asked.
    pub fn passphrase(&self) -> Result<String, CliError> {
        passphrase::read(PASSPHRASE_VARIABLE, self.localizer, "cli-passphrase-prompt")
    }

    /// The person acting, for commands that change things.
    pub fn actor(&self) -> Result<&str, CliError> {
        self.actor.as_deref().ok_or(CliError::ActorMissing)
    }
}
