use diwan_core::sign_in::SignInError;

use crate::sign_in::DEMO_PASSPHRASE;
use crate::{ApiError, Diwan};

fn refusal<T: std::fmt::Debug>(result: Result<T, ApiError>) -> SignInError {
    match result {
        Err(ApiError::SignIn(error)) => error,
        other => panic!("expected a sign-in refusal, got {other:?}"),
    }
}

/// The files of a database as bytes: the database, its log, its key slots.
fn bytes(path: &std::path::Path) -> Vec<Vec<u8>> {
    ["", "-wal", ".keys"]
        .iter()
        .map(|suffix| std::fs::read(format!("{}{suffix}", path.display())).unwrap_or_default())
        .collect()
}

/// The demo in a file, encrypted by Amina; the folder lives as long as the value.
fn encrypted_demo() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diwan.db");
    let mut diwan = Diwan::open(&path).expect("open");
    diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
    diwan.sign_in("amina", DEMO_PASSPHRASE).expect("sign in");
    let aside = diwan.encrypt(DEMO_PASSPHRASE).expect("encrypt");
    assert!(diwan.is_encrypted());
    (dir, path, aside)
}

#[test]
fn an_encrypted_database_opens_only_through_a_key_slot_and_keeps_everything() {
    let (_dir, path, aside) = encrypted_demo();
    assert!(diwan_store::is_encrypted(&path));
    assert!(!diwan_store::is_encrypted(&aside), "the clear copy is kept aside");
    let raw = std::fs::read(&path).expect("read");
    let needle = "سفارة".as_bytes();
    assert!(!raw.windows(needle.len()).any(|w| w == needle), "no Arabic text in clear");
    let plain = rusqlite::Connection::open(&path).expect("open without key");
    assert!(plain.query_row("SELECT count(*) FROM missions", [], |r| r.get::<_, i64>(0)).is_err());
    drop(plain);

    assert_eq!(refusal(Diwan::open(&path)), SignInError::Encrypted);
    let diwan = Diwan::open_as(&path, "amina", DEMO_PASSPHRASE).expect("amina opens it");
    assert_eq!(diwan.missions().expect("missions").len(), 4);
    assert!(diwan.verify_audit().expect("audit") > 0);
    // FTS5 works inside SQLCipher: the memory finds its own sentences.
    let unit = diwan.store.read().memory_units().expect("units").into_iter().next().expect("the demo fills the memory");
    let hits = diwan
        .memory_search(unit.source_language.as_str(), unit.target_language.as_str(), &unit.source)
        .expect("search");
    assert!(hits.iter().any(|h| h.score == 100), "the memory finds {:?} inside SQLCipher", unit.source);
}

#[test]
fn a_wrong_passphrase_opens_nothing_and_writes_nothing() {
    let (_dir, path, _) = encrypted_demo();
    let before = bytes(&path);
    assert_eq!(refusal(Diwan::open_as(&path, "amina", "not amina's passphrase")), SignInError::WrongPassphrase);
    assert_eq!(refusal(Diwan::open_as(&path, "karim", DEMO_PASSPHRASE)), SignInError::WrongPassphrase, "no slot yet");
    assert_eq!(refusal(Diwan::open_as(&path, "nobody", DEMO_PASSPHRASE)), SignInError::WrongPassphrase);
    assert_eq!(bytes(&path), before, "not a byte changed");
}

#[test]
fn each_person_has_their_own_slot_and_a_change_touches_no_other() {
    let (_dir, path, _) = encrypted_demo();
    let mut amina = Diwan::open_as(&path, "amina", DEMO_PASSPHRASE).expect("open");
    amina.give_one_time_passphrase("amina", "karim", "first day after the change").expect("give");
    drop(amina);
    let mut karim = Diwan::open_as(&path, "karim", "first day after the change").expect("karim opens");
    assert_eq!(refusal(karim.acting_user()), SignInError::MustChange);
    karim.change_passphrase("first day after the change", "olive trees in the rain").expect("change");
    drop(karim);
    assert_eq!(
        refusal(Diwan::open_as(&path, "karim", "first day after the change")),
        SignInError::WrongPassphrase,
        "the one-time passphrase is gone"
    );
    let karim = Diwan::open_as(&path, "karim", "olive trees in the rain").expect("his own");
    assert_eq!(karim.acting_user().expect("acting"), "karim");
    drop(karim);
    Diwan::open_as(&path, "amina", DEMO_PASSPHRASE).expect("Amina's slot is untouched");
}

#[test]
fn backups_of_an_encrypted_database_are_encrypted_and_restore_with_the_key() {
    let (dir, path, _) = encrypted_demo();
    let diwan = Diwan::open_as(&path, "amina", DEMO_PASSPHRASE).expect("open");
    let copy = dir.path().join("copy.db");
    diwan.backup(&copy).expect("backup");
    assert!(diwan_store::is_encrypted(&copy), "the copy is encrypted too");
    assert!(diwan_store::check_copy(&copy).is_err(), "and opens only with the key");
}

#[test]
fn only_an_administrator_encrypts_and_only_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diwan.db");
    let mut diwan = Diwan::open(&path).expect("open");
    diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
    diwan.sign_in("karim", DEMO_PASSPHRASE).expect("sign in");
    assert_eq!(refusal(diwan.encrypt(DEMO_PASSPHRASE)), SignInError::NotAdministrator);
    diwan.sign_in("amina", DEMO_PASSPHRASE).expect("sign in");
    assert_eq!(refusal(diwan.encrypt("not her passphrase")), SignInError::WrongPassphrase);
    assert!(!diwan_store::is_encrypted(&path), "still in clear");
    diwan.encrypt(DEMO_PASSPHRASE).expect("encrypt");
    assert_eq!(refusal(diwan.encrypt(DEMO_PASSPHRASE)), SignInError::EncryptedAlready);
}

#[test]
fn encrypting_replaces_the_daily_copies_in_clear_with_an_encrypted_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diwan.db");
    let mut diwan = Diwan::open(&path).expect("open");
    diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
    let taken = diwan.keep_daily_backups().expect("daily").taken.expect("a copy in clear");
    assert!(!diwan_store::is_encrypted(&taken));
    diwan.sign_in("amina", DEMO_PASSPHRASE).expect("sign in");
    diwan.encrypt(DEMO_PASSPHRASE).expect("encrypt");
    assert!(diwan_store::is_encrypted(&taken), "today's copy is taken again, encrypted");
}
