//! Copies of the database, as people take and restore them: `diwan backup`
//! while the app is open, `diwan restore` once the copy is checked.

use std::path::{Path, PathBuf};

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
        let check = self.store.backup_to(to)?;
        Ok(CopyReport { schema_version: check.schema_version, audit_events: check.audit_events, aside: None })
    }
}

/// Replaces the database at `db` with the copy at `copy` once the copy is
/// checked (a Diwan database, whole, its audit trail intact, not from a newer
/// Diwan) and no Diwan has `db` open; the replaced file is kept aside.
pub fn restore(db: &Path, copy: &Path) -> Result<CopyReport, ApiError> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let (check, aside) = diwan_store::restore(db, copy, &stamp)?;
    Ok(CopyReport { schema_version: check.schema_version, audit_events: check.audit_events, aside })
}
