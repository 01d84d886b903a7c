use std::collections::BTreeSet;

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::account::{Account, AccountId, Handle, Verification};
use crate::language::LanguageCode;
use crate::mission::MissionCode;
use crate::platform::Platform;
use crate::post::{Category, NewPost, PostId, Targets};
use crate::translation::diff::Change;
use crate::user::UserName;

fn mission() -> MissionCode {
    MissionCode::parse("DZ-FR-PAR").expect("code")
}

fn person(name: &str, roles: &[Role]) -> User {
    let mut user = User::new(UserName::parse(name).expect("name"), name);
    for role in roles {
        user.grant(mission(), *role);
    }
    user
}

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, 9, 0, 0).single().expect("time")
}

fn targets() -> Targets {
    let account = Account {
        id: AccountId(1),
        mission: mission(),
        platform: Platform::Facebook,
        handle: Handle::parse("ambassade").expect("handle"),
        languages: vec![LanguageCode::parse("ar").expect("ar")],
        verification: Verification::Unverified,
        active: true,
        limit_override: None,
    };
    Targets { accounts: vec![account], has_media: false }
}

/// A post in review, Arabic only (nothing to translate).
fn in_review(id: i64, category: Category, day: u32, crisis: bool) -> Post {
    let drafter = person("karim", &[Role::Drafter]);
    let new = NewPost {
        mission: mission(),
        time_zone: chrono_tz::Europe::Paris,
        targets: BTreeSet::from([AccountId(1)]),
        category,
        source_language: LanguageCode::parse("ar").expect("ar"),
        languages: Vec::new(),
        at: at(day),
        text: "بيان".into(),
        note: None,
        crisis_priority: crisis,
    };
    let mut post = Post::create(PostId(id), new, &drafter).expect("post");
    post.submit(&drafter, &targets()).expect("submit");
    post
}

#[test]
fn a_post_in_review_waits_for_the_missions_supervisors_only() {
    let book = PolicyBook::ministry_default();
    let post = in_review(1, Category::Culture, 5, false);
    assert!(awaits(&post, &person("samir", &[Role::Supervisor]), &book));
    assert!(!awaits(&post, &person("lina", &[Role::Translator]), &book));
    let mut elsewhere = person("omar", &[]);
    elsewhere.grant(MissionCode::parse("IQ-CN-PEK").expect("code"), Role::Supervisor);
    assert!(!awaits(&post, &elsewhere, &book), "another mission's supervisor");
    let mut draft = post.clone();
    draft.state = PostState::Draft;
    assert!(!awaits(&draft, &person("samir", &[Role::Supervisor]), &book), "a draft is not for review");
}

#[test]
fn crisis_posts_come_first_then_the_soonest() {
    let mut posts = [
        in_review(1, Category::Culture, 9, false),
        in_review(2, Category::Crisis, 12, true),
        in_review(3, Category::Economy, 3, false),
        in_review(4, Category::Crisis, 10, true),
    ];
    posts.sort_by(queue_order);
    assert_eq!(posts.iter().map(|p| p.id.0).collect::<Vec<_>>(), [4, 2, 3, 1]);
}

#[test]
fn progress_counts_the_steps_and_who_is_still_needed() {
    let book = PolicyBook::ministry_default();
    // Protocol needs two distinct supervisors, one step each.
    let mut post = in_review(1, Category::Protocol, 5, false);
    assert_eq!(progress(&post, &book), Some(Progress { steps: 2, current: Some(0), still_needed: 1 }));
    post.approve(&person("samir", &[Role::Supervisor]), &targets(), &book, false, at(1)).expect("first");
    assert_eq!(progress(&post, &book), Some(Progress { steps: 2, current: Some(1), still_needed: 1 }));
    post.approve(&person("nadia", &[Role::Supervisor]), &targets(), &book, false, at(1)).expect("second");
    assert_eq!(progress(&post, &book), Some(Progress { steps: 2, current: None, still_needed: 0 }));
    assert_eq!(progress(&post, &PolicyBook::default()), None, "no policy: nothing can approve it");
}

#[test]
fn what_changed_since_someone_looked_is_each_edited_language_word_by_word_and_a_move() {
    let mut post = in_review(1, Category::Culture, 5, false);
    let seen = Seen::of(&post, at(1));
    assert!(changes_since(&seen, &post).is_empty(), "nothing changed");
    post.variants.get_mut(&LanguageCode::parse("ar").expect("ar")).expect("ar").text = "بيان مشترك".into();
    post.at = at(6);
    let changes = changes_since(&seen, &post);
    assert_eq!(changes.moved_from, Some(at(5)));
    assert_eq!(changes.texts.len(), 1);
    let (language, diff) = &changes.texts[0];
    assert_eq!(language.as_str(), "ar");
    let added: String = diff.iter().filter(|p| p.change == Change::Added).map(|p| p.text.as_str()).collect();
    assert_eq!(added.trim(), "مشترك");
    assert_eq!(changes.seen_at, at(1));
}
