//! Copies of the database: taken while it is in use (SQLite's online
//! backup), checked before they are trusted, and restored with the file
//! they replace kept aside.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::migrations::{self, beside};
use crate::{DatabaseKey, Reader, Store, StoreError};

/// What a checked copy holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyCheck {
    pub schema_version: u32,
    /// Events in its audit trail, every one of them chained intact.
    pub audit_events: u64,
}

/// `name.ext` → `name.ext.partial`: where a file is written before it takes its name.
pub(crate) fn partial(path: &Path) -> PathBuf {
    beside(path, ".partial")
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::CopyFailed { path: path.to_owned(), detail: source.to_string() }
}

impl Store {
    /// Copies the database to `to`, consistent even while others write to
    /// it: SQLite's online backup into a file beside `to`, which then takes
    /// its name, so `to` is never half written. The copy is one file (no
    /// write-ahead log beside it) and is checked before this returns.
    pub fn backup_to(&self, to: &Path) -> Result<CopyCheck, StoreError> {
        self.backup_to_with(to, &mut |_, _| {})
    }

    /// [`Store::backup_to`], telling `progress` how many of the file's pages
    /// are copied (a ministry's file is gigabytes).
    pub fn backup_to_with(&self, to: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<CopyCheck, StoreError> {
        let partial = partial(to);
        // A partial file is ours, left by a copy that died half way.
        let _ = std::fs::remove_file(&partial);
        copy_pages(&self.conn, self.key.as_ref(), &partial, progress)?;
        let check = check_copy_with(&partial, self.key.as_ref());
        if check.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        let check = check?;
        std::fs::rename(&partial, to).map_err(io(to))?;
        Ok(check)
    }
}

/// Copies `from` page by page into a new file at `to` (encrypted with
/// `key` when the source is), telling `progress` how many pages are done.
/// The copy is one file, without a write-ahead log beside it.
pub(crate) fn copy_pages(
    from: &Connection,
    key: Option<&DatabaseKey>,
    to: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(), StoreError> {
    let mut copy = Connection::open(to).map_err(|source| StoreError::Open { path: to.to_owned(), source })?;
    if let Some(key) = key {
        key.apply(&copy)?;
    }
    let backup = rusqlite::backup::Backup::new(from, &mut copy)?;
    // 256 pages at a time, pausing between, so that writers are never held
    // up for long (what `run_to_completion` does, told).
    loop {
        let step = backup.step(256)?;
        let pages = backup.progress();
        let total = u64::try_from(pages.pagecount).unwrap_or(0);
        progress(total.saturating_sub(u64::try_from(pages.remaining).unwrap_or(0)), total);
        if step == rusqlite::backup::StepResult::Done {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    drop(backup);
    let _: String = copy.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    Ok(())
}

/// Checks a copy without changing a byte of it: a Diwan database this
/// build can open, whole by `PRAGMA integrity_check`, and with its audit
/// trail intact.
pub fn check_copy(path: &Path) -> Result<CopyCheck, StoreError> {
    check_copy_with(path, None)
}

/// [`check_copy`] of an encrypted copy: `key` must open it.
pub fn check_copy_with(path: &Path, key: Option<&crate::DatabaseKey>) -> Result<CopyCheck, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|source| StoreError::Open { path: path.to_owned(), source })?;
    if let Some(key) = key {
        key.apply(&conn)?;
    }
    let schema_version = migrations::check_is_ours(&conn, migrations::MIGRATIONS).map_err(|e| match (e, key) {
        (StoreError::NotDiwan, Some(_)) => StoreError::WrongKey,
        (e, _) => e,
    })?;
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" {
        return Err(StoreError::CopyDamaged { path: path.to_owned(), detail: integrity });
    }
    let read = Reader { conn: &conn };
    let damaged = |detail: String| StoreError::CopyDamaged { path: path.to_owned(), detail };
    let head = read.audit_head().map_err(|e| damaged(e.to_string()))?;
    // Read as a stream: a ministry's ten million events in constant memory.
    let mut verifier = diwan_core::audit::Verifier::default();
    read.each_audit_event(|event| {
        verifier.push(&event);
        Ok::<_, StoreError>(())
    })
    .map_err(|e| damaged(e.to_string()))?;
    let audit_events = verifier.finish(head).map_err(|broken| damaged(broken.to_string()))?;
    Ok(CopyCheck { schema_version, audit_events })
}

/// The lock file beside a database: every open `Store` holds a shared
/// lock on it, so a restore (which needs it alone) knows when a Diwan still
/// has the database open.
pub(crate) fn lock_path(db: &Path) -> PathBuf {
    beside(db, ".lock")
}

/// The folder of the daily backups beside a database: `diwan.db.backups/`.
pub fn daily_backup_folder(db: &Path) -> PathBuf {
    beside(db, ".backups")
}

/// Where the database a restore replaces is kept.
pub fn aside_path(db: &Path, stamp: &str) -> PathBuf {
    beside(db, &format!(".before-restore-{stamp}"))
}

/// Replaces the database at `db` with the copy at `copy`, once the copy is
/// checked and nobody is writing to `db`. The database it replaces is kept
/// aside (returned); a copy from an older Diwan is migrated when next
/// opened, with its own backup first.
pub fn restore(
    db: &Path,
    copy: &Path,
    stamp: &str,
    key: Option<&crate::DatabaseKey>,
) -> Result<(CopyCheck, Option<PathBuf>), StoreError> {
    replace(db, copy, &aside_path(db, stamp), key, key)
}

/// Puts the checked `copy` (opened by `copy_key` when encrypted) in the
/// place of the database at `db` (opened by `live_key`), which is kept at
/// `aside`; refused while any Diwan has `db` open.
pub fn replace(
    db: &Path,
    copy: &Path,
    aside: &Path,
    live_key: Option<&crate::DatabaseKey>,
    copy_key: Option<&crate::DatabaseKey>,
) -> Result<(CopyCheck, Option<PathBuf>), StoreError> {
    let check = check_copy_with(copy, copy_key)?;
    // Alone with the database, or not at all: an open Diwan would go on
    // writing to the file set aside.
    let lock =
        std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(lock_path(db)).map_err(io(db))?;
    if lock.try_lock().is_err() {
        return Err(StoreError::InUse { path: db.to_owned() });
    }
    let staged = partial(db);
    std::fs::copy(copy, &staged).map_err(io(&staged))?;
    let aside = if std::fs::metadata(db).is_ok() {
        // Fold the write-ahead log in, and make sure no one is writing: a
        // Diwan with this database open must be closed first.
        let live = Connection::open(db).map_err(|source| StoreError::Open { path: db.to_owned(), source })?;
        if let Some(key) = live_key {
            key.apply(&live)?;
        }
        live.busy_timeout(Duration::from_millis(500))?;
        let busy = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                StoreError::InUse { path: db.to_owned() }
            }
            _ => StoreError::from(e),
        };
        live.execute_batch("BEGIN IMMEDIATE; COMMIT;").map_err(busy)?;
        let (blocked, _, _): (i64, i64, i64) = live
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(busy)?;
        if blocked != 0 {
            let _ = std::fs::remove_file(&staged);
            return Err(StoreError::InUse { path: db.to_owned() });
        }
        drop(live);
        let aside = aside.to_owned();
        std::fs::rename(db, &aside).map_err(io(&aside))?;
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(beside(db, suffix));
        }
        Some(aside)
    } else {
        None
    };
    std::fs::rename(&staged, db).map_err(io(db))?;
    Ok((check, aside))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setting(store: &mut Store, value: &str) {
        store
            .write(|w| {
                w.tx.execute(
                    "INSERT INTO settings (key, value) VALUES ('ui-locale', ?1) \
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [value],
                )?;
                Ok::<_, StoreError>(())
            })
            .expect("write");
    }

    fn read_setting(path: &Path) -> String {
        let store = Store::open(path).expect("open");
        store.conn.query_row("SELECT value FROM settings WHERE key = 'ui-locale'", [], |r| r.get(0)).expect("value")
    }

    #[test]
    fn a_copy_taken_while_open_restores_with_the_old_file_kept_aside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("diwan.db");
        let copy = dir.path().join("copy.diwan");
        let mut store = Store::open(&db).expect("open");
        setting(&mut store, "ar");
        let check = store.backup_to(&copy).expect("backup while open");
        assert_eq!(check.schema_version, migrations::SCHEMA_VERSION);
        assert!(!dir.path().join("copy.diwan-wal").exists(), "one file");
        setting(&mut store, "fr");

        let refused = restore(&db, &copy, "t1", None).expect_err("a Diwan still has it open");
        assert!(matches!(refused, StoreError::InUse { .. }), "{refused:?}");
        drop(store);
        assert_eq!(read_setting(&db), "fr", "nothing changed");
        let (_, aside) = restore(&db, &copy, "t2", None).expect("restore");
        assert_eq!(read_setting(&db), "ar", "the copy's content");
        assert_eq!(read_setting(&aside.expect("kept aside")), "fr", "the replaced database, kept");
    }

    #[test]
    fn a_copy_tells_how_many_pages_are_copied_up_to_the_whole_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(&dir.path().join("diwan.db")).expect("open");
        // More than one step's 256 pages: a setting of 2 MB.
        setting(&mut store, &"x".repeat(2_000_000));
        let mut seen: Vec<(u64, u64)> = Vec::new();
        store
            .backup_to_with(&dir.path().join("copy.diwan"), &mut |done, total| seen.push((done, total)))
            .expect("copy");
        assert!(seen.len() > 1, "several steps: {seen:?}");
        assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "never backwards: {seen:?}");
        let (done, total) = *seen.last().expect("a report");
        assert!(total > 256 && done == total, "ends with the whole file: {seen:?}");
    }

    #[test]
    fn a_damaged_or_foreign_copy_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("diwan.db");
        let mut store = Store::open(&db).expect("open");
        setting(&mut store, "en");
        drop(store);

        let foreign = dir.path().join("contacts.db");
        Connection::open(&foreign).expect("foreign").execute_batch("CREATE TABLE contacts (name TEXT)").expect("table");
        assert!(matches!(restore(&db, &foreign, "t", None), Err(StoreError::NotDiwan)));
        let garbage = dir.path().join("garbage.db");
        std::fs::write(&garbage, b"not a database at all, not even close to one").expect("write");
        assert!(restore(&db, &garbage, "t", None).is_err());

        // A copy whose audit trail was tampered with.
        let tampered = dir.path().join("tampered.db");
        Store::open(&db).expect("open").backup_to(&tampered).expect("copy");
        {
            let conn = Connection::open(&tampered).expect("open copy");
            conn.execute_batch(
                "INSERT INTO audit_events (seq, at, actor, action, subject, before_hash, after_hash, detail, prev_hash, hash) \
                 VALUES (1, '2026-01-01T00:00:00Z', 'mallory', 'post.approved', 'post:1', NULL, NULL, '', \
                 '0000000000000000000000000000000000000000000000000000000000000000', \
                 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')",
            )
            .expect("tamper");
        }
        assert!(matches!(restore(&db, &tampered, "t", None), Err(StoreError::CopyDamaged { .. })));
        assert_eq!(read_setting(&db), "en", "the database is as it was");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| {
                e.file_name().to_string_lossy().contains("before-restore")
                    || e.file_name().to_string_lossy().ends_with(".partial")
            })
            .collect();
        assert!(leftovers.is_empty(), "nothing moved or staged: {leftovers:?}");
    }

    #[test]
    fn an_encrypted_database_needs_its_key_and_its_copies_are_encrypted_too() {
        let dir = tempfile::tempdir().expect("tempdir");
        let clear = dir.path().join("clear.db");
        let db = dir.path().join("diwan.db");
        let mut store = Store::open(&clear).expect("open");
        setting(&mut store, "ar");
        let key = crate::DatabaseKey::generate().expect("key");
        store.encrypt_to(&db, &key).expect("encrypt");
        drop(store);
        assert!(crate::is_encrypted(&db) && !crate::is_encrypted(&clear));

        // Without the key, or with another, nothing opens, and nothing is touched.
        let before = std::fs::read(&db).expect("read");
        assert!(matches!(Store::open(&db), Err(StoreError::NotDiwan)));
        let other = crate::DatabaseKey::generate().expect("key");
        assert!(matches!(Store::open_encrypted(&db, other), Err(StoreError::WrongKey)));
        assert_eq!(std::fs::read(&db).expect("read"), before, "byte for byte");

        let store = Store::open_encrypted(&db, key).expect("opens with its key");
        let copy = dir.path().join("copy.db");
        store.backup_to(&copy).expect("backup");
        assert!(crate::is_encrypted(&copy));
        assert!(check_copy(&copy).is_err(), "the copy needs the key too");
        assert!(check_copy_with(&copy, store.key()).is_ok());
        // The copy a migration takes first is encrypted as well (and see
        // migrations' own test of an encrypted file's upgrade).
        let before_migrating = dir.path().join("before-migrating.db");
        copy_pages(&store.conn, store.key(), &before_migrating, &mut |_, _| {}).expect("copy");
        assert!(crate::is_encrypted(&before_migrating), "no clear copy of an encrypted database");
    }
}
