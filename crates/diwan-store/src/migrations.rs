//! Schema migrations, in code, keyed on `PRAGMA user_version`.
//!
//! The pending migrations run in one transaction together with the version
//! bump and any repairs (`REPAIRS`), so a crash leaves the database at the
//! old version or the new one, never between. A database that already holds
//! data is copied (SQLite's online backup, page by page and told) before
//! the first migration touches it.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::{DatabaseKey, StoreError, Writer};

/// The migrations, oldest first. Append only: a shipped migration is never
/// edited, because users' databases already ran it.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_domain.sql"),
    include_str!("../migrations/0003_templates.sql"),
    include_str!("../migrations/0004_translation.sql"),
    include_str!("../migrations/0005_media_in_approval.sql"),
    include_str!("../migrations/0006_policies.sql"),
    include_str!("../migrations/0007_crisis.sql"),
    include_str!("../migrations/0008_seen.sql"),
    include_str!("../migrations/0009_credentials.sql"),
    include_str!("../migrations/0010_schema_4_as_shipped.sql"),
    include_str!("../migrations/0011_post_uids.sql"),
    include_str!("../migrations/0012_sync.sql"),
    include_str!("../migrations/0013_crisis_uids.sql"),
    include_str!("../migrations/0014_hub_heads.sql"),
    include_str!("../migrations/0015_hub_links.sql"),
    include_str!("../migrations/0016_hub_people.sql"),
    include_str!("../migrations/0017_comment_uids.sql"),
    include_str!("../migrations/0018_ministry_days.sql"),
    include_str!("../migrations/0019_engagement.sql"),
    include_str!("../migrations/0020_post_templates.sql"),
];

/// Work a migration needs that SQL cannot do (it needs the core's rules),
/// run in the same transaction right after the migration's SQL.
type Repair = fn(&mut Writer<'_>) -> Result<(), StoreError>;

/// The repairs, by the schema version whose migration runs them, in the
/// order they run: 10's first, since the others read missions whole.
const REPAIRS: &[(u32, Repair)] = &[
    (10, schema_4_as_shipped),
    (5, crate::posts::withdraw_unbound_approvals),
    (6, crate::policies::write_default_policies),
    (11, crate::posts::give_posts_uids),
    (13, crate::crisis::give_crises_uids),
    (17, crate::notes::give_comments_uids),
];

/// Schema 4 as first shipped lacked `missions.arabic_digits` and the word
/// counts of the translation memory (see `0010_schema_4_as_shipped.sql`).
fn schema_4_as_shipped(w: &mut Writer<'_>) -> Result<(), StoreError> {
    let has_digits: bool = w.tx.query_row(
        "SELECT count(*) > 0 FROM pragma_table_info('missions') WHERE name = 'arabic_digits'",
        [],
        |r| r.get(0),
    )?;
    if !has_digits {
        w.tx.execute_batch("ALTER TABLE missions ADD COLUMN arabic_digits TEXT")?;
    }
    let counted: bool = w.tx.query_row("SELECT EXISTS (SELECT 1 FROM memory_words)", [], |r| r.get(0))?;
    if !counted {
        crate::translation::count_memory_words(w)?;
    }
    Ok(())
}

/// The schema version this build of Diwan writes.
#[allow(clippy::cast_possible_truncation, reason = "a handful of migrations, far below u32::MAX")]
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// `PRAGMA application_id` marks the file as Diwan's ("DIWN"), so that another
/// program's SQLite file is refused instead of being migrated.
pub(crate) const APPLICATION_ID: i32 = 0x4449_574E;

pub(crate) fn user_version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Where the copy of a database at `version` is kept before migrating it.
pub fn backup_path(db: &Path, version: u32, stamp: &str) -> PathBuf {
    beside(db, &format!(".v{version}-{stamp}.backup"))
}

/// The file beside `path` named like it with `suffix` added:
/// `diwan.db` → `diwan.db-wal`, `diwan.db.lock`.
pub fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Checks that `conn` is a Diwan database this build can open (or an empty
/// one), reading only: returns the schema version found. Another program's
/// file, a file that is not SQLite at all, or one from a newer Diwan is refused.
pub(crate) fn check_is_ours(conn: &Connection, migrations: &[&str]) -> Result<u32, StoreError> {
    let not_a_database = |error: rusqlite::Error| match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotDiwan,
        _ => StoreError::from(error),
    };
    let supported = u32::try_from(migrations.len()).unwrap_or(u32::MAX);
    let found = user_version(conn).map_err(|e| match e {
        StoreError::Sqlite(inner) => not_a_database(inner),
        other => other,
    })?;
    let application_id: i32 =
        conn.pragma_query_value(None, "application_id", |row| row.get(0)).map_err(not_a_database)?;
    let is_empty: bool =
        conn.query_row("SELECT count(*) = 0 FROM sqlite_schema", [], |row| row.get(0)).map_err(not_a_database)?;
    if application_id != APPLICATION_ID && !(found == 0 && is_empty) {
        return Err(StoreError::NotDiwan);
    }
    if found > supported {
        return Err(StoreError::TooNew { found, supported });
    }
    Ok(found)
}

/// How far opening an older database has got: its copy first (pages),
/// then the upgrade (steps: each migration and repair that is due).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upgrade {
    Copying { done: u64, total: u64 },
    Upgrading { done: u64, total: u64 },
}

/// An older database brought up to date when it was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upgraded {
    pub from: u32,
    pub to: u32,
    /// The copy of it as it was (none for a database in memory).
    pub backup: Option<PathBuf>,
}

/// Brings the database up to `migrations`; says what it did when it held
/// data at an older version (a new, empty file is simply created).
pub(crate) fn migrate(
    conn: &mut Connection,
    path: Option<&Path>,
    key: Option<&DatabaseKey>,
    migrations: &[&str],
    progress: &mut dyn FnMut(Upgrade),
) -> Result<Option<Upgraded>, StoreError> {
    let supported = u32::try_from(migrations.len()).unwrap_or(u32::MAX);
    let found = check_is_ours(conn, migrations)?;
    if found == supported {
        return Ok(None);
    }
    let mut kept = None;
    if found > 0 {
        if let Some(path) = path {
            // Page by page (a ministry's file is gigabytes, and this is
            // told), into a file that takes the backup's name only whole.
            let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
            let backup = backup_path(path, found, &stamp);
            let partial = crate::backup::partial(&backup);
            let copied = crate::backup::copy_pages(conn, key, &partial, &mut |done, total| {
                progress(Upgrade::Copying { done, total });
            })
            .map_err(|e| e.to_string())
            .and_then(|()| std::fs::rename(&partial, &backup).map_err(|e| e.to_string()));
            if let Err(detail) = copied {
                let _ = std::fs::remove_file(&partial);
                return Err(StoreError::Backup { path: backup, detail });
            }
            kept = Some(backup);
        }
    }
    let repairs: Vec<_> =
        REPAIRS.iter().filter(|(version, _)| (found + 1..=supported).contains(version)).map(|(_, r)| r).collect();
    let steps = u64::from(supported - found) + repairs.len() as u64;
    let mut done = 0;
    progress(Upgrade::Upgrading { done, total: steps });
    // Every pending migration, then the repairs they call for, in one
    // transaction with the version bump: a crash leaves the database as it
    // was, never between. Repairs run last because they use today's code,
    // which reads today's schema.
    let tx = conn.transaction()?;
    for sql in migrations.iter().skip(found as usize) {
        tx.execute_batch(sql)?;
        done += 1;
        progress(Upgrade::Upgrading { done, total: steps });
    }
    let mut writer = Writer { tx };
    for repair in repairs {
        repair(&mut writer)?;
        done += 1;
        progress(Upgrade::Upgrading { done, total: steps });
    }
    let tx = writer.tx;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", i64::from(supported))?;
    tx.commit()?;
    Ok((found > 0).then_some(Upgraded { from: found, to: supported, backup: kept }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> Connection {
        Connection::open_in_memory().expect("in-memory database")
    }

    #[test]
    fn every_migration_runs_on_an_empty_database() {
        let mut conn = fresh();
        migrate(&mut conn, None, None, MIGRATIONS, &mut |_| {}).expect("migrate");
        assert_eq!(user_version(&conn).expect("version"), SCHEMA_VERSION);
        let check: String = conn.query_row("PRAGMA integrity_check", [], |row| row.get(0)).expect("check");
        assert_eq!(check, "ok");
    }

    #[test]
    fn every_migration_file_is_listed() {
        // A migration file that is not in MIGRATIONS would silently never run.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let files = std::fs::read_dir(dir).expect("migrations dir").count();
        assert_eq!(files, MIGRATIONS.len());
    }

    #[test]
    fn a_database_from_a_newer_diwan_is_refused_and_left_alone() {
        let mut conn = fresh();
        migrate(&mut conn, None, None, MIGRATIONS, &mut |_| {}).expect("migrate");
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).expect("bump");
        let err = migrate(&mut conn, None, None, MIGRATIONS, &mut |_| {}).expect_err("must refuse");
        assert!(
            matches!(err, StoreError::TooNew { found, supported } if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION)
        );
        assert_eq!(user_version(&conn).expect("version"), SCHEMA_VERSION + 1);
    }

    #[test]
    fn the_person_connected_to_the_hub_before_keeps_their_token_and_cursor() {
        let mut conn = fresh();
        migrate(&mut conn, None, None, &MIGRATIONS[..15], &mut |_| {}).expect("schema 15");
        conn.execute_batch(
            "INSERT INTO settings (key, value) VALUES ('hub.url', 'https://hub.example'), ('hub.person', 'karim'),
                 ('hub.token', 'secret'), ('hub.device', '7');
             INSERT INTO sync_cursor (id, cursor, missions) VALUES (1, 42, 'DZ-FR-PAR');",
        )
        .expect("connected at 15");
        migrate(&mut conn, None, None, MIGRATIONS, &mut |_| {}).expect("upgraded");
        let moved: (String, String, i64, i64, String) = conn
            .query_row("SELECT person, token, device, cursor, missions FROM hub_people", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .expect("one person");
        assert_eq!(moved, ("karim".into(), "secret".into(), 7, 42, "DZ-FR-PAR".into()));
        let left: Vec<String> = conn
            .prepare("SELECT key FROM settings WHERE key LIKE 'hub.%'")
            .expect("query")
            .query_map([], |r| r.get(0))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("keys");
        assert_eq!(left, ["hub.url"], "the address stays a setting of the database");
    }

    #[test]
    fn another_programs_database_is_refused() {
        let mut conn = fresh();
        conn.execute_batch("CREATE TABLE contacts (name TEXT)").expect("foreign table");
        let err = migrate(&mut conn, None, None, MIGRATIONS, &mut |_| {}).expect_err("must refuse");
        assert!(matches!(err, StoreError::NotDiwan), "{err:?}");
    }

    #[test]
    fn a_failing_migration_leaves_the_previous_version_intact() {
        let mut conn = fresh();
        migrate(&mut conn, None, None, &MIGRATIONS[..1], &mut |_| {}).expect("first");
        let broken: &[&str] = &[MIGRATIONS[0], MIGRATIONS[1], "CREATE TABLE extra (x); THIS IS NOT SQL;"];
        assert!(migrate(&mut conn, None, None, broken, &mut |_| {}).is_err());
        assert_eq!(user_version(&conn).expect("version"), 1);
        let domain: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'posts'", [], |row| row.get(0))
            .expect("query");
        assert_eq!(domain, 0, "the migrations before the broken one were rolled back with it");
        let extra: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'", [], |row| row.get(0))
            .expect("query");
        assert_eq!(extra, 0, "the half-run migration was rolled back");
    }

    #[test]
    fn migrating_a_file_with_data_backs_it_up_first_and_tells_how_far_it_has_got() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("diwan.db");
        let mut conn = Connection::open(&path).expect("open");
        let created = migrate(&mut conn, Some(&path), None, MIGRATIONS, &mut |_| {}).expect("first");
        assert_eq!(created, None, "a new file is created, not upgraded");
        conn.execute("INSERT INTO settings (key, value) VALUES ('ui-locale', 'ar')", []).expect("insert");
        let next: Vec<&str> = MIGRATIONS.iter().copied().chain(["CREATE TABLE later (x INTEGER) STRICT;"]).collect();
        let mut told = Vec::new();
        let upgraded = migrate(&mut conn, Some(&path), None, &next, &mut |step| told.push(step))
            .expect("second")
            .expect("an upgrade");
        assert_eq!((upgraded.from, upgraded.to), (SCHEMA_VERSION, SCHEMA_VERSION + 1));

        // The copy, page by page to the last, then the one step, before and after.
        let copying: Vec<_> = told
            .iter()
            .filter_map(|s| if let Upgrade::Copying { done, total } = s { Some((*done, *total)) } else { None })
            .collect();
        let (last_done, pages) = *copying.last().expect("the copy was told");
        assert!(pages > 0 && last_done == pages, "{copying:?}");
        assert!(copying.windows(2).all(|w| w[0].0 <= w[1].0), "pages only go forward: {copying:?}");
        let upgrading: Vec<_> = told.iter().filter(|s| matches!(s, Upgrade::Upgrading { .. })).copied().collect();
        assert_eq!(upgrading, [Upgrade::Upgrading { done: 0, total: 1 }, Upgrade::Upgrading { done: 1, total: 1 }]);
        assert!(
            told.iter().position(|s| matches!(s, Upgrade::Upgrading { .. }))
                > told.iter().rposition(|s| matches!(s, Upgrade::Copying { .. })),
            "the copy first"
        );

        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".backup"))
            .collect();
        assert_eq!(backups.len(), 1, "one backup");
        assert!(
            !std::fs::read_dir(dir.path())
                .expect("list")
                .filter_map(Result::ok)
                .any(|e| e.file_name().to_string_lossy().ends_with(".partial")),
            "no partial copy left"
        );
        assert_eq!(upgraded.backup.as_deref(), Some(backups[0].path().as_path()), "the copy it names");
        let name = backups[0].file_name().to_string_lossy().into_owned();
        assert!(name.starts_with(&format!("diwan.db.v{SCHEMA_VERSION}-")), "{name}");
        let copy = Connection::open(backups[0].path()).expect("open backup");
        let value: String =
            copy.query_row("SELECT value FROM settings WHERE key = 'ui-locale'", [], |row| row.get(0)).expect("row");
        assert_eq!(value, "ar");
        assert_eq!(user_version(&copy).expect("version"), SCHEMA_VERSION);
    }

    #[test]
    fn an_encrypted_file_is_backed_up_encrypted_with_its_own_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("diwan.db");
        let key = DatabaseKey::generate().expect("key");
        let mut conn = Connection::open(&path).expect("open");
        key.apply(&conn).expect("key");
        migrate(&mut conn, Some(&path), Some(&key), MIGRATIONS, &mut |_| {}).expect("first");
        conn.execute("INSERT INTO settings (key, value) VALUES ('ui-locale', 'fr')", []).expect("insert");
        let next: Vec<&str> = MIGRATIONS.iter().copied().chain(["CREATE TABLE later (x INTEGER) STRICT;"]).collect();
        migrate(&mut conn, Some(&path), Some(&key), &next, &mut |_| {}).expect("second");

        let backup = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .find(|e| e.file_name().to_string_lossy().ends_with(".backup"))
            .expect("a backup")
            .path();
        assert!(crate::is_encrypted(&backup), "the copy is no clearer than the file");
        let copy = Connection::open(&backup).expect("open backup");
        key.apply(&copy).expect("key");
        let value: String =
            copy.query_row("SELECT value FROM settings WHERE key = 'ui-locale'", [], |row| row.get(0)).expect("row");
        assert_eq!(value, "fr");
    }
}
