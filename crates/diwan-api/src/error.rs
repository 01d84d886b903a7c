//! The errors every front end receives.

use diwan_core::{Localized, MessageArg, ValidationError};
use diwan_store::StoreError;

use crate::dto::ErrorDto;

/// An error from any use case, with the Fluent message id a person reads.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Validation(#[from] ValidationError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("every sample mission is already there")]
    NoSampleLeft,
    #[error("no mission has code {code}")]
    MissionNotFound { code: String },
    #[error("Diwan does not speak {locale:?}")]
    LocaleUnknown { locale: String },
}

impl Localized for ApiError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Validation(inner) => inner.message_id(),
            Self::Store(inner) => inner.message_id(),
            Self::NoSampleLeft => "error-sample-none-left",
            Self::MissionNotFound { .. } => "error-mission-not-found",
            Self::LocaleUnknown { .. } => "error-locale-unknown",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Validation(inner) => inner.message_args(),
            Self::Store(inner) => inner.message_args(),
            Self::NoSampleLeft => Vec::new(),
            Self::MissionNotFound { code } => vec![("code", code.as_str().into())],
            Self::LocaleUnknown { locale } => vec![("locale", locale.as_str().into())],
        }
    }
}

impl ApiError {
    /// The form that crosses IPC: the message id and its arguments.
    pub fn to_dto(&self) -> ErrorDto {
        ErrorDto::from_localized(self)
    }
}
