//! A mission's platform accounts.

use chrono::NaiveDate;
use diwan_core::account::{Account, AccountId, NewAccount, Verification};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::calendar::TimeError;
use diwan_core::MissionCode;

use crate::dto::{AccountDto, NewAccountDto};
use crate::{ApiError, Diwan};

impl From<&Account> for AccountDto {
    fn from(account: &Account) -> Self {
        let Account { id, mission, platform, handle, languages, verification, active, limit_override } = account;
        let (verified_on, evidence) = match verification {
            Verification::Unverified => (None, None),
            Verification::Verified { on, evidence } | Verification::Revoked { on, evidence } => {
                (Some(on.to_string()), Some(evidence.clone()))
            }
        };
        Self {
            id: id.0,
            mission: mission.to_string(),
            platform: (*platform).into(),
            handle: handle.as_str().to_owned(),
            languages: languages.iter().map(ToString::to_string).collect(),
            verification: verification.status().to_owned(),
            verified_on,
            verification_evidence: evidence,
            active: *active,
            limit_override: *limit_override,
        }
    }
}

impl Diwan {
    pub fn accounts(&self, mission: Option<&str>) -> Result<Vec<AccountDto>, ApiError> {
        let mission = mission.map(MissionCode::parse).transpose()?;
        Ok(self.store.read().accounts(mission.as_ref())?.iter().map(AccountDto::from).collect())
    }

    pub fn add_account(&mut self, input: NewAccountDto) -> Result<AccountDto, ApiError> {
        let new = NewAccount {
            mission: MissionCode::parse(&input.mission)?,
            platform: input.platform.parse()?,
            handle: input.handle,
            languages: input.languages,
            limit_override: input.limit_override,
        };
        let now = self.now();
        self.store.write(|w| {
            let account = w.insert_account(&new)?;
            w.append_audit(
                NewAuditEvent::new(now, "system", AuditAction::AccountAdded, format!("account:{}", account.id.0))
                    .with_detail(format!("{} {} @{}", account.mission, account.platform, account.handle.as_str())),
            )?;
            Ok(AccountDto::from(&account))
        })
    }

    /// Records the platform's verification mark (or its removal) with evidence.
    pub fn verify_account(
        &mut self,
        actor: &str,
        id: i64,
        on: &str,
        evidence: &str,
        revoked: bool,
    ) -> Result<AccountDto, ApiError> {
        let actor = self.user(actor)?;
        let on = NaiveDate::parse_from_str(on.trim(), "%Y-%m-%d")
            .map_err(|_| TimeError::Unparsable { input: on.to_owned() })?;
        let now = self.now();
        self.store.write(|w| {
            let mut account = w
                .read()
                .account(AccountId(id))?
                .ok_or_else(|| ApiError::AccountNotInMission { id, mission: String::new() })?;
            if !actor.has_role(&account.mission, diwan_core::user::Role::Admin) {
                return Err(diwan_core::post::PostError::RoleMissing {
                    role: diwan_core::user::Role::Admin,
                    mission: account.mission.to_string(),
                }
                .into());
            }
            if revoked {
                account.revoke(on, evidence)?
            } else {
                account.verify(on, evidence)?
            }
            w.update_account(&account)?;
            w.append_audit(
                NewAuditEvent::new(
                    now,
                    actor.name.to_string(),
                    if revoked { AuditAction::AccountVerificationRevoked } else { AuditAction::AccountVerified },
                    format!("account:{id}"),
                )
                .with_detail(format!("{on} {evidence}")),
            )?;
            Ok(AccountDto::from(&account))
        })
    }
}
