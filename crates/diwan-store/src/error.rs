use std::path::PathBuf;

use diwan_core::{Localized, MessageArg};

/// What can go wrong in the store. Each variant names the Fluent message a
/// person reads.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the folder {path}")]
    CreateDir { path: PathBuf, source: std::io::Error },
    #[error("cannot open the database {path}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("the database is at schema version {found}, newer than this Diwan ({supported}); update Diwan")]
    TooNew { found: u32, supported: u32 },
    #[error("could not back the database up to {path} before migrating it: {detail}")]
    Backup { path: PathBuf, detail: String },
    #[error("this file is not a Diwan database")]
    NotDiwan,
    #[error("the database refused WAL mode (it is in {mode} mode)")]
    JournalMode { mode: String },
    #[error("a mission with code {code} already exists")]
    MissionExists { code: String },
    #[error("no mission has code {code}")]
    MissionNotFound { code: String },
    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: String },
    #[error("{kind} {id} already exists")]
    Exists { kind: &'static str, id: String },
    #[error("the database holds a value this Diwan cannot read: {detail}")]
    Corrupt { detail: String },
    /// A core rule refused the value; the store passes the core's error on.
    #[error("{detail}")]
    Invalid { detail: String, reason: Box<dyn Localized + Send + Sync> },
    #[error("the copy {path} cannot be trusted: {detail}")]
    CopyDamaged { path: PathBuf, detail: String },
    #[error("cannot write the copy {path}: {detail}")]
    CopyFailed { path: PathBuf, detail: String },
    #[error("{path} is in use: close Diwan first")]
    InUse { path: PathBuf },
    #[error("wrong name or passphrase")]
    WrongPassphrase,
    #[error("the key does not open this database")]
    WrongKey,
    #[error("the key file {path} cannot be read: {detail}")]
    KeyFile { path: PathBuf, detail: String },
    #[error("the system gave no random bytes")]
    NoRandomness,
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

impl Localized for StoreError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::CreateDir { .. } => "error-store-create-dir",
            Self::Open { .. } => "error-store-open",
            Self::TooNew { .. } => "error-store-too-new",
            Self::Backup { .. } => "error-store-backup",
            Self::JournalMode { .. } => "error-store-journal-mode",
            Self::NotDiwan => "error-store-not-diwan",
            Self::MissionExists { .. } => "error-mission-exists",
            Self::MissionNotFound { .. } => "error-mission-not-found",
            Self::NotFound { .. } => "error-not-found",
            Self::Exists { .. } => "error-exists",
            Self::Corrupt { .. } => "error-store-corrupt",
            Self::Sqlite(_) => "error-store-sqlite",
            Self::WrongPassphrase => "error-sign-in-wrong",
            Self::WrongKey => "error-store-wrong-key",
            Self::KeyFile { .. } => "error-store-key-file",
            Self::NoRandomness => "error-store-no-randomness",
            Self::CopyDamaged { .. } => "error-store-copy-damaged",
            Self::CopyFailed { .. } => "error-store-copy-failed",
            Self::InUse { .. } => "error-store-in-use",
            Self::Invalid { reason, .. } => reason.message_id(),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        let path = |p: &PathBuf| MessageArg::Text(p.display().to_string());
        match self {
            Self::CreateDir { path: p, source } => vec![("path", path(p)), ("detail", source.to_string().into())],
            Self::Open { path: p, source } => vec![("path", path(p)), ("detail", source.to_string().into())],
            Self::TooNew { found, supported } => {
                vec![("found", i64::from(*found).into()), ("supported", i64::from(*supported).into())]
            }
            Self::Backup { path: p, detail } => vec![("path", path(p)), ("detail", detail.as_str().into())],
            Self::JournalMode { mode } => vec![("mode", mode.as_str().into())],
            Self::MissionExists { code } | Self::MissionNotFound { code } => vec![("code", code.as_str().into())],
            Self::NotFound { kind, id } | Self::Exists { kind, id } => {
                vec![("kind", (*kind).into()), ("id", id.as_str().into())]
            }
            Self::Corrupt { detail } => vec![("detail", detail.as_str().into())],
            Self::NotDiwan | Self::WrongPassphrase | Self::WrongKey | Self::NoRandomness => Vec::new(),
            Self::KeyFile { path: p, detail } => vec![("path", path(p)), ("detail", detail.as_str().into())],
            Self::Sqlite(source) => vec![("detail", source.to_string().into())],
            Self::CopyDamaged { path: p, detail } | Self::CopyFailed { path: p, detail } => {
                vec![("path", path(p)), ("detail", detail.as_str().into())]
            }
            Self::InUse { path: p } => vec![("path", path(p))],
            Self::Invalid { reason, .. } => reason.message_args(),
        }
    }
}

impl StoreError {
    /// Wraps a core rule's refusal, keeping its message id.
    pub fn invalid<E: Localized + std::fmt::Display + Send + Sync + 'static>(error: E) -> Self {
        Self::Invalid { detail: error.to_string(), reason: Box::new(error) }
    }
}
