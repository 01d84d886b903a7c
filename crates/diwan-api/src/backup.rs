//! Copies of the database, as people take and restore them: `diwan backup`
//! while the app is open, `diwan restore` once the copy is checked, and the
//! daily copies the app keeps beside the database.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use diwan_core::audit::AuditAction;
use diwan_core::backups::{self, Retention};
use diwan_core::sign_in::SignInError;

use crate::dto::BackupSettingsDto;
use crate::{ApiError, Diwan};

/// What a backup or a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyReport {
    pub schema_version: u32,
    /// Audit events in the copy, every one of them chained intact.
    pub audit_events: u64,
    /// The database a restore replaced, kept aside.
    pub aside: Option<PathBuf>,
}

impl Diwan {
    /// Copies the database to `to` (consistent while others write) and checks the copy.
    pub fn backup(&self, to: &Path) -> Result<CopyReport, ApiError> {
        self.backup_with(to, &mut |_, _| {})
    }

    /// [`Diwan::backup`], telling `progress` how many pages are copied.
    pub fn backup_with(&self, to: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<CopyReport, ApiError> {
        let check = self.store.backup_to_with(to, progress)?;
        Ok(CopyReport { schema_version: check.schema_version, audit_events: check.audit_events, aside: None })
    }
}

/// Replaces the database at `db` with the copy at `copy` once the copy is
/// checked (a Diwan database, whole, its audit trail intact, not from a newer
/// Diwan) and no Diwan has `db` open; the replaced file is kept aside.
pub fn restore(db: &Path, copy: &Path) -> Result<CopyReport, ApiError> {
    if diwan_store::is_encrypted(db) || diwan_store::is_encrypted(copy) {
        return Err(SignInError::Encrypted.into());
    }
    restore_with(db, copy, None)
}

/// [`restore`] of an encrypted database: `user`'s passphrase must open its
/// key slot, and the database's key must open the copy, before anything
/// is replaced.
pub fn restore_as(db: &Path, copy: &Path, user: &str, passphrase: &str) -> Result<CopyReport, ApiError> {
    if !diwan_store::is_encrypted(db) {
        return restore(db, copy);
    }
    let ring = diwan_store::KeyRing::load(db)?.ok_or(SignInError::Encrypted)?;
    let key = ring.unlock(user, passphrase).map_err(|e| match e {
        diwan_store::StoreError::WrongPassphrase => ApiError::from(SignInError::WrongPassphrase),
        other => other.into(),
    })?;
    restore_with(db, copy, Some(&key))
}

fn restore_with(db: &Path, copy: &Path, key: Option<&diwan_store::DatabaseKey>) -> Result<CopyReport, ApiError> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let (check, aside) = diwan_store::restore(db, copy, &stamp, key)?;
    Ok(CopyReport { schema_version: check.schema_version, audit_events: check.audit_events, aside })
}

/// The setting that holds how many days of daily backups are kept.
const BACKUP_DAYS_SETTING: &str = "backup-days";

/// What one look at the daily backups did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DailyReport {
    pub taken: Option<PathBuf>,
    pub removed: Vec<PathBuf>,
}

impl Diwan {
    /// How many days of daily backups are kept (14 until an administrator changes it).
    pub fn backup_retention(&self) -> Result<Retention, ApiError> {
        Ok(Retention::from_stored(self.store.setting(BACKUP_DAYS_SETTING)?.as_deref()))
    }

    /// The daily backups as Settings shows them: how long they are kept,
    /// where, and the newest day there is one of.
    pub fn backup_settings(&self) -> Result<BackupSettingsDto, ApiError> {
        let folder = self.store.path().map(diwan_store::daily_backup_folder);
        let newest = match &folder {
            Some(folder) => daily_backups(folder)?.into_iter().next_back().map(|day| day.to_string()),
            None => None,
        };
        Ok(BackupSettingsDto {
            days: self.backup_retention()?.days(),
            folder: folder.map(|f| f.display().to_string()),
            newest,
        })
    }

    /// An administrator sets how many days of daily backups are kept; audited.
    pub fn set_backup_days(&mut self, actor: &str, days: u32) -> Result<BackupSettingsDto, ApiError> {
        let retention = Retention::new(days)?;
        self.set_admin_setting(actor, BACKUP_DAYS_SETTING, &retention.days().to_string(), AuditAction::BackupDaysSet)?;
        self.backup_settings()
    }

    /// Takes today's copy into the backups folder beside the database
    /// unless it is there, then removes the copies older than the
    /// retention. Only files named like daily backups are ever removed.
    pub fn keep_daily_backups(&self) -> Result<DailyReport, ApiError> {
        let Some(db) = self.store.path() else { return Ok(DailyReport::default()) };
        let folder = diwan_store::daily_backup_folder(db);
        std::fs::create_dir_all(&folder)
            .map_err(|e| ApiError::Io { path: folder.display().to_string(), detail: e.to_string() })?;
        let plan = backups::plan(self.now().date_naive(), &daily_backups(&folder)?, self.backup_retention()?);
        let mut report = DailyReport::default();
        if let Some(day) = plan.take {
            let file = folder.join(backups::daily_name(day));
            self.store.backup_to(&file)?;
            report.taken = Some(file);
        }
        for day in plan.remove {
            let file = folder.join(backups::daily_name(day));
            std::fs::remove_file(&file)
                .map_err(|e| ApiError::Io { path: file.display().to_string(), detail: e.to_string() })?;
            report.removed.push(file);
        }
        Ok(report)
    }
}

/// The days the folder holds a daily backup of (nothing when it does not exist yet).
fn daily_backups(folder: &Path) -> Result<BTreeSet<NaiveDate>, ApiError> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(ApiError::Io { path: folder.display().to_string(), detail: e.to_string() }),
    };
    Ok(entries.filter_map(Result::ok).filter_map(|e| backups::day_of(&e.file_name().to_string_lossy())).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_daily_backup_is_taken_once_a_day_and_the_old_ones_go() {
        let (_dir, path, diwan) = crate::testing::demo_file();
        let folder = diwan_store::daily_backup_folder(&path);
        std::fs::create_dir_all(&folder).expect("folder");
        std::fs::write(folder.join("diwan-2026-10-01.db"), b"an old copy").expect("old");
        std::fs::write(folder.join("notes.txt"), b"not a backup").expect("other");

        let report = diwan.keep_daily_backups().expect("daily");
        let taken = report.taken.expect("today's copy");
        assert_eq!(taken.file_name().and_then(|n| n.to_str()), Some("diwan-2026-11-18.db"));
        assert_eq!(diwan_store::check_copy(&taken).expect("a whole copy").schema_version, diwan_store::SCHEMA_VERSION);
        assert_eq!(report.removed, vec![folder.join("diwan-2026-10-01.db")]);
        assert!(folder.join("notes.txt").exists(), "only daily backups are ever removed");
        assert_eq!(diwan.keep_daily_backups().expect("again"), DailyReport::default(), "once a day");
        assert_eq!(diwan.backup_settings().expect("settings").newest.as_deref(), Some("2026-11-18"));
    }

    #[test]
    fn the_daily_backup_runs_on_another_connection_while_the_first_is_writing() {
        let (_dir, path, diwan) = crate::testing::demo_file();
        let events = diwan.verify_audit().expect("intact");
        let background = diwan.another_connection().expect("opens").expect("a file has other connections");
        assert!(background.acting_user().is_err(), "nobody is signed in on it");
        // A writer is in the middle of a transaction meanwhile.
        let writer = rusqlite::Connection::open(&path).expect("writer");
        writer.execute_batch("BEGIN IMMEDIATE; DELETE FROM glossary_terms;").expect("a write begins");
        let taken = background.keep_daily_backups().expect("daily").taken.expect("today's copy");
        writer.execute_batch("ROLLBACK").expect("and ends");
        assert_eq!(diwan_store::check_copy(&taken).expect("whole").audit_events, events);
        let in_memory = crate::testing::demo();
        assert!(in_memory.another_connection().expect("no error").is_none(), "memory has no other connection");
    }

    #[test]
    fn only_an_administrator_sets_how_long_backups_are_kept() {
        let mut diwan = crate::testing::demo();
        assert_eq!(diwan.backup_settings().expect("settings").days, 14);
        assert!(matches!(diwan.set_backup_days("karim", 30), Err(ApiError::SignIn(SignInError::NotAdministrator))));
        assert!(matches!(diwan.set_backup_days("amina", 0), Err(ApiError::Backup(_))));
        assert_eq!(diwan.set_backup_days("amina", 30).expect("set").days, 30);
    }
}
