//! Encryption at rest: one random key for the database, wrapped once per
//! person by a key derived from their own passphrase (key slots, as LUKS
//! does), so that each person opens the database with their own passphrase
//! and changing one changes no other.
//!
//! The slots live beside the database in `F.keys` (JSON): for each login
//! name, an Argon2id salt, a nonce and the database key sealed with
//! XChaCha20-Poly1305 (the login name bound in as associated data, so a slot
//! cannot be moved to another name). A wrong passphrase fails the seal's
//! check: nothing is ever opened, let alone written.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use argon2::Argon2;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};

use crate::migrations::beside;
use crate::StoreError;

/// The database's own key: 32 random bytes, given to SQLCipher as a raw
/// key (no second key derivation inside SQLCipher). Zeroed when dropped.
pub struct DatabaseKey([u8; 32]);

impl DatabaseKey {
    pub fn generate() -> Result<Self, StoreError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|_| StoreError::NoRandomness)?;
        Ok(Self(bytes))
    }

    /// The `PRAGMA key` value: `x'…'`, a raw 256-bit key.
    pub(crate) fn pragma(&self) -> String {
        format!("\"x'{}'\"", hex(&self.0))
    }

    /// Gives `conn` the key, before it reads anything.
    pub(crate) fn apply(&self, conn: &rusqlite::Connection) -> Result<(), StoreError> {
        conn.execute_batch(&format!("PRAGMA key = {};", self.pragma()))?;
        Ok(())
    }
}

/// A second connection to the same database needs the key too; each copy
/// is zeroed when dropped.
impl Clone for DatabaseKey {
    fn clone(&self) -> Self {
        Self(self.0)
    }
}

impl Drop for DatabaseKey {
    fn drop(&mut self) {
        // Volatile enough for this purpose: the bytes do not outlive the key.
        self.0.iter_mut().for_each(|b| *b = 0);
        std::hint::black_box(&self.0);
    }
}

impl std::fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseKey(…)")
    }
}

/// The key slots of one database.
#[derive(Debug)]
pub struct KeyRing {
    path: PathBuf,
    file: KeyFile,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct KeyFile {
    /// The format of this file; another one is refused.
    format: u32,
    /// What derives each slot's key: Argon2id with OWASP's parameters.
    kdf: String,
    slots: BTreeMap<String, Slot>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct Slot {
    salt: String,
    nonce: String,
    sealed: String,
}

const FORMAT: u32 = 1;
const KDF: &str = "argon2id v19 m=19456 t=2 p=1";

impl KeyRing {
    /// The key file beside a database: `diwan.db.keys`.
    pub fn path_for(db: &Path) -> PathBuf {
        beside(db, ".keys")
    }

    /// The key slots of the database at `db`, or `None` when it has none
    /// (a database in clear).
    pub fn load(db: &Path) -> Result<Option<Self>, StoreError> {
        let path = Self::path_for(db);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(StoreError::KeyFile { path, detail: source.to_string() }),
        };
        let file: KeyFile = serde_json::from_str(&text)
            .map_err(|e| StoreError::KeyFile { path: path.clone(), detail: e.to_string() })?;
        if file.format != FORMAT || file.kdf != KDF {
            return Err(StoreError::KeyFile {
                path,
                detail: format!("format {} ({}) is not known", file.format, file.kdf),
            });
        }
        Ok(Some(Self { path, file }))
    }

    /// No slots yet, for the database at `db` (saved by [`KeyRing::save`]).
    pub fn new(db: &Path) -> Self {
        Self { path: Self::path_for(db), file: KeyFile { format: FORMAT, kdf: KDF.to_owned(), slots: BTreeMap::new() } }
    }

    /// The database key, if `passphrase` is `user`'s. An unknown name and a
    /// wrong passphrase are the same refusal and cost the same time.
    pub fn unlock(&self, user: &str, passphrase: &str) -> Result<DatabaseKey, StoreError> {
        let Some(slot) = self.file.slots.get(user) else {
            let _ = derive(passphrase, &[0u8; 16]);
            return Err(StoreError::WrongPassphrase);
        };
        let (salt, nonce, sealed) = (unhex(&slot.salt)?, unhex(&slot.nonce)?, unhex(&slot.sealed)?);
        let kek = derive(passphrase, &salt)?;
        let nonce: [u8; 24] = nonce.try_into().map_err(|_| StoreError::WrongPassphrase)?;
        let opened = XChaCha20Poly1305::new(&kek.into())
            .decrypt(&XNonce::from(nonce), Payload { msg: &sealed, aad: user.as_bytes() })
            .map_err(|_| StoreError::WrongPassphrase)?;
        let bytes: [u8; 32] = opened.try_into().map_err(|_| StoreError::WrongPassphrase)?;
        Ok(DatabaseKey(bytes))
    }

    /// Seals `key` for `user` under `passphrase`, replacing their slot.
    pub fn set_slot(&mut self, user: &str, passphrase: &str, key: &DatabaseKey) -> Result<(), StoreError> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        getrandom::fill(&mut salt).map_err(|_| StoreError::NoRandomness)?;
        getrandom::fill(&mut nonce).map_err(|_| StoreError::NoRandomness)?;
        let kek = derive(passphrase, &salt)?;
        let sealed = XChaCha20Poly1305::new(&kek.into())
            .encrypt(&XNonce::from(nonce), Payload { msg: &key.0, aad: user.as_bytes() })
            .map_err(|_| StoreError::NoRandomness)?;
        self.file.slots.insert(user.to_owned(), Slot { salt: hex(&salt), nonce: hex(&nonce), sealed: hex(&sealed) });
        Ok(())
    }

    pub fn has_slot(&self, user: &str) -> bool {
        self.file.slots.contains_key(user)
    }

    /// Writes the slots beside, synced, then renamed over the old file: a
    /// crash leaves the old slots or the new ones, never half of them.
    pub fn save(&self) -> Result<(), StoreError> {
        let io = |e: std::io::Error| StoreError::KeyFile { path: self.path.clone(), detail: e.to_string() };
        let partial = beside(&self.path, ".partial");
        let text = serde_json::to_string_pretty(&self.file)
            .map_err(|e| StoreError::KeyFile { path: self.path.clone(), detail: e.to_string() })?;
        let mut out = std::fs::File::create(&partial).map_err(io)?;
        out.write_all(text.as_bytes()).map_err(io)?;
        out.sync_all().map_err(io)?;
        std::fs::rename(&partial, &self.path).map_err(io)?;
        Ok(())
    }
}

/// A slot's key from a passphrase: Argon2id, OWASP's parameters.
fn derive(passphrase: &str, salt: &[u8]) -> Result<[u8; 32], StoreError> {
    let mut out = [0u8; 32];
    Argon2::default()
        .hash_password_into(passphrase.as_bytes(), salt, &mut out)
        .map_err(|_| StoreError::WrongPassphrase)?;
    Ok(out)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Result<Vec<u8>, StoreError> {
    (0..text.len())
        .step_by(2)
        .map(|i| text.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
        .collect::<Option<Vec<u8>>>()
        .ok_or(StoreError::WrongPassphrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_person_opens_with_their_own_passphrase_and_a_change_touches_no_other() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("diwan.db");
        let key = DatabaseKey::generate().expect("key");
        let mut ring = KeyRing::new(&db);
        ring.set_slot("amina", "amina's long words", &key).expect("slot");
        ring.set_slot("karim", "karim's own words", &key).expect("slot");
        ring.save().expect("save");

        let ring = KeyRing::load(&db).expect("load").expect("there");
        assert_eq!(ring.unlock("amina", "amina's long words").expect("amina").0, key.0);
        assert_eq!(ring.unlock("karim", "karim's own words").expect("karim").0, key.0);
        assert!(matches!(ring.unlock("amina", "karim's own words"), Err(StoreError::WrongPassphrase)));
        assert!(matches!(ring.unlock("nobody", "amina's long words"), Err(StoreError::WrongPassphrase)));

        let text = std::fs::read_to_string(KeyRing::path_for(&db)).expect("read");
        assert!(!text.contains("long words") && !text.contains(&hex(&key.0)), "neither passphrase nor key in clear");

        let mut ring = ring;
        let karim_before = ring.file.slots["karim"].clone();
        ring.set_slot("amina", "a new sentence for amina", &key).expect("change");
        assert_eq!(ring.file.slots["karim"], karim_before, "Karim's slot is untouched");
        assert!(ring.unlock("amina", "amina's long words").is_err());
        assert!(ring.unlock("amina", "a new sentence for amina").is_ok());
    }

    #[test]
    fn a_slot_moved_to_another_name_does_not_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("diwan.db");
        let key = DatabaseKey::generate().expect("key");
        let mut ring = KeyRing::new(&db);
        ring.set_slot("amina", "amina's long words", &key).expect("slot");
        let moved = ring.file.slots["amina"].clone();
        ring.file.slots.insert("karim".into(), moved);
        assert!(matches!(ring.unlock("karim", "amina's long words"), Err(StoreError::WrongPassphrase)));
    }

    #[test]
    fn a_damaged_key_file_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("diwan.db");
        std::fs::write(KeyRing::path_for(&db), "{ not json").expect("write");
        assert!(matches!(KeyRing::load(&db), Err(StoreError::KeyFile { .. })));
        assert!(KeyRing::load(&dir.path().join("other.db")).expect("none").is_none());
    }
}
