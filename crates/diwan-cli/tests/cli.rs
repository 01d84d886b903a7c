//! The command line, run as a user runs it.
#![allow(clippy::expect_used, reason = "a test helper that cannot run diwan must fail the test")]

use std::path::Path;
use std::process::{Command, Output};

fn diwan(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_diwan"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .expect("run diwan")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn init_creates_the_database_and_list_shows_no_missions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("sub/diwan.db");
    let init = diwan(&db, &["init"]);
    assert!(init.status.success(), "{}", stderr(&init));
    assert!(stdout(&init).contains("schema version 2"), "{}", stdout(&init));
    assert!(db.exists());
    let list = diwan(&db, &["missions", "list"]);
    assert!(list.status.success());
    assert!(stdout(&list).contains("No missions yet"), "{}", stdout(&list));
}

#[test]
fn messages_follow_lang_and_the_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("diwan.db");
    let arabic = Command::new(env!("CARGO_BIN_EXE_diwan"))
        .args(["--db"])
        .arg(&db)
        .args(["missions", "list"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ar_DZ.UTF-8")
        .output()
        .expect("run");
    assert!(stdout(&arabic).contains("لا توجد بعثات بعد"), "{}", stdout(&arabic));
    let french = diwan(&db, &["--lang", "fr", "missions", "list"]);
    assert!(stdout(&french).contains("Aucune mission"), "{}", stdout(&french));
}

#[test]
fn a_database_from_a_newer_diwan_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("diwan.db");
    assert!(diwan(&db, &["init"]).status.success());
    // Simulate a newer Diwan: bump user_version with a raw SQLite write.
    let bytes = std::fs::read(&db).expect("read");
    let mut bumped = bytes.clone();
    // user_version is the big-endian u32 at offset 60 of the SQLite header.
    bumped[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(&db, &bumped).expect("write");
    let list = diwan(&db, &["missions", "list"]);
    assert!(!list.status.success());
    assert!(stderr(&list).contains("newer Diwan (schema 99"), "{}", stderr(&list));
    assert_eq!(std::fs::read(&db).expect("read")[60..64], 99u32.to_be_bytes(), "the file was not touched");
}

#[test]
fn version_prints_the_package_version() {
    let output = Command::new(env!("CARGO_BIN_EXE_diwan")).arg("--version").output().expect("run");
    assert_eq!(stdout(&output).trim(), format!("diwan {}", env!("CARGO_PKG_VERSION")));
}
