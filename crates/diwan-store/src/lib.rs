//! Diwan's SQLite store.
//!
//! Architecture invariant: every write is one transaction; a failed write
//! changes nothing. Architecture invariant: the schema only moves forward, by
//! the migrations in `migrations.rs`, and a database written by a newer Diwan
//! is refused rather than touched.

mod accounts;
mod audit;
mod backup;
mod blackouts;
mod calendar;
mod credentials;
mod crisis;
mod error;
mod keyring;
mod migrations;
mod ministry_days;
mod missions;
mod notes;
mod policies;
mod posts;
mod report;
mod review;
mod seen;
mod settings;
mod sync;
mod templates;
mod translation;
mod users;

#[cfg(test)]
mod domain_tests;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use audit::{AuditEntry, AuditQuery};
pub use backup::{aside_path, check_copy, check_copy_with, daily_backup_folder, replace, restore, CopyCheck};
pub use calendar::{CalendarEntry, CalendarQuery, VariantSummary, CALENDAR_SQL, MISSION_CALENDAR_SQL, PREVIEW_CHARS};
pub use error::StoreError;
pub use keyring::{DatabaseKey, KeyRing};
pub use migrations::{backup_path, beside, Upgrade, Upgraded, SCHEMA_VERSION};
pub use notes::{Comment, Media, PulledComment};
pub use policies::StoredPolicy;
pub use report::{EngagementRow, ReportFacts};
pub use sync::{ChainLink, HubLink, HubPerson, PendingChange, RefusedChange};
pub use translation::{memory_match_query, MemoryAdded, OnConflict, LOOKUP_WORDS};

/// How long a writer waits for another process (the CLI beside the app) to
/// finish its transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open Diwan database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// A shared lock on the database's lock file for as long as it is open,
    /// so that a restore does not swap the file under this connection.
    _lock: Option<std::fs::File>,
    /// The SQLCipher key of an encrypted database; `None` in clear.
    key: Option<DatabaseKey>,
    /// What opening it did to an older file, if anything.
    upgraded: Option<Upgraded>,
}

/// Whether the file at `path` is encrypted: a clear SQLite file starts
/// with its format's name, an encrypted one with random bytes.
pub fn is_encrypted(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 16];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header)).is_ok() && &header != b"SQLite format 3\0"
}

impl Store {
    /// Opens (creating if need be) the database at `path` and brings its
    /// schema up to date, backing the file up first if it holds older data.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(path, None, &mut |_| {})
    }

    /// [`Store::open`], telling `progress` how an upgrade goes (an older
    /// ministry file is copied, then migrated: minutes, not milliseconds).
    pub fn open_upgrading(path: &Path, progress: &mut dyn FnMut(Upgrade)) -> Result<Self, StoreError> {
        Self::open_with(path, None, progress)
    }

    /// Opens the encrypted database at `path` with its key (from a key slot).
    pub fn open_encrypted(path: &Path, key: DatabaseKey) -> Result<Self, StoreError> {
        Self::open_with(path, Some(key), &mut |_| {})
    }

    fn open_with(path: &Path, key: Option<DatabaseKey>, progress: &mut dyn FnMut(Upgrade)) -> Result<Self, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|source| StoreError::CreateDir { path: parent.to_owned(), source })?;
        }
        let open_error = |source| StoreError::Open { path: path.to_owned(), source };
        // Look before touching: setting WAL mode (or anything else) would
        // change another program's file, which must be refused byte for byte.
        if std::fs::metadata(path).is_ok_and(|m| m.len() > 0) {
            let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let probe = Connection::open_with_flags(path, flags).map_err(open_error)?;
            if let Some(key) = &key {
                key.apply(&probe)?;
            }
            migrations::check_is_ours(&probe, migrations::MIGRATIONS).map_err(|e| match (e, &key) {
                // The key came from a slot that opened: the file is damaged or not this database's.
                (StoreError::NotDiwan, Some(_)) => StoreError::WrongKey,
                (e, _) => e,
            })?;
        }
        let lock_file = backup::lock_path(path);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_file)
            .map_err(|source| StoreError::CreateDir { path: lock_file, source })?;
        // Only a restore holds it alone, and only for the moment of the swap.
        lock.try_lock_shared().map_err(|_| StoreError::InUse { path: path.to_owned() })?;
        let conn = Connection::open(path).map_err(open_error)?;
        if let Some(key) = &key {
            key.apply(&conn)?;
        }
        let mut store = Self::set_up(conn, Some(path.to_owned()), key, progress)?;
        store._lock = Some(lock);
        Ok(store)
    }

    /// Another connection to the same file (with the same key), for work
    /// that must not hold up this one: the daily backup of a large file
    /// runs on it while the app goes on answering on this one. `None` for
    /// a database in memory, which no other connection can see.
    pub fn another_connection(&self) -> Result<Option<Self>, StoreError> {
        self.path.as_deref().map(|path| Self::open_with(path, self.key.clone(), &mut |_| {})).transpose()
    }

    /// A private database that lives as long as the value; for tests.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::set_up(Connection::open_in_memory()?, None, None, &mut |_| {})
    }

    fn set_up(
        conn: Connection,
        path: Option<PathBuf>,
        key: Option<DatabaseKey>,
        progress: &mut dyn FnMut(Upgrade),
    ) -> Result<Self, StoreError> {
        configure(&conn)?;
        let mut store = Self { conn, path, _lock: None, key, upgraded: None };
        store.upgraded = migrations::migrate(
            &mut store.conn,
            store.path.as_deref(),
            store.key.as_ref(),
            migrations::MIGRATIONS,
            progress,
        )?;
        Ok(store)
    }

    /// The upgrade opening this database made, if it was older.
    pub fn upgraded(&self) -> Option<&Upgraded> {
        self.upgraded.as_ref()
    }

    /// The schema version this database is at.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        migrations::user_version(&self.conn)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The key of an encrypted database.
    pub fn key(&self) -> Option<&DatabaseKey> {
        self.key.as_ref()
    }

    /// Writes an encrypted copy of this (clear) database to `to` with
    /// `key` (SQLCipher's `sqlcipher_export`), and checks it opens with it.
    pub fn encrypt_to(&self, to: &Path, key: &DatabaseKey) -> Result<CopyCheck, StoreError> {
        let _ = std::fs::remove_file(to);
        self.conn.execute(&format!("ATTACH DATABASE ?1 AS encrypted KEY {}", key.pragma()), [to.to_string_lossy()])?;
        let exported = (|| -> Result<(), StoreError> {
            self.conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
            let version = migrations::user_version(&self.conn)?;
            self.conn.execute_batch(&format!(
                "PRAGMA encrypted.user_version = {version}; PRAGMA encrypted.application_id = {};",
                migrations::APPLICATION_ID
            ))?;
            Ok(())
        })();
        self.conn.execute_batch("DETACH DATABASE encrypted")?;
        exported?;
        backup::check_copy_with(to, Some(key))
    }

    /// Read queries on the committed state.
    pub fn read(&self) -> Reader<'_> {
        Reader { conn: &self.conn }
    }

    /// Runs `work` on one snapshot of the committed state: every query in it
    /// sees the same database, even while another process commits. Inside a
    /// snapshot already, `work` simply joins it.
    pub fn snapshot<T, E: From<StoreError>>(&self, work: impl FnOnce(Reader<'_>) -> Result<T, E>) -> Result<T, E> {
        if !self.conn.is_autocommit() {
            return work(self.read());
        }
        // A deferred transaction takes its snapshot at the first read and
        // holds it until it ends; it never writes.
        let tx = self.conn.unchecked_transaction().map_err(StoreError::from)?;
        let value = work(Reader { conn: &tx })?;
        tx.finish().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Runs `work` in one write transaction: everything it writes is
    /// committed together, or nothing is when it returns an error.
    pub fn write<T, E: From<StoreError>>(
        &mut self,
        work: impl FnOnce(&mut Writer<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        // IMMEDIATE takes the write lock now, so ids read inside the
        // transaction cannot be taken by another process before commit.
        let tx =
            self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(StoreError::from)?;
        let mut writer = Writer { tx };
        let value = work(&mut writer)?;
        writer.link_queued_changes()?;
        writer.tx.commit().map_err(StoreError::from)?;
        Ok(value)
    }
}

/// Read queries, on the store or inside a write transaction.
#[derive(Debug, Clone, Copy)]
pub struct Reader<'c> {
    conn: &'c Connection,
}

/// Writes inside one transaction; see [`Store::write`].
#[derive(Debug)]
pub struct Writer<'c> {
    tx: rusqlite::Transaction<'c>,
}

impl Writer<'_> {
    /// Reads what this transaction has written so far.
    pub fn read(&self) -> Reader<'_> {
        Reader { conn: &self.tx }
    }
}

/// Unix seconds for a UTC time, as stored.
pub(crate) fn to_unix(t: chrono::DateTime<chrono::Utc>) -> i64 {
    t.timestamp()
}

pub(crate) fn from_unix(seconds: i64) -> Result<chrono::DateTime<chrono::Utc>, StoreError> {
    chrono::DateTime::from_timestamp(seconds, 0)
        .ok_or_else(|| StoreError::Corrupt { detail: format!("timestamp {seconds} out of range") })
}

pub(crate) fn parse_time(text: &str) -> Result<chrono::DateTime<chrono::Utc>, StoreError> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|_| StoreError::Corrupt { detail: format!("time {text:?}") })
}

/// Connection settings that every connection needs.
fn configure(conn: &Connection) -> Result<(), StoreError> {
    // A locked file (another Diwan process mid-write) must not look like an error at once.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL lets the CLI read while the app writes. synchronous=FULL makes a
    // committed transaction (an acknowledged approval) survive a power cut.
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if mode != "wal" && mode != "memory" {
        return Err(StoreError::JournalMode { mode });
    }
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pragma<T: rusqlite::types::FromSql>(store: &Store, name: &str) -> T {
        store.conn.query_row(&format!("PRAGMA {name}"), [], |row| row.get(0)).expect(name)
    }

    #[test]
    fn a_file_database_is_durable_and_checks_foreign_keys() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("nested/diwan.db")).expect("open");
        assert_eq!(pragma::<String>(&store, "journal_mode"), "wal");
        assert_eq!(pragma::<i64>(&store, "synchronous"), 2, "2 is FULL");
        assert_eq!(pragma::<i64>(&store, "foreign_keys"), 1);
        assert_eq!(pragma::<i64>(&store, "busy_timeout"), 5000);
        assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    }

    fn file_hash(path: &Path) -> Vec<u8> {
        use sha2::Digest;
        sha2::Sha256::digest(std::fs::read(path).expect("read")).to_vec()
    }

    /// The files SQLite keeps beside a database, which opening must not leave behind either.
    fn side_files(path: &Path) -> Vec<PathBuf> {
        ["-wal", "-shm", "-journal"]
            .iter()
            .map(|suffix| PathBuf::from(format!("{}{suffix}", path.display())))
            .filter(|p| p.exists())
            .collect()
    }

    #[test]
    fn another_programs_sqlite_file_is_refused_byte_for_byte_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("contacts.db");
        {
            let conn = Connection::open(&path).expect("create");
            conn.execute_batch(
                "PRAGMA journal_mode = DELETE; CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');",
            )
            .expect("foreign file");
        }
        let before = file_hash(&path);
        let err = Store::open(&path).expect_err("refused");
        assert!(matches!(err, StoreError::NotDiwan), "{err:?}");
        assert_eq!(file_hash(&path), before, "the file is byte for byte as it was");
        assert!(side_files(&path).is_empty(), "no WAL or journal left beside it: {:?}", side_files(&path));
        let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("reopen");
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).expect("mode");
        assert_eq!(mode, "delete");
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_refused_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, "ceci n'est pas une base de données\n".repeat(200)).expect("write");
        let before = file_hash(&path);
        let err = Store::open(&path).expect_err("refused");
        assert!(matches!(err, StoreError::NotDiwan), "{err:?}");
        assert_eq!(file_hash(&path), before);
        assert!(side_files(&path).is_empty());
    }

    #[test]
    fn a_database_from_a_newer_diwan_is_refused_byte_for_byte_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("diwan.db");
        {
            let store = Store::open(&path).expect("create");
            store.conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).expect("bump");
            // A newer Diwan might have left the file in another journal mode.
            store.conn.execute_batch("PRAGMA journal_mode = DELETE").expect("mode");
        }
        let before = file_hash(&path);
        let err = Store::open(&path).expect_err("refused");
        assert!(matches!(err, StoreError::TooNew { .. }), "{err:?}");
        assert_eq!(file_hash(&path), before);
        assert!(side_files(&path).is_empty());
    }

    #[test]
    fn opening_twice_is_idempotent() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("diwan.db");
        drop(Store::open(&path).expect("first"));
        let store = Store::open(&path).expect("second");
        assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    }
}
