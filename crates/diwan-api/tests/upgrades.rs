//! Every earlier schema meets this build: a database written by the Diwan
//! of each schema version (`tests/fixtures/schema-N.db`, made by that
//! version's own `diwan init`/`diwan demo`; README, "Tests") opens, is
//! backed up, migrated in one go, and keeps everything it held.
//!
//! Schemas 5 and 7 never shipped on their own (they came in one commit
//! with 6 and 8), so no database of theirs exists to keep.
#![allow(clippy::expect_used, reason = "a fixture that cannot be read must fail the test")]

use std::path::{Path, PathBuf};

use diwan_api::progress::Upgrade;
use diwan_api::Diwan;

fn fixture(version: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/fixtures/schema-{version}.db"))
}

/// What the old file held, read with plain SQL before anything touches it.
fn count(path: &Path, table: &str) -> i64 {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open");
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| row.get(0)).unwrap_or(0)
}

#[test]
fn a_database_of_every_earlier_schema_upgrades_and_keeps_its_data() {
    for version in [1, 2, 3, 4, 6, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19] {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("diwan.db");
        std::fs::copy(fixture(version), &path).expect("copy the fixture");
        let missions = count(&path, "missions");
        let posts = count(&path, "posts");
        let events = count(&path, "audit_events");
        assert!(missions > 0, "schema {version}: the fixture holds data");

        let mut told = Vec::new();
        let diwan = Diwan::open_upgrading(&path, &mut |step| told.push(step))
            .unwrap_or_else(|e| panic!("schema {version} opens: {e:?}"));
        assert_eq!(diwan.schema_version().expect("version"), diwan_store::SCHEMA_VERSION, "schema {version}");
        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains(&format!(".v{version}-")))
            .collect();
        assert_eq!(backups.len(), 1, "schema {version}: a copy was kept before migrating");
        // Said as it went (the copy to its last page, every step of the
        // upgrade) and after: from which version, and where the copy is.
        assert!(
            told.iter().any(|s| matches!(s, Upgrade::Copying { done, total } if done == total && *total > 0)),
            "schema {version}: {told:?}"
        );
        let Some(Upgrade::Upgrading { done, total }) = told.last().copied() else {
            panic!("schema {version}: the upgrade was not told: {told:?}")
        };
        assert!(
            done == total && total >= u64::from(diwan_store::SCHEMA_VERSION - version),
            "schema {version}: {told:?}"
        );
        let upgraded = diwan.upgraded().expect("an upgrade");
        assert_eq!((upgraded.from, upgraded.to), (version, diwan_store::SCHEMA_VERSION));
        assert_eq!(upgraded.backup, Some(backups[0].path().display().to_string()), "schema {version}");
        assert_eq!(diwan.missions().expect("missions").len() as i64, missions, "schema {version}: missions");
        let mut export = Vec::new();
        diwan.export_json(&mut export).expect("export");
        let export: serde_json::Value = serde_json::from_slice(&export).expect("json");
        assert_eq!(export["posts"].as_array().map_or(0, Vec::len) as i64, posts, "schema {version}: posts");
        // The chain still verifies, with any repair's events after the old ones.
        // The translation memory still finds its own sentences (schema 4
        // as first shipped counted its words elsewhere: repaired by 10).
        let sentence = first_memory_source(&path);
        if let Some((from, to, source)) = sentence {
            let hits = diwan.memory_search(&from, &to, &source).expect("search");
            assert!(hits.iter().any(|h| h.score == 100), "schema {version}: the memory finds {source:?}");
        }
        let verified = diwan.verify_audit().unwrap_or_else(|e| panic!("schema {version}: audit chain {e:?}"));
        assert!(verified as i64 >= events, "schema {version}: {verified} events, {events} before");
        drop(diwan);
        let conn = rusqlite::Connection::open(&path).expect("reopen");
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
        // Every post from before has its own uid (migration 11).
        let (missing, distinct): (i64, i64) = conn
            .query_row("SELECT count(*) - count(uid), count(DISTINCT uid) FROM posts", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("uids");
        assert_eq!((missing, distinct), (0, posts), "schema {version}: one uid per post");
        // And every comment (migration 17).
        let (missing, distinct, comments): (i64, i64, i64) = conn
            .query_row("SELECT count(*) - count(uid), count(DISTINCT uid), count(*) FROM comments", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .expect("comment uids");
        assert_eq!((missing, distinct), (0, comments), "schema {version}: one uid per comment");
        assert_eq!(check, "ok", "schema {version}");
    }
}

/// A sentence of the memory, with its languages, if the memory has one.
fn first_memory_source(path: &Path) -> Option<(String, String, String)> {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.query_row("SELECT source_language, target_language, source FROM memory_units LIMIT 1", [], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .ok()
}
