//! Encryption at rest: SQLCipher with one random key per database, opened
//! by each person's own passphrase through their key slot
//! (`diwan_store::KeyRing`, beside the database in `F.keys`).

use std::path::{Path, PathBuf};

use chrono::Utc;
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::sign_in::SignInError;
use diwan_core::user::UserName;
use diwan_store::{beside, DatabaseKey, KeyRing, Store, StoreError};

use crate::{ApiError, Diwan};

impl Diwan {
    /// Opens the database at `path` for `user` and signs them in: an
    /// encrypted one through their key slot (a wrong passphrase opens
    /// nothing and writes nothing), a clear one as it is.
    pub fn open_as(path: &Path, user: &str, passphrase: &str) -> Result<Self, ApiError> {
        let mut diwan = if diwan_store::is_encrypted(path) {
            let ring = KeyRing::load(path)?.ok_or_else(|| StoreError::KeyFile {
                path: KeyRing::path_for(path),
                detail: "missing: the encrypted database cannot be opened without it".to_owned(),
            })?;
            let key = ring.unlock(user, passphrase).map_err(wrong_passphrase)?;
            Self {
                store: Store::open_encrypted(path, key)?,
                clock: Utc::now,
                session: None,
                redoing: None,
                demo_day: None,
            }
        } else {
            Self::open(path)?
        };
        diwan.sign_in(user, passphrase)?;
        Ok(diwan)
    }

    pub fn is_encrypted(&self) -> bool {
        self.store.key().is_some()
    }

    /// The signed-in administrator encrypts this clear database: the clear
    /// file is kept aside (returned; README, "Security", says how to go
    /// back), the encrypted copy is checked before it takes its place, and
    /// the administrator's passphrase opens it. Everyone else is given a
    /// one-time passphrase, which makes their own key slot.
    pub fn encrypt(&mut self, passphrase: &str) -> Result<PathBuf, ApiError> {
        let actor = self.user(&self.acting_user()?)?;
        if !actor.administers_any() {
            return Err(SignInError::NotAdministrator.into());
        }
        self.encrypt_for(&actor.name, passphrase)
    }

    /// Encrypts with `user`'s passphrase sealing the first slot; the caller
    /// decided they may (an administrator, or the first one being made,
    /// who administers no mission while there is none).
    pub(crate) fn encrypt_for(&mut self, user: &UserName, passphrase: &str) -> Result<PathBuf, ApiError> {
        let actor = self.user(user.as_str())?;
        if self.is_encrypted() {
            return Err(SignInError::EncryptedAlready.into());
        }
        let path = self.store.path().map(Path::to_owned).ok_or(SignInError::EncryptedAlready)?;
        self.check_passphrase(&actor.name, passphrase)?;
        let key = DatabaseKey::generate()?;
        let staged = beside(&path, ".encrypting");
        self.store.encrypt_to(&staged, &key)?;
        let mut ring = KeyRing::new(&path);
        ring.set_slot(actor.name.as_str(), passphrase, &key)?;
        // The slots first: a crash before the swap leaves the clear file
        // (opened as it is), never an encrypted one without its slots.
        ring.save()?;
        let stamp = Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
        let aside = beside(&path, &format!(".before-encryption-{stamp}"));
        // Close this connection: the swap waits for no Diwan to have the file open.
        drop(std::mem::replace(&mut self.store, Store::open_in_memory()?));
        let swapped = diwan_store::replace(&path, &staged, &aside, None, Some(&key));
        let _ = std::fs::remove_file(&staged);
        if let Err(error) = swapped {
            // Still in clear: take the slots back, and reopen as it was.
            let _ = std::fs::remove_file(KeyRing::path_for(&path));
            self.store = Store::open(&path)?;
            return Err(error.into());
        }
        self.store = Store::open_encrypted(&path, key)?;
        // The daily copies taken in clear go (the clear file kept aside is
        // the one copy in clear left), and today's is taken encrypted.
        let folder = diwan_store::daily_backup_folder(&path);
        for entry in std::fs::read_dir(&folder).into_iter().flatten().filter_map(Result::ok) {
            let name = entry.file_name();
            if diwan_core::backups::day_of(&name.to_string_lossy()).is_some()
                && !diwan_store::is_encrypted(&entry.path())
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        self.keep_daily_backups()?;
        let now = self.now();
        self.store.write(|w| {
            w.append_audit(NewAuditEvent::new(
                now,
                actor.name.to_string(),
                AuditAction::DatabaseEncrypted,
                "database".to_owned(),
            ))?;
            Ok::<_, ApiError>(())
        })?;
        Ok(aside)
    }

    /// Seals this database's key for `user` under `passphrase` (a changed
    /// or one-time passphrase); nothing for a database in clear.
    pub(crate) fn set_key_slot(&self, user: &UserName, passphrase: &str) -> Result<(), ApiError> {
        let (Some(key), Some(path)) = (self.store.key(), self.store.path()) else { return Ok(()) };
        let mut ring = KeyRing::load(path)?.unwrap_or_else(|| KeyRing::new(path));
        ring.set_slot(user.as_str(), passphrase, key)?;
        ring.save()?;
        Ok(())
    }

    /// Whether `passphrase` opens `user`'s key slot; `None` for a database
    /// in clear (the hash in the database decides then).
    pub(crate) fn slot_opens(&self, user: &UserName, passphrase: &str) -> Result<Option<bool>, ApiError> {
        let Some(path) = self.store.path().filter(|_| self.is_encrypted()) else { return Ok(None) };
        let Some(ring) = KeyRing::load(path)? else { return Ok(Some(false)) };
        Ok(Some(ring.unlock(user.as_str(), passphrase).is_ok()))
    }
}

fn wrong_passphrase(error: StoreError) -> ApiError {
    match error {
        StoreError::WrongPassphrase => SignInError::WrongPassphrase.into(),
        other => other.into(),
    }
}

#[cfg(test)]
mod tests;
