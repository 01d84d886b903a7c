use diwan_core::sign_in::SignInError;

use super::DEMO_PASSPHRASE;
use crate::{ApiError, Diwan};

fn refusal(result: Result<impl std::fmt::Debug, ApiError>) -> SignInError {
    match result {
        Err(ApiError::SignIn(error)) => error,
        other => panic!("expected a sign-in refusal, got {other:?}"),
    }
}

fn audit_actions(diwan: &Diwan) -> Vec<String> {
    diwan.store.read().audit_events().expect("audit").into_iter().map(|e| e.event.action).collect()
}

#[test]
fn nobody_acts_before_signing_in_and_the_signed_in_person_is_who_acts() {
    let mut diwan = crate::testing::demo();
    assert_eq!(refusal(diwan.acting_user()), SignInError::NotSignedIn);
    let session = diwan.sign_in("samir", DEMO_PASSPHRASE).expect("sign in");
    assert_eq!(session.user.as_deref(), Some("samir"));
    assert_eq!(diwan.acting_user().expect("acting"), "samir");
    diwan.sign_out();
    assert_eq!(refusal(diwan.acting_user()), SignInError::NotSignedIn);
}

#[test]
fn the_stored_value_is_an_argon2id_hash_and_never_the_passphrase() {
    let diwan = crate::testing::demo();
    let karim = diwan_core::user::UserName::parse("karim").expect("name");
    let stored = diwan.store.read().credential(&karim).expect("read").expect("karim has one");
    assert!(stored.phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "OWASP's parameters: {}", stored.phc);
    assert!(!stored.phc.contains(DEMO_PASSPHRASE));
    let mut bytes = Vec::new();
    diwan.export_json(&mut bytes).expect("export");
    let export = String::from_utf8(bytes).expect("utf-8");
    assert!(
        !export.contains(DEMO_PASSPHRASE) && !export.contains("$argon2"),
        "no passphrase or hash leaves in an export"
    );
}

#[test]
fn a_wrong_passphrase_is_refused_counted_audited_and_then_slowed_down() {
    let mut diwan = crate::testing::demo();
    let before = audit_actions(&diwan).len();
    for _ in 0..4 {
        assert_eq!(refusal(diwan.sign_in("samir", "not samir's passphrase")), SignInError::WrongPassphrase);
    }
    // The fixed clock never moves: the fifth try must wait.
    assert!(matches!(refusal(diwan.sign_in("samir", DEMO_PASSPHRASE)), SignInError::Wait { seconds: 1 }));
    assert!(diwan.session.is_none(), "nobody signed in");
    let actions = audit_actions(&diwan);
    assert_eq!(actions[before..].iter().filter(|a| *a == "user.sign-in-failed").count(), 4);
    // An unknown name is answered like a wrong passphrase.
    assert_eq!(refusal(diwan.sign_in("nobody", "whatever it is")), SignInError::WrongPassphrase);
    assert_eq!(refusal(diwan.sign_in("not a name!", "whatever it is")), SignInError::WrongPassphrase);
}

#[test]
fn a_right_passphrase_clears_the_count() {
    let mut diwan = crate::testing::demo();
    for _ in 0..3 {
        let _ = diwan.sign_in("karim", "wrong wrong wrong");
    }
    diwan.sign_in("karim", DEMO_PASSPHRASE).expect("the fourth try is free");
    let karim = diwan_core::user::UserName::parse("karim").expect("name");
    let stored = diwan.store.read().credential(&karim).expect("read").expect("one");
    assert_eq!(stored.attempts.failures, 0);
}

#[test]
fn a_locked_app_acts_for_nobody_until_the_same_passphrase_is_given() {
    let mut diwan = crate::testing::demo();
    diwan.sign_in("samir", DEMO_PASSPHRASE).expect("sign in");
    assert!(diwan.lock().expect("lock").locked);
    assert_eq!(refusal(diwan.acting_user()), SignInError::Locked);
    assert_eq!(refusal(diwan.unlock("karim's maybe")), SignInError::WrongPassphrase);
    assert!(diwan.session().expect("session").locked);
    assert!(!diwan.unlock(DEMO_PASSPHRASE).expect("unlock").locked);
    assert_eq!(diwan.acting_user().expect("acting"), "samir");
}

#[test]
fn a_one_time_passphrase_must_be_changed_before_anything_else() {
    let mut diwan = crate::testing::demo();
    diwan.add_user("rania", "Rania", &["translator@DZ-FR-PAR".into()], &[]).expect("add");
    assert_eq!(refusal(diwan.sign_in("rania", "anything at all")), SignInError::NoPassphrase { name: "rania".into() });
    assert_eq!(
        refusal(diwan.give_one_time_passphrase("karim", "rania", "first day at work")),
        SignInError::NotAdministrator,
        "a drafter gives no passphrases"
    );
    diwan.give_one_time_passphrase("amina", "rania", "first day at work").expect("an administrator does");
    let session = diwan.sign_in("rania", "first day at work").expect("sign in");
    assert!(session.must_change);
    assert_eq!(refusal(diwan.acting_user()), SignInError::MustChange);
    assert_eq!(
        refusal(diwan.change_passphrase("first day at work", "short")),
        SignInError::PassphraseTooShort { min: 12 }
    );
    assert_eq!(
        refusal(diwan.change_passphrase("first day at work", "first day at work")),
        SignInError::PassphraseUnchanged
    );
    diwan.change_passphrase("first day at work", "a cedar by the river").expect("change");
    assert_eq!(diwan.acting_user().expect("acting"), "rania");
    diwan.sign_out();
    assert_eq!(refusal(diwan.sign_in("rania", "first day at work")), SignInError::WrongPassphrase);
    diwan.sign_in("rania", "a cedar by the river").expect("the new one works");
    let actions = audit_actions(&diwan);
    assert!(actions.contains(&"user.passphrase-reset".to_owned()));
    assert!(actions.contains(&"user.passphrase-changed".to_owned()));
}

#[test]
fn the_first_administrator_is_made_once_and_administers_every_mission() {
    let mut diwan = Diwan::open_in_memory(crate::testing::clock).expect("open");
    diwan.add_sample_mission().expect("a mission before anyone signs in");
    assert!(diwan.session().expect("session").set_up_needed);
    assert_eq!(
        refusal(diwan.set_up_first_administrator("hind", "Hind", "hind's own words")),
        SignInError::PassphraseHasName
    );
    let session = diwan.set_up_first_administrator("hind", "Hind Saleh", "a long road home").expect("set up");
    assert_eq!(session.user.as_deref(), Some("hind"));
    assert!(!session.set_up_needed);
    let hind = diwan.users().expect("users").into_iter().find(|u| u.name == "hind").expect("hind");
    assert_eq!(hind.roles.len(), 1, "administrator of the one mission: {:?}", hind.roles);
    assert_eq!(
        refusal(diwan.set_up_first_administrator("other", "Other", "a long road home")),
        SignInError::SetUpAlready,
        "only once"
    );
    // A mission Hind adds is hers to administer.
    let second = diwan.add_sample_mission().expect("second");
    let hind = diwan.users().expect("users").into_iter().find(|u| u.name == "hind").expect("hind");
    assert!(hind.roles.iter().any(|r| r.mission == second.code));
}

#[test]
fn only_an_administrator_sets_the_idle_lock_within_bounds() {
    let mut diwan = crate::testing::demo();
    assert_eq!(diwan.session().expect("session").idle_lock_minutes, 10);
    assert_eq!(refusal(diwan.set_idle_lock("karim", 5)), SignInError::NotAdministrator);
    assert_eq!(refusal(diwan.set_idle_lock("amina", 0)), SignInError::IdleMinutesInvalid { max: 240 });
    assert_eq!(diwan.set_idle_lock("amina", 5).expect("set").idle_lock_minutes, 5);
}
