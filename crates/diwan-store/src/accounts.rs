//! A mission's accounts on the platforms.

use chrono::NaiveDate;
use diwan_core::account::{Account, AccountId, Handle, NewAccount, Verification};
use diwan_core::{LanguageCode, MissionCode};
use rusqlite::{ErrorCode, OptionalExtension, Row};

use crate::{Reader, StoreError, Writer};

const COLUMNS: &str = "a.id, m.code, a.platform, a.handle, a.languages, a.verification, a.verified_on, \
                       a.verification_evidence, a.active, a.limit_override";

impl Writer<'_> {
    /// Validates and adds an account; returns it with its new id.
    pub fn insert_account(&mut self, new: &NewAccount) -> Result<Account, StoreError> {
        let mission_id = self.read().mission_id(&new.mission)?;
        let next: i64 = self.tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM accounts", [], |row| row.get(0))?;
        let account = new.validate(AccountId(next)).map_err(StoreError::invalid)?;
        let languages: Vec<&str> = account.languages.iter().map(LanguageCode::as_str).collect();
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT INTO accounts (id, mission_id, platform, handle, languages, limit_override) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute((
                account.id.0,
                mission_id,
                account.platform.as_str(),
                account.handle.as_str(),
                languages.join(","),
                account.limit_override,
            ));
        match inserted {
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::ConstraintViolation => {
                Err(StoreError::Exists {
                    kind: "account",
                    id: format!("{}:{}", account.platform, account.handle.as_str()),
                })
            }
            other => other.map(|_| account).map_err(StoreError::from),
        }
    }

    /// Saves an account's verification and active flag.
    pub fn update_account(&mut self, account: &Account) -> Result<(), StoreError> {
        let (status, on, evidence) = match &account.verification {
            Verification::Unverified => ("unverified", None, None),
            Verification::Verified { on, evidence } => ("verified", Some(on.to_string()), Some(evidence.as_str())),
            Verification::Revoked { on, evidence } => ("revoked", Some(on.to_string()), Some(evidence.as_str())),
        };
        let changed = self.tx.execute(
            "UPDATE accounts SET verification = ?2, verified_on = ?3, verification_evidence = ?4, active = ?5, limit_override = ?6 WHERE id = ?1",
            (account.id.0, status, on, evidence, account.active, account.limit_override),
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound { kind: "account", id: account.id.0.to_string() });
        }
        Ok(())
    }
}

impl Reader<'_> {
    /// A mission's accounts, or every account, by id.
    pub fn accounts(&self, mission: Option<&MissionCode>) -> Result<Vec<Account>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM accounts a JOIN missions m ON m.id = a.mission_id WHERE ?1 IS NULL OR m.code = ?1 ORDER BY a.id"
        );
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows = statement.query_map([mission.map(MissionCode::as_str)], read_row)?;
        rows.map(|row| row?).collect()
    }

    pub fn account(&self, id: AccountId) -> Result<Option<Account>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM accounts a JOIN missions m ON m.id = a.mission_id WHERE a.id = ?1");
        self.conn.prepare_cached(&sql)?.query_row([id.0], read_row).optional()?.transpose()
    }
}

fn read_row(row: &Row<'_>) -> rusqlite::Result<Result<Account, StoreError>> {
    let id: i64 = row.get(0)?;
    let code: String = row.get(1)?;
    let platform: String = row.get(2)?;
    let handle: String = row.get(3)?;
    let languages: String = row.get(4)?;
    let status: String = row.get(5)?;
    let on: Option<String> = row.get(6)?;
    let evidence: Option<String> = row.get(7)?;
    let active: bool = row.get(8)?;
    let limit_override: Option<u32> = row.get(9)?;
    let corrupt = |what: &str| StoreError::Corrupt { detail: format!("account {id}: {what}") };
    Ok((|| {
        let date =
            || on.as_deref().and_then(|d| d.parse::<NaiveDate>().ok()).ok_or_else(|| corrupt("verification date"));
        let verification = match status.as_str() {
            "unverified" => Verification::Unverified,
            "verified" => Verification::Verified { on: date()?, evidence: evidence.clone().unwrap_or_default() },
            "revoked" => Verification::Revoked { on: date()?, evidence: evidence.clone().unwrap_or_default() },
            _ => return Err(corrupt("verification status")),
        };
        Ok(Account {
            id: AccountId(id),
            mission: MissionCode::parse(&code).map_err(|_| corrupt("mission"))?,
            platform: platform.parse().map_err(|_| corrupt("platform"))?,
            handle: Handle::parse(&handle).map_err(|_| corrupt("handle"))?,
            languages: languages
                .split(',')
                .map(|l| LanguageCode::parse(l).ok_or_else(|| corrupt("language")))
                .collect::<Result<_, _>>()?,
            verification,
            active,
            limit_override,
        })
    })())
}
