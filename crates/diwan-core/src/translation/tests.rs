//! Marking translations done, and which language versions a translator's
//! queue shows, over whole posts.

use std::collections::BTreeSet;

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;

use super::*;
use crate::account::{Account, AccountId, Handle, Verification};
use crate::mission::MissionCode;
use crate::platform::Platform;
use crate::post::{Category, NewPost, PostError, PostId, PostState, Targets, TranslationCheck, TranslationDone};
use crate::translation::qa::QaCheck;
use crate::user::UserName;

fn mission() -> MissionCode {
    MissionCode::parse("DZ-FR-PAR").expect("code")
}

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("language")
}

fn person(name: &str, role: Role) -> User {
    let mut user = User::new(UserName::parse(name).expect("name"), name);
    user.grant(mission(), role);
    user
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).single().expect("time")
}

fn targets() -> Targets {
    let account = Account {
        id: AccountId(1),
        mission: mission(),
        platform: Platform::Facebook,
        handle: Handle::parse("ambassade").expect("handle"),
        languages: vec![lang("ar"), lang("fr"), lang("en")],
        verification: Verification::Unverified,
        active: true,
        limit_override: None,
    };
    Targets { accounts: vec![account], has_media: false }
}

const SOURCE: &str = "استقبل السفير وفداً من 12 مستثمراً. https://example.org/visite";

/// A post in translation into French and English.
fn post() -> Post {
    let drafter = person("karim", Role::Drafter);
    let new = NewPost {
        mission: mission(),
        time_zone: chrono_tz::Europe::Paris,
        targets: BTreeSet::from([AccountId(1)]),
        category: Category::Economy,
        source_language: lang("ar"),
        languages: vec![lang("fr"), lang("en")],
        at: now(),
        text: SOURCE.into(),
        note: None,
        crisis_priority: false,
    };
    let mut post = Post::create(PostId(1), new, &drafter).expect("post");
    post.submit(&drafter, &targets()).expect("submit");
    post
}

fn done(post: &mut Post, language: &str, reason: Option<&str>) -> Result<TranslationDone, PostError> {
    let targets = targets();
    let check = TranslationCheck { targets: &targets, glossary: &[], digits: None };
    post.mark_translated(&person("lina", Role::Translator), &lang(language), check, reason, now())
}

fn write(post: &mut Post, language: &str, text: &str) {
    post.edit_text(&person("lina", Role::Translator), &lang(language), text).expect("edit");
}

const FRENCH: &str = "L’ambassadeur a reçu 12 investisseurs. https://example.org/visite";
const ENGLISH: &str = "The ambassador met 12 investors. https://example.org/visite";

#[test]
fn a_translation_is_a_draft_until_done_and_the_last_one_done_sends_the_post_to_review() {
    let mut post = post();
    assert_eq!(post.state, PostState::InTranslation);
    write(&mut post, "fr", FRENCH);
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Draft, "written is not done");
    assert_eq!(
        done(&mut post, "fr", None).expect("done"),
        TranslationDone { moved_to_review: false, overridden: vec![] }
    );
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Translated);
    assert_eq!(post.state, PostState::InTranslation, "English is still missing");
    write(&mut post, "en", ENGLISH);
    assert!(done(&mut post, "en", None).expect("done").moved_to_review);
    assert_eq!(post.state, PostState::InReview);
    assert!(post.contributors.contains(&UserName::parse("lina").expect("name")), "no approving one's own translation");
}

#[test]
fn failed_checks_refuse_done_and_change_nothing_unless_overridden_with_a_reason() {
    let mut post = post();
    write(&mut post, "fr", "L’ambassadeur a reçu 13 investisseurs.");
    let before = post.clone();
    let Err(PostError::QaFailed { issues }) = done(&mut post, "fr", None) else { panic!("the checks must fail") };
    assert_eq!(issues.iter().map(|i| i.check).collect::<Vec<_>>(), [QaCheck::Links, QaCheck::Numbers]);
    assert_eq!(post, before, "a refusal changes nothing");
    assert!(matches!(done(&mut post, "fr", Some("  ")), Err(PostError::QaFailed { .. })), "a blank reason is none");
    let outcome = done(&mut post, "fr", Some("Le lien est en arabe seulement ; le chiffre corrigé par le cabinet"))
        .expect("done");
    assert_eq!(outcome.overridden, [QaCheck::Links, QaCheck::Numbers]);
    let kept = post.variants[&lang("fr")].qa_override.clone().expect("the override is kept with the variant");
    assert_eq!((kept.by.as_str(), kept.checks.len()), ("lina", 2));
    // A new text drops the override: it vouched for the old one.
    write(&mut post, "fr", FRENCH);
    assert_eq!(post.variants[&lang("fr")].qa_override, None);
}

#[test]
fn the_source_seen_is_kept_so_a_stale_translation_shows_what_changed() {
    let mut post = post();
    write(&mut post, "fr", FRENCH);
    done(&mut post, "fr", None).expect("done");
    post.edit_text(&person("karim", Role::Drafter), &lang("ar"), &SOURCE.replace("12", "15")).expect("source");
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Stale);
    assert_eq!(post.variants[&lang("fr")].source_seen.as_deref(), Some(SOURCE));
    // Editing the stale translation makes it a draft but keeps what it was done against.
    write(&mut post, "fr", &FRENCH.replace("12", "15"));
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Draft);
    assert_eq!(post.variants[&lang("fr")].source_seen.as_deref(), Some(SOURCE));
    done(&mut post, "fr", None).expect("done");
    assert_eq!(post.variants[&lang("fr")].source_seen.as_deref(), Some(post.source_text()));
}

#[test]
fn only_a_translator_marks_a_translation_and_never_the_source() {
    let mut post = post();
    write(&mut post, "fr", FRENCH);
    let targets = targets();
    let check = TranslationCheck { targets: &targets, glossary: &[], digits: None };
    let drafter = person("karim", Role::Drafter);
    assert!(matches!(
        post.mark_translated(&drafter, &lang("fr"), check, None, now()),
        Err(PostError::RoleMissing { .. })
    ));
    assert!(matches!(done(&mut post, "ar", None), Err(PostError::SourceNotTranslated { .. })));
    assert!(matches!(done(&mut post, "de", None), Err(PostError::LanguageNotInPost { .. })));
    assert!(matches!(done(&mut post, "en", None), Err(PostError::TextEmpty)));
}

#[test]
fn the_queue_shows_what_is_missing_unfinished_stale_or_sent_back() {
    let mut post = post();
    let need =
        |post: &Post, language: &str, commented: &[LanguageCode]| post.translation_need(&lang(language), commented);
    assert_eq!(need(&post, "fr", &[]), Some(TranslationNeed::Missing));
    assert_eq!(need(&post, "ar", &[]), None, "the source is the drafter's");
    write(&mut post, "fr", FRENCH);
    assert_eq!(need(&post, "fr", &[]), Some(TranslationNeed::Draft));
    done(&mut post, "fr", None).expect("done");
    assert_eq!(need(&post, "fr", &[]), None);
    assert_eq!(need(&post, "fr", &[lang("fr")]), Some(TranslationNeed::SentBack), "a reviewer's open comment");
    write(&mut post, "en", ENGLISH);
    done(&mut post, "en", None).expect("done");
    post.edit_text(&person("karim", Role::Drafter), &lang("ar"), "نص جديد").expect("source");
    assert_eq!(post.state, PostState::InTranslation);
    assert_eq!(need(&post, "fr", &[]), Some(TranslationNeed::Stale));
    // A draft not handed on waits for its drafter.
    let drafter = person("karim", Role::Drafter);
    let mut draft = Post::create(PostId(2), NewPost { ..new_post() }, &drafter).expect("post");
    assert_eq!(need(&draft, "fr", &[]), None);
    draft.state = PostState::Published { url: "https://x.com/1".into() };
    assert_eq!(need(&draft, "fr", &[lang("fr")]), None, "a published post needs nothing");
}

fn new_post() -> NewPost {
    NewPost {
        mission: mission(),
        time_zone: chrono_tz::Europe::Paris,
        targets: BTreeSet::from([AccountId(1)]),
        category: Category::Culture,
        source_language: lang("ar"),
        languages: vec![lang("fr")],
        at: now(),
        text: "نص".into(),
        note: None,
        crisis_priority: false,
    }
}

#[test]
fn a_translator_translates_the_languages_listed_for_them_or_all() {
    let post = post();
    let mut lina = person("lina", Role::Translator);
    assert!(translates(&lina, &post, &lang("en")));
    lina.translates = BTreeSet::from([lang("fr")]);
    assert!(translates(&lina, &post, &lang("fr")));
    assert!(!translates(&lina, &post, &lang("en")));
    assert!(!translates(&person("karim", Role::Drafter), &post, &lang("fr")));
}

#[derive(Debug, Clone)]
enum Step {
    Write(&'static str, &'static str),
    Done(&'static str, bool),
    EditSource(&'static str),
}

fn step() -> impl Strategy<Value = Step> {
    let language = prop_oneof![Just("fr"), Just("en")];
    let text = prop_oneof![Just(FRENCH), Just(ENGLISH), Just("Sans chiffre ni lien"), Just(SOURCE)];
    prop_oneof![
        (language.clone(), text).prop_map(|(l, t)| Step::Write(l, t)),
        (language, any::<bool>()).prop_map(|(l, o)| Step::Done(l, o)),
        prop_oneof![Just(SOURCE), Just("نص آخر 12 https://example.org/visite")].prop_map(Step::EditSource),
    ]
}

proptest! {
    /// Whatever translators and the drafter do, a language counts as
    /// translated only against the current source, after its checks passed
    /// or were overridden with a reason; and a refused "done" changes nothing.
    #[test]
    fn no_sequence_marks_a_translation_done_without_its_checks(steps in proptest::collection::vec(step(), 1..25)) {
        let mut post = post();
        for step in steps {
            match step {
                Step::Write(language, text) => write(&mut post, language, text),
                Step::EditSource(text) => {
                    post.edit_text(&person("karim", Role::Drafter), &lang("ar"), text).expect("source");
                }
                Step::Done(language, with_reason) => {
                    let before = post.clone();
                    match done(&mut post, language, with_reason.then_some("vu avec le cabinet")) {
                        Ok(_) => {}
                        Err(_) => prop_assert_eq!(&post, &before),
                    }
                }
            }
            for language in [lang("fr"), lang("en")] {
                let variant = &post.variants[&language];
                if post.variant_state(&language) == VariantState::Translated {
                    prop_assert_eq!(variant.source_seen.as_deref(), Some(post.source_text()));
                    let issues = qa::check(post.source_text(), &lang("ar"), &variant.text, &language, &qa::QaContext::default());
                    prop_assert!(issues.is_empty() || variant.qa_override.is_some(), "{issues:?}");
                }
            }
            if post.state == PostState::InReview {
                prop_assert!(post.incomplete_languages().is_empty());
            }
        }
    }
}
