//! The errors every front end receives.

use diwan_core::account::AccountError;
use diwan_core::approval::PolicyError;
use diwan_core::audit::AuditBreak;
use diwan_core::backups::BackupError;
use diwan_core::blackout::BlackoutError;
use diwan_core::calendar::TimeError;
use diwan_core::comment::CommentError;
use diwan_core::crisis::CrisisError;
use diwan_core::link::LinkError;
use diwan_core::media::MediaError;
use diwan_core::platform::UnknownPlatform;
use diwan_core::post::PostError;
use diwan_core::sign_in::SignInError;
use diwan_core::template::TemplateError;
use diwan_core::translation::glossary::GlossaryError;
use diwan_core::user::UserError;
use diwan_core::{Localized, MessageArg, ValidationError};
use diwan_store::StoreError;

use crate::dto::ErrorDto;
use crate::exchange::ImportError;

/// An error from any use case, with the Fluent message id a person reads.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Validation(#[from] ValidationError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Post(#[from] PostError),
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error(transparent)]
    User(#[from] UserError),
    #[error(transparent)]
    Time(#[from] TimeError),
    #[error(transparent)]
    Platform(#[from] UnknownPlatform),
    #[error(transparent)]
    AuditBroken(#[from] AuditBreak),
    #[error(transparent)]
    Comment(#[from] CommentError),
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    Policy(#[from] PolicyError),
    #[error(transparent)]
    Crisis(#[from] CrisisError),
    #[error(transparent)]
    Blackout(#[from] BlackoutError),
    #[error(transparent)]
    Media(#[from] MediaError),
    #[error(transparent)]
    Glossary(#[from] GlossaryError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    SignIn(#[from] SignInError),
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error(transparent)]
    Link(#[from] LinkError),
    #[error("no user named {name}")]
    UserNotFound { name: String },
    #[error("no post {id}")]
    PostNotFound { id: i64 },
    #[error("account {id} is not one of mission {mission}'s active accounts")]
    AccountNotInMission { id: i64, mission: String },
    #[error("language code {language:?} is not valid")]
    LanguageInvalid { language: String },
    #[error("cannot write {path}: {detail}")]
    Io { path: String, detail: String },
    #[error("{path} does not end in .{extension}")]
    ExportExtension { path: String, extension: &'static str },
    #[error("every sample mission is already there")]
    NoSampleLeft,
    #[error("no mission has code {code}")]
    MissionNotFound { code: String },
    #[error("an image upload came without its post or file name")]
    UploadMalformed,
    #[error("stopped before the end, as asked; nothing was changed")]
    Cancelled,
    #[error("{at:?} is a local time: say which mission's clock it is on")]
    LocalTimeNeedsMission { at: String },
    #[error("Diwan does not speak {locale:?}")]
    LocaleUnknown { locale: String },
    #[error("mission {mission} does not post in {language}")]
    CalendarLanguageUnknown { mission: String, language: String, valid: String },
    #[error("{value:?} is not one of {valid}")]
    FilterInvalid { value: String, valid: String },
    #[error("mission {mission} has no account {id}")]
    CalendarAccountUnknown { mission: String, id: i64, valid: String },
    #[error("{url} is not a hub address Diwan will use")]
    HubAddress { url: String },
    #[error("the hub at {url} could not be reached: {detail}")]
    HubUnreachable { url: String, detail: String },
    #[error("the hub refused: {0:?}")]
    HubRefused(crate::hub::HubRefusal),
    #[error("this database is not connected to a hub")]
    HubNotConnected,
    #[error("this database is connected to another hub, {url}")]
    HubOtherConnected { url: String },
    #[error("{name} holds no role at any mission on the hub")]
    HubNoMissions { name: String },
    #[error("the hub sent what Diwan cannot read: {0}")]
    HubSentUnreadable(#[from] diwan_protocol::convert::Unreadable),
    #[error("no refused change {key}")]
    RefusedChangeNotFound { key: String },
    #[error("the hub's audit chain no longer holds event {seq} as this desktop saw it")]
    HubChainDiffers { seq: i64 },
    #[error("at most {days} days at once")]
    SpanTooLong { days: i64 },
    #[error("no period {period} (valid: {valid})")]
    PeriodUnknown { period: String, valid: String },
    #[error("event {seq} of this desktop's audit trail is not the one the hub recorded a change under")]
    LinkedEventDiffers { seq: i64 },
}

impl ApiError {
    /// The failed quality checks, when marking a translation done was
    /// refused for them (the CLI lists them; the app shows them beside the text).
    pub fn qa_issues(&self) -> Option<Vec<crate::dto::QaIssueDto>> {
        match self {
            Self::Post(PostError::QaFailed { issues }) => {
                Some(issues.iter().map(crate::translation::issue_dto).collect())
            }
            _ => None,
        }
    }
}

impl Localized for ApiError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Validation(inner) => inner.message_id(),
            Self::Store(inner) => inner.message_id(),
            Self::Post(inner) => inner.message_id(),
            Self::Account(inner) => inner.message_id(),
            Self::User(inner) => inner.message_id(),
            Self::Time(inner) => inner.message_id(),
            Self::Platform(inner) => inner.message_id(),
            Self::AuditBroken(inner) => inner.message_id(),
            Self::Comment(inner) => inner.message_id(),
            Self::Template(inner) => inner.message_id(),
            Self::Policy(inner) => inner.message_id(),
            Self::Crisis(inner) => inner.message_id(),
            Self::Blackout(inner) => inner.message_id(),
            Self::Media(inner) => inner.message_id(),
            Self::Glossary(inner) => inner.message_id(),
            Self::Import(inner) => inner.message_id(),
            Self::SignIn(inner) => inner.message_id(),
            Self::Backup(inner) => inner.message_id(),
            Self::Link(inner) => inner.message_id(),
            Self::UserNotFound { .. } => "error-user-not-found",
            Self::PostNotFound { .. } => "error-post-not-found",
            Self::AccountNotInMission { .. } => "error-account-not-in-mission",
            Self::LanguageInvalid { .. } => "error-mission-language-invalid",
            Self::Io { .. } => "error-io",
            Self::ExportExtension { .. } => "error-export-extension",
            Self::NoSampleLeft => "error-sample-none-left",
            Self::MissionNotFound { .. } => "error-mission-not-found",
            Self::LocalTimeNeedsMission { .. } => "error-local-time-needs-mission",
            Self::UploadMalformed => "error-upload-malformed",
            Self::Cancelled => "error-cancelled",
            Self::LocaleUnknown { .. } => "error-locale-unknown",
            Self::CalendarLanguageUnknown { .. } => "error-calendar-language-unknown",
            Self::CalendarAccountUnknown { .. } => "error-calendar-account-unknown",
            Self::FilterInvalid { .. } => "error-filter-invalid",
            Self::HubAddress { .. } => "error-hub-address",
            Self::HubUnreachable { .. } => "error-hub-unreachable",
            Self::HubRefused(inner) => inner.message_id(),
            Self::HubNotConnected => "error-hub-not-connected",
            Self::HubOtherConnected { .. } => "error-hub-other-connected",
            Self::HubNoMissions { .. } => "error-hub-no-missions",
            Self::HubSentUnreadable(_) => "error-hub-sent-unreadable",
            Self::RefusedChangeNotFound { .. } => "error-refused-change-not-found",
            Self::HubChainDiffers { .. } => "error-hub-chain-differs",
            Self::LinkedEventDiffers { .. } => "error-linked-event-differs",
            Self::SpanTooLong { .. } => "error-span-too-long",
            Self::PeriodUnknown { .. } => "error-period-unknown",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Validation(inner) => inner.message_args(),
            Self::Store(inner) => inner.message_args(),
            Self::Post(inner) => inner.message_args(),
            Self::Account(inner) => inner.message_args(),
            Self::User(inner) => inner.message_args(),
            Self::Time(inner) => inner.message_args(),
            Self::Platform(inner) => inner.message_args(),
            Self::AuditBroken(inner) => inner.message_args(),
            Self::Comment(inner) => inner.message_args(),
            Self::Template(inner) => inner.message_args(),
            Self::Policy(inner) => inner.message_args(),
            Self::Crisis(inner) => inner.message_args(),
            Self::Blackout(inner) => inner.message_args(),
            Self::Media(inner) => inner.message_args(),
            Self::Glossary(inner) => inner.message_args(),
            Self::Import(inner) => inner.message_args(),
            Self::SignIn(inner) => inner.message_args(),
            Self::Backup(inner) => inner.message_args(),
            Self::Link(inner) => inner.message_args(),
            Self::UserNotFound { name } => vec![("name", name.as_str().into())],
            Self::PostNotFound { id } => vec![("id", (*id).into())],
            Self::AccountNotInMission { id, mission } => {
                vec![("id", (*id).into()), ("mission", mission.as_str().into())]
            }
            Self::LanguageInvalid { language } => vec![("language", language.as_str().into())],
            Self::Io { path, detail } => vec![("path", path.as_str().into()), ("detail", detail.as_str().into())],
            Self::ExportExtension { path, extension } => {
                vec![("path", path.as_str().into()), ("extension", (*extension).into())]
            }
            Self::NoSampleLeft | Self::UploadMalformed | Self::Cancelled => Vec::new(),
            Self::MissionNotFound { code } => vec![("code", code.as_str().into())],
            Self::LocalTimeNeedsMission { at } => vec![("at", at.as_str().into())],
            Self::LocaleUnknown { locale } => vec![("locale", locale.as_str().into())],
            Self::CalendarLanguageUnknown { mission, language, valid } => vec![
                ("mission", mission.as_str().into()),
                ("language", language.as_str().into()),
                ("valid", valid.as_str().into()),
            ],
            Self::CalendarAccountUnknown { mission, id, valid } => {
                vec![("mission", mission.as_str().into()), ("id", (*id).into()), ("valid", valid.as_str().into())]
            }
            Self::FilterInvalid { value, valid } => {
                vec![("value", value.as_str().into()), ("valid", valid.as_str().into())]
            }
            Self::HubAddress { url } => vec![("url", url.as_str().into())],
            Self::HubUnreachable { url, detail } => {
                vec![("url", url.as_str().into()), ("detail", detail.as_str().into())]
            }
            Self::HubRefused(inner) => inner.message_args(),
            Self::HubNotConnected => Vec::new(),
            Self::HubOtherConnected { url } => vec![("url", url.as_str().into())],
            Self::HubNoMissions { name } => vec![("name", name.as_str().into())],
            Self::HubSentUnreadable(inner) => {
                vec![("field", inner.field.into()), ("value", inner.value.as_str().into())]
            }
            Self::RefusedChangeNotFound { key } => vec![("key", key.as_str().into())],
            Self::HubChainDiffers { seq } | Self::LinkedEventDiffers { seq } => vec![("seq", (*seq).into())],
            Self::SpanTooLong { days } => vec![("days", (*days).into())],
            Self::PeriodUnknown { period, valid } => {
                vec![("period", period.as_str().into()), ("valid", valid.as_str().into())]
            }
        }
    }
}

impl ApiError {
    /// The form that crosses IPC: the message id and its arguments.
    pub fn to_dto(&self) -> ErrorDto {
        ErrorDto::from_localized(self)
    }
}
