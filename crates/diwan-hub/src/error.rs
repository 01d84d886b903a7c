//! What the hub refuses, and why, as message ids the desktop shows in its
//! person's language (the ids live in `locales/*/diwan.ftl`).

use diwan_core::audit::AuditBreak;
use diwan_core::sign_in::SignInError;
use diwan_core::user::UserError;
use diwan_core::{Localized, MessageArg, ValidationError};

#[derive(Debug, thiserror::Error)]
pub enum HubError {
    #[error("the hub's database could not be reached or refused the work: {detail}")]
    Database { detail: String },
    #[error("this PostgreSQL database holds tables that are not the hub's; give the hub a database of its own")]
    NotHub,
    #[error("the hub's database is at schema {found}, newer than this hub ({supported}); update the hub")]
    TooNew { found: u32, supported: u32 },
    #[error("{name} is on the hub already")]
    PersonExists { name: String },
    #[error("nobody called {name} on the hub")]
    PersonUnknown { name: String },
    #[error("a mission with code {code} is on the hub already")]
    MissionExists { code: String },
    #[error("no mission with code {code} on the hub")]
    MissionUnknown { code: String },
    #[error("the account {handle} is on the hub already")]
    AccountExists { handle: String },
    #[error(transparent)]
    Account(#[from] diwan_core::account::AccountError),
    #[error(transparent)]
    Platform(#[from] diwan_core::platform::UnknownPlatform),
    #[error("this device's token is unknown or revoked: sign in again")]
    TokenRefused,
    #[error("the audit chain is broken at event {seq}")]
    AuditBroken { seq: u64 },
    #[error("no database: give --pg URL or set DIWAN_HUB_PG")]
    NoDatabaseUrl,
    #[error("the hub's tables are at schema {found}, this hub needs {supported}: run diwan-hub init first")]
    NotInitialised { found: u32, supported: u32 },
    #[error("cannot listen on {address}: {detail}")]
    Listen { address: String, detail: String },
    #[error("the hub's certificate or key cannot be used: {detail}")]
    Tls { detail: String },
    #[error("the system's random source failed")]
    NoRandomness,
    #[error("no passphrase could be read: {detail} (or set DIWAN_HUB_PASSPHRASE)")]
    NoPassphrase { detail: String },
    #[error("the two passphrases differ: nothing was changed")]
    PassphrasesDiffer,
    #[error("a post with uid {uid} is on the hub already")]
    PostExists { uid: String },
    #[error("no post with uid {uid} on the hub")]
    PostUnknown { uid: String },
    #[error("no crisis with uid {uid} on the hub")]
    CrisisUnknown { uid: String },
    #[error(transparent)]
    Media(#[from] diwan_core::media::MediaError),
    #[error("the image sent is not the one named {content}")]
    MediaMismatch { content: String },
    #[error("the hub has no image {content}")]
    MediaMissing { content: String },
    #[error("no comment with uid {uid} on this post on the hub")]
    CommentUnknown { uid: String },
    #[error("{name} holds no role at {mission} on the hub")]
    NotAtMission { name: String, mission: String },
    #[error("the hub never had version {version} of this post")]
    VersionUnknown { version: i64 },
    #[error("the change key {key} was used by someone else")]
    KeyTaken { key: String },
    #[error("the hub cannot read what was sent: {0}")]
    Unreadable(#[from] diwan_protocol::convert::Unreadable),
    #[error(transparent)]
    SignIn(#[from] SignInError),
    #[error(transparent)]
    User(#[from] UserError),
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

impl From<tokio_postgres::Error> for HubError {
    fn from(error: tokio_postgres::Error) -> Self {
        // The server's own words where it gave some (a constraint, a lost connection).
        let detail = error.as_db_error().map_or_else(|| error.to_string(), |db| db.message().to_owned());
        Self::Database { detail }
    }
}

impl From<deadpool_postgres::PoolError> for HubError {
    fn from(error: deadpool_postgres::PoolError) -> Self {
        Self::Database { detail: error.to_string() }
    }
}

impl From<AuditBreak> for HubError {
    fn from(error: AuditBreak) -> Self {
        Self::AuditBroken { seq: error.seq() }
    }
}

impl Localized for HubError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Database { .. } => "error-hub-database",
            Self::NotHub => "error-hub-not-hub",
            Self::TooNew { .. } => "error-hub-too-new",
            Self::PersonExists { .. } => "error-hub-person-exists",
            Self::PersonUnknown { .. } => "error-hub-person-unknown",
            Self::MissionExists { .. } => "error-mission-exists",
            Self::MissionUnknown { .. } => "error-mission-not-found",
            Self::AccountExists { .. } => "error-hub-account-exists",
            Self::Account(inner) => inner.message_id(),
            Self::Platform(inner) => inner.message_id(),
            Self::TokenRefused => "error-hub-token-refused",
            Self::AuditBroken { .. } => "error-hub-audit-broken",
            Self::NoDatabaseUrl => "error-hub-no-database-url",
            Self::NotInitialised { .. } => "error-hub-not-initialised",
            Self::Listen { .. } => "error-hub-listen",
            Self::Tls { .. } => "error-hub-tls",
            Self::NoRandomness => "error-hub-no-randomness",
            Self::NoPassphrase { .. } => "error-hub-no-passphrase",
            Self::PassphrasesDiffer => "cli-passphrases-differ",
            Self::PostExists { .. } => "error-hub-post-exists",
            Self::PostUnknown { .. } => "error-hub-post-unknown",
            Self::CrisisUnknown { .. } => "error-hub-crisis-unknown",
            Self::NotAtMission { .. } => "error-hub-not-at-mission",
            Self::Media(inner) => inner.message_id(),
            Self::MediaMismatch { .. } => "error-hub-media-mismatch",
            Self::MediaMissing { .. } => "error-hub-media-missing",
            Self::CommentUnknown { .. } => "error-hub-comment-unknown",
            Self::VersionUnknown { .. } => "error-hub-version-unknown",
            Self::KeyTaken { .. } => "error-hub-key-taken",
            Self::Unreadable(_) => "error-hub-unreadable",
            Self::SignIn(inner) => inner.message_id(),
            Self::User(inner) => inner.message_id(),
            Self::Invalid(inner) => inner.message_id(),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        let number = |n: u64| MessageArg::Number(i64::try_from(n).unwrap_or(i64::MAX));
        match self {
            Self::Database { detail } => vec![("detail", detail.as_str().into())],
            Self::TooNew { found, supported } | Self::NotInitialised { found, supported } => {
                vec![("found", number(u64::from(*found))), ("supported", number(u64::from(*supported)))]
            }
            Self::PersonExists { name } | Self::PersonUnknown { name } => vec![("name", name.as_str().into())],
            Self::MissionExists { code } | Self::MissionUnknown { code } => vec![("code", code.as_str().into())],
            Self::AccountExists { handle } => vec![("handle", handle.as_str().into())],
            Self::Account(inner) => inner.message_args(),
            Self::Platform(inner) => inner.message_args(),
            Self::AuditBroken { seq } => vec![("seq", number(*seq))],
            Self::PostExists { uid }
            | Self::PostUnknown { uid }
            | Self::CrisisUnknown { uid }
            | Self::CommentUnknown { uid } => {
                vec![("uid", uid.as_str().into())]
            }
            Self::VersionUnknown { version } => vec![("version", MessageArg::Number(*version))],
            Self::Media(inner) => inner.message_args(),
            Self::MediaMismatch { content } | Self::MediaMissing { content } => {
                vec![("content", content.as_str().into())]
            }
            Self::NotAtMission { name, mission } => {
                vec![("name", name.as_str().into()), ("mission", mission.as_str().into())]
            }
            Self::KeyTaken { key } => vec![("key", key.as_str().into())],
            Self::Unreadable(inner) => {
                vec![("field", inner.field.into()), ("value", inner.value.as_str().into())]
            }
            Self::SignIn(inner) => inner.message_args(),
            Self::User(inner) => inner.message_args(),
            Self::Invalid(inner) => inner.message_args(),
            Self::Listen { address, detail } => {
                vec![("address", address.as_str().into()), ("detail", detail.as_str().into())]
            }
            Self::NoPassphrase { detail } | Self::Tls { detail } => vec![("detail", detail.as_str().into())],
            Self::NotHub | Self::TokenRefused | Self::NoDatabaseUrl | Self::NoRandomness | Self::PassphrasesDiffer => {
                Vec::new()
            }
        }
    }
}

/// Any refusal as the wire carries it: the message id and its arguments.
pub(crate) fn refusal(error: &impl Localized) -> diwan_protocol::Refusal {
    let args = error
        .message_args()
        .into_iter()
        .map(|(name, value)| {
            let value = match value {
                MessageArg::Text(text) => serde_json::Value::from(text),
                MessageArg::Number(n) => serde_json::Value::from(n),
            };
            (name.to_owned(), value)
        })
        .collect();
    diwan_protocol::Refusal { code: error.message_id().to_owned(), args }
}
