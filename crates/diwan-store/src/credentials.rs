//! Passphrase hashes and the wrong tries since each person's last sign-in.

use chrono::{DateTime, Utc};
use diwan_core::sign_in::Attempts;
use diwan_core::user::UserName;
use rusqlite::OptionalExtension;

use crate::{parse_time, Reader, StoreError, Writer};

/// One person's stored passphrase: its Argon2id hash (PHC string) and
/// whether it is a one-time passphrase to change at first sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub phc: String,
    pub must_change: bool,
    pub attempts: Attempts,
}

impl Reader<'_> {
    pub fn credential(&self, name: &UserName) -> Result<Option<Credential>, StoreError> {
        let row: Option<(String, bool, u32, Option<String>)> = self
            .conn
            .prepare_cached(
                "SELECT c.phc, c.must_change, c.failures, c.last_failure FROM credentials c
                 JOIN users u ON u.id = c.user_id WHERE u.name = ?1",
            )?
            .query_row([name.as_str()], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
            .optional()?;
        let Some((phc, must_change, failures, last_failure)) = row else { return Ok(None) };
        let last_failure = last_failure.as_deref().map(parse_time).transpose()?;
        Ok(Some(Credential { phc, must_change, attempts: Attempts { failures, last_failure } }))
    }

    /// Whether anyone can sign in yet; before that, the first start asks
    /// for the first administrator.
    pub fn has_credentials(&self) -> Result<bool, StoreError> {
        Ok(self.conn.query_row("SELECT EXISTS (SELECT 1 FROM credentials)", [], |row| row.get(0))?)
    }
}

impl Writer<'_> {
    /// Sets `name`'s passphrase hash, clearing the wrong tries.
    pub fn set_credential(
        &mut self,
        name: &UserName,
        phc: &str,
        must_change: bool,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let user_id = self.read().user_id(name)?;
        self.tx
            .prepare_cached(
                "INSERT INTO credentials (user_id, phc, must_change, failures, last_failure, changed_at)
                 VALUES (?1, ?2, ?3, 0, NULL, ?4)
                 ON CONFLICT (user_id) DO UPDATE SET phc = excluded.phc, must_change = excluded.must_change,
                     failures = 0, last_failure = NULL, changed_at = excluded.changed_at",
            )?
            .execute((user_id, phc, must_change, at.to_rfc3339()))?;
        Ok(())
    }

    /// Records the wrong tries (or, with no failures, clears them).
    pub fn set_attempts(&mut self, name: &UserName, attempts: Attempts) -> Result<(), StoreError> {
        let user_id = self.read().user_id(name)?;
        self.tx
            .prepare_cached("UPDATE credentials SET failures = ?2, last_failure = ?3 WHERE user_id = ?1")?
            .execute((user_id, attempts.failures, attempts.last_failure.map(|t| t.to_rfc3339())))?;
        Ok(())
    }
}
