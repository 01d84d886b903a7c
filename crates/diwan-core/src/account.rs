//! A mission's accounts on the platforms, and the evidence that each is
//! really the mission's (impersonation is a risk the ministries name).

use chrono::NaiveDate;

use crate::language::LanguageCode;
use crate::message::{Localized, MessageArg};
use crate::mission::MissionCode;
use crate::platform::Platform;

/// The store's id of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccountId(pub i64);

/// Whether the platform has verified the account as the mission's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    Unverified,
    Verified {
        on: NaiveDate,
        evidence: String,
    },
    /// The platform withdrew the mark: treat the account with suspicion.
    Revoked {
        on: NaiveDate,
        evidence: String,
    },
}

impl Verification {
    pub fn status(&self) -> &'static str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified { .. } => "verified",
            Self::Revoked { .. } => "revoked",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: AccountId,
    pub mission: MissionCode,
    pub platform: Platform,
    pub handle: Handle,
    pub languages: Vec<LanguageCode>,
    pub verification: Verification,
    pub active: bool,
    /// The account's own text limit where the platform lets it differ.
    pub limit_override: Option<u32>,
}

/// An account's name on its platform, without a leading `@`: `AlgerieFrance`,
/// `ambassade@mastodon.social`, `mfa_iraq`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Handle(String);

impl Handle {
    pub const MAX_LEN: usize = 100;

    pub fn parse(input: &str) -> Result<Self, AccountError> {
        let handle = input.trim().trim_start_matches('@');
        let ok = !handle.is_empty()
            && handle.chars().count() <= Self::MAX_LEN
            && !handle.chars().any(|c| c.is_whitespace() || c.is_control());
        if ok {
            Ok(Self(handle.to_owned()))
        } else {
            Err(AccountError::HandleInvalid { handle: input.to_owned() })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An account as typed, before validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAccount {
    pub mission: MissionCode,
    pub platform: Platform,
    pub handle: String,
    pub languages: Vec<String>,
    pub limit_override: Option<u32>,
}

impl NewAccount {
    pub fn validate(&self, id: AccountId) -> Result<Account, AccountError> {
        let handle = Handle::parse(&self.handle)?;
        let mut languages = Vec::new();
        for raw in &self.languages {
            let language =
                LanguageCode::parse(raw).ok_or_else(|| AccountError::LanguageInvalid { language: raw.clone() })?;
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
        if languages.is_empty() {
            return Err(AccountError::NoLanguage);
        }
        if self.limit_override.is_some() && !self.platform.rule().limit_per_account {
            return Err(AccountError::LimitNotPerAccount { platform: self.platform });
        }
        if self.limit_override == Some(0) {
            return Err(AccountError::LimitZero);
        }
        Ok(Account {
            id,
            mission: self.mission.clone(),
            platform: self.platform,
            handle,
            languages,
            verification: Verification::Unverified,
            active: true,
            limit_override: self.limit_override,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("handle {handle:?} is not valid")]
    HandleInvalid { handle: String },
    #[error("language code {language:?} is not valid")]
    LanguageInvalid { language: String },
    #[error("an account needs at least one language")]
    NoLanguage,
    #[error("{platform} sets one limit for every account")]
    LimitNotPerAccount { platform: Platform },
    #[error("a limit of zero would refuse every post")]
    LimitZero,
    #[error("verification needs evidence")]
    EvidenceMissing,
}

impl Localized for AccountError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::HandleInvalid { .. } => "error-account-handle-invalid",
            Self::LanguageInvalid { .. } => "error-mission-language-invalid",
            Self::NoLanguage => "error-account-no-language",
            Self::LimitNotPerAccount { .. } => "error-account-limit-not-per-account",
            Self::LimitZero => "error-account-limit-zero",
            Self::EvidenceMissing => "error-account-evidence-missing",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::HandleInvalid { handle } => vec![("handle", handle.as_str().into())],
            Self::LanguageInvalid { language } => vec![("language", language.as_str().into())],
            Self::LimitNotPerAccount { platform } => vec![("platform", platform.as_str().into())],
            Self::NoLanguage | Self::LimitZero | Self::EvidenceMissing => Vec::new(),
        }
    }
}

impl Account {
    /// Records the platform's verification mark, with the evidence a
    /// colleague can check later (a link, a ticket number, a screenshot name).
    pub fn verify(&mut self, on: NaiveDate, evidence: &str) -> Result<(), AccountError> {
        let evidence = evidence.trim();
        if evidence.is_empty() {
            return Err(AccountError::EvidenceMissing);
        }
        self.verification = Verification::Verified { on, evidence: evidence.to_owned() };
        Ok(())
    }

    pub fn revoke(&mut self, on: NaiveDate, evidence: &str) -> Result<(), AccountError> {
        let evidence = evidence.trim();
        if evidence.is_empty() {
            return Err(AccountError::EvidenceMissing);
        }
        self.verification = Verification::Revoked { on, evidence: evidence.to_owned() };
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new(platform: Platform, limit: Option<u32>) -> NewAccount {
        NewAccount {
            mission: MissionCode::parse("DZ-FR-PAR").expect("code"),
            platform,
            handle: "@AlgerieFrance".into(),
            languages: vec!["fr".into(), "ar".into()],
            limit_override: limit,
        }
    }

    #[test]
    fn a_new_account_is_active_unverified_and_normalised() {
        let account = new(Platform::X, None).validate(AccountId(1)).expect("valid");
        assert_eq!(account.handle.as_str(), "AlgerieFrance");
        assert_eq!(account.verification, Verification::Unverified);
        assert!(account.active);
    }

    #[test]
    fn only_platforms_with_per_account_limits_take_one() {
        assert!(new(Platform::X, Some(25_000)).validate(AccountId(1)).is_ok());
        assert!(new(Platform::Mastodon, Some(1_000)).validate(AccountId(1)).is_ok());
        assert_eq!(
            new(Platform::Instagram, Some(5_000)).validate(AccountId(1)),
            Err(AccountError::LimitNotPerAccount { platform: Platform::Instagram })
        );
        assert_eq!(new(Platform::X, Some(0)).validate(AccountId(1)), Err(AccountError::LimitZero));
    }

    #[test]
    fn verification_needs_evidence() {
        let mut account = new(Platform::X, None).validate(AccountId(1)).expect("valid");
        let on = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
        assert_eq!(account.verify(on, "  "), Err(AccountError::EvidenceMissing));
        account.verify(on, "X support ticket 4411").expect("verify");
        assert_eq!(account.verification.status(), "verified");
        account.revoke(on, "mark removed after handle change").expect("revoke");
        assert_eq!(account.verification.status(), "revoked");
    }

    #[test]
    fn handles_refuse_spaces_and_emptiness() {
        assert!(Handle::parse("@ ").is_err());
        assert!(Handle::parse("a b").is_err());
        assert_eq!(
            Handle::parse("ambassade@mastodon.social").map(|h| h.as_str().to_owned()),
            Ok("ambassade@mastodon.social".into())
        );
    }
}
