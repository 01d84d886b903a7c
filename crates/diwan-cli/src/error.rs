//! Errors of the command line itself, beside those of the API.

use diwan_api::ApiError;
use diwan_core::{Localized, MessageArg};

#[derive(Debug)]
pub enum CliError {
    Api(ApiError),
    /// No database path could be found: no `--db`, no `$DIWAN_DB`, no home.
    NoDatabasePath,
    /// A command that acts for someone was run without `--as`.
    ActorMissing,
    /// `--as` without `DIWAN_PASSPHRASE` and no terminal to ask on.
    PassphraseMissing {
        variable: &'static str,
    },
    /// The two entries of a new passphrase differ.
    PassphrasesDiffer,
    /// `demo --trail` on the small demo, whose trail is already whole.
    TrailNeedsMinistry,
    /// `diwan hub` without the `diwan-hub` program installed.
    HubMissing,
    /// `diwan-hub` ran and failed (it said why on standard error).
    HubFailed,
    Io(std::io::Error),
}

impl From<ApiError> for CliError {
    fn from(error: ApiError) -> Self {
        Self::Api(error)
    }
}

impl From<std::io::Error> for CliError {
    fn from(error: std::io::Error) -> Self {
        Self::Io(error)
    }
}

impl Localized for CliError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Api(error) => error.message_id(),
            Self::NoDatabasePath => "cli-no-database-path",
            Self::ActorMissing => "cli-actor-missing",
            Self::PassphraseMissing { .. } => "cli-passphrase-missing",
            Self::PassphrasesDiffer => "cli-passphrases-differ",
            Self::TrailNeedsMinistry => "cli-demo-trail-needs-ministry",
            Self::HubMissing => "cli-hub-missing",
            Self::HubFailed => "cli-hub-failed",
            Self::Io(_) => "error-unexpected",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Api(error) => error.message_args(),
            Self::NoDatabasePath
            | Self::ActorMissing
            | Self::PassphrasesDiffer
            | Self::TrailNeedsMinistry
            | Self::HubMissing
            | Self::HubFailed => Vec::new(),
            Self::PassphraseMissing { variable } => vec![("variable", (*variable).into())],
            Self::Io(error) => vec![("detail", error.to_string().into())],
        }
    }
}
