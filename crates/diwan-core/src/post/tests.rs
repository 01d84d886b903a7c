use chrono::TimeZone;
use proptest::prelude::*;

use super::*;
use crate::account::Account;
use crate::approval::{Approvers, Policy, Step, StepMode};
use crate::platform::{Platform, TextProblem};

fn mission() -> MissionCode {
    MissionCode::parse("DZ-FR-PAR").expect("code")
}

pub(crate) fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("language")
}

fn user(name: &str, roles: &[Role]) -> User {
    let mut user = User::new(UserName::parse(name).expect("name"), name);
    for role in roles {
        user.grant(mission(), *role);
    }
    user
}

pub(crate) fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, hour, 0, 0).single().expect("time")
}

pub(crate) struct Team {
    pub(crate) drafter: User,
    pub(crate) translator: User,
    pub(crate) supervisor: User,
    pub(crate) second_supervisor: User,
    pub(crate) outsider: User,
}

pub(crate) fn team() -> Team {
    Team {
        drafter: user("karim", &[Role::Drafter]),
        translator: user("lina", &[Role::Translator]),
        supervisor: user("samir", &[Role::Supervisor]),
        second_supervisor: user("nadia", &[Role::Supervisor]),
        outsider: user("omar", &[]),
    }
}

pub(crate) fn post(category: Category, drafter: &User) -> Post {
    Post::create(
        PostId(1),
        NewPost {
            mission: mission(),
            time_zone: chrono_tz::Europe::Paris,
            targets: BTreeSet::from([AccountId(1), AccountId(2)]),
            category,
            source_language: lang("ar"),
            languages: vec![lang("fr")],
            at: at(5, 9),
            text: "تهنئ سفارة الجزائر الشعب الفرنسي".into(),
            note: None,
            crisis_priority: false,
        },
        drafter,
    )
    .expect("create")
}

/// Writes a translation and marks it done. These tests are about the
/// workflow, so any quality check that fails is overridden (the checks have
/// their own tests in `translation::qa`).
fn translate(post: &mut Post, translator: &User, language: &str, text: &str) {
    post.edit_text(translator, &lang(language), text).expect("translate");
    let targets = targets();
    let check = TranslationCheck { targets: &targets, glossary: &[], digits: None };
    post.mark_translated(translator, &lang(language), check, Some("workflow test"), at(1, 7)).expect("done");
}

/// A post translated and submitted, ready for review.
pub(crate) fn in_review(category: Category, team: &Team) -> Post {
    let mut post = post(category, &team.drafter);
    translate(&mut post, &team.translator, "fr", "L'ambassade d'Algérie félicite le peuple français");
    post.submit(&team.drafter, &targets()).expect("submit");
    assert_eq!(post.state, PostState::InReview);
    post
}

pub(crate) fn account(id: i64, platform: Platform, languages: &[&str], limit_override: Option<u32>) -> Account {
    Account {
        id: AccountId(id),
        mission: mission(),
        platform,
        handle: crate::account::Handle::parse(&format!("account{id}")).expect("handle"),
        languages: languages.iter().map(|l| lang(l)).collect(),
        verification: crate::account::Verification::Unverified,
        active: true,
        limit_override,
    }
}

/// The accounts `post()` goes out on: X (280) in Arabic, Facebook in French.
pub(crate) fn targets() -> Targets {
    Targets {
        accounts: vec![account(1, Platform::X, &["ar"], None), account(2, Platform::Facebook, &["fr"], None)],
        has_media: false,
    }
}

pub(crate) fn book() -> PolicyBook {
    PolicyBook::ministry_default()
}

#[test]
fn a_post_goes_from_draft_through_translation_review_and_approval_to_published() {
    let team = team();
    let mut post = post(Category::Culture, &team.drafter);
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Missing);
    post.submit(&team.drafter, &targets()).expect("to translation");
    assert_eq!(post.state, PostState::InTranslation);
    assert_eq!(
        post.submit(&team.drafter, &targets()),
        Err(PostError::TranslationsIncomplete { languages: vec![lang("fr")] })
    );
    post.edit_text(&team.translator, &lang("fr"), "Félicitations").expect("translate");
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Draft, "written, not yet done");
    translate(&mut post, &team.translator, "fr", "Félicitations");
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Translated);
    assert_eq!(post.state, PostState::InReview, "the last language done sends it to review");
    let outcome = post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)).expect("approve");
    assert!(outcome.complete);
    assert_eq!(post.state, PostState::Approved);
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Approved);
    post.schedule(&team.drafter, &targets()).expect("schedule");
    assert_eq!(
        post.publish(&team.drafter, &targets(), "not a url"),
        Err(PostError::UrlInvalid { url: "not a url".into() })
    );
    post.publish(&team.drafter, &targets(), "https://x.com/AlgerieFrance/status/1").expect("publish");
    assert_eq!(post.state.as_str(), "published");
    assert_eq!(post.edit_text(&team.drafter, &lang("ar"), "تعديل"), Err(PostError::AlreadyPublished));
}

#[test]
fn illegal_transitions_are_typed_errors() {
    let team = team();
    let mut post = post(Category::Culture, &team.drafter);
    assert_eq!(
        post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)),
        Err(PostError::Transition { from: "draft", action: "approve" })
    );
    assert_eq!(
        post.schedule(&team.drafter, &targets()),
        Err(PostError::Transition { from: "draft", action: "schedule" })
    );
    assert_eq!(
        post.publish(&team.drafter, &targets(), "https://a.b"),
        Err(PostError::Transition { from: "draft", action: "publish" })
    );
    assert_eq!(
        post.reject(&team.supervisor, &book(), "no"),
        Err(PostError::Transition { from: "draft", action: "reject" })
    );
}

#[test]
fn nobody_approves_what_they_drafted_or_translated() {
    let team = self::team();
    // A supervisor who also drafts: holding both roles is allowed, approving one's own text is not.
    let mut both = user("samir", &[Role::Supervisor, Role::Drafter]);
    both.grant(mission(), Role::Translator);
    let mut post = in_review(Category::Culture, &Team { drafter: both.clone(), ..self::team() });
    assert_eq!(post.approve(&both, &targets(), &book(), false, at(1, 8)), Err(PostError::OwnWork));
    assert_eq!(post.approve(&team.translator, &targets(), &book(), false, at(1, 8)), Err(PostError::OwnWork));
    let mut translated_by_supervisor = in_review(Category::Culture, &team);
    translated_by_supervisor.state = PostState::InTranslation;
    translate(&mut translated_by_supervisor, &both, "fr", "Bravo");
    assert_eq!(translated_by_supervisor.state, PostState::InReview);
    assert_eq!(translated_by_supervisor.approve(&both, &targets(), &book(), false, at(1, 8)), Err(PostError::OwnWork));
    assert!(post.approve(&team.second_supervisor, &targets(), &book(), false, at(1, 8)).is_ok());
}

#[test]
fn fail_closed_without_a_role_or_a_policy() {
    let team = team();
    let mut post = in_review(Category::Culture, &team);
    assert_eq!(post.approve(&team.outsider, &targets(), &book(), false, at(1, 8)), Err(PostError::NotAnApprover));
    let admin = user("root", &[Role::Admin]);
    assert_eq!(post.approve(&admin, &targets(), &book(), false, at(1, 8)), Err(PostError::NotAnApprover));
    assert_eq!(
        post.approve(&team.supervisor, &targets(), &PolicyBook::empty(), false, at(1, 8)),
        Err(PostError::NoPolicy { category: Category::Culture })
    );
    assert_eq!(post.state, PostState::InReview, "nothing was approved");
}

#[test]
fn protocol_and_counter_disinformation_need_two_distinct_supervisors() {
    let team = team();
    for category in [Category::Protocol, Category::CounterDisinformation] {
        let mut post = in_review(category, &team);
        let first = post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)).expect("first");
        assert_eq!(first, ApprovalOutcome { step: 0, complete: false });
        assert_eq!(post.state, PostState::InReview);
        assert_eq!(
            post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)),
            Err(PostError::AlreadyApproved)
        );
        let second = post.approve(&team.second_supervisor, &targets(), &book(), false, at(1, 9)).expect("second");
        assert_eq!(second, ApprovalOutcome { step: 1, complete: true });
        assert_eq!(post.state, PostState::Approved);
    }
}

#[test]
fn crisis_posts_may_be_fast_tracked_by_one_supervisor_and_others_may_not() {
    let team = team();
    let mut crisis = in_review(Category::Crisis, &team);
    assert!(crisis.approve(&team.supervisor, &targets(), &book(), true, at(1, 8)).expect("fast track").complete);
    assert_eq!(crisis.state, PostState::Approved);
    let mut protocol = in_review(Category::Protocol, &team);
    assert_eq!(
        protocol.approve(&team.supervisor, &targets(), &book(), true, at(1, 8)),
        Err(PostError::NoFastTrack { category: Category::Protocol })
    );
}

#[test]
fn a_named_approver_step_with_all_needs_every_name() {
    let team = team();
    let mut policies = book();
    let ambassador = user("ambassador", &[Role::Supervisor]);
    policies.set(
        Category::Economy,
        Policy {
            steps: vec![Step {
                approvers: Approvers::Users(vec![team.supervisor.name.clone(), ambassador.name.clone()]),
                mode: StepMode::All,
            }],
            fast_track: None,
        },
    );
    let mut post = in_review(Category::Economy, &team);
    assert_eq!(
        post.approve(&team.second_supervisor, &targets(), &policies, false, at(1, 8)),
        Err(PostError::NotAnApprover)
    );
    assert!(!post.approve(&team.supervisor, &targets(), &policies, false, at(1, 8)).expect("first").complete);
    assert!(post.approve(&ambassador, &targets(), &policies, false, at(1, 9)).expect("second").complete);
}

#[test]
fn any_edit_withdraws_the_approval_and_says_why() {
    let team = team();
    let approved = || {
        let mut post = in_review(Category::Culture, &team);
        post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)).expect("approve");
        post
    };
    let mut post = approved();
    let effect = post.edit_text(&team.translator, &lang("fr"), "Félicitations chaleureuses").expect("edit");
    assert_eq!(
        effect,
        Effect::ApprovalWithdrawn { reason: WithdrawReason::TextChanged { language: lang("fr") }, approvals: 1 }
    );
    assert_eq!(post.state, PostState::InTranslation, "the edited translation waits to be done again");
    assert!(post.approvals.is_empty() && post.approved_content.is_none());

    let mut post = approved();
    post.edit_text(&team.drafter, &lang("ar"), "نص جديد").expect("edit source");
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Stale, "the translation is now stale");
    assert_eq!(post.state, PostState::InTranslation);

    let mut post = approved();
    let effect = post.reschedule(&team.drafter, at(6, 9)).expect("move");
    assert!(matches!(effect, Effect::ApprovalWithdrawn { reason: WithdrawReason::TimeChanged, .. }));

    let mut post = approved();
    post.schedule(&team.drafter, &targets()).expect("schedule");
    let effect = post.retarget(&team.drafter, BTreeSet::from([AccountId(1)])).expect("retarget");
    assert!(matches!(effect, Effect::ApprovalWithdrawn { reason: WithdrawReason::TargetsChanged, .. }));
    assert_eq!(post.state, PostState::InReview);
    assert_eq!(
        post.schedule(&team.drafter, &targets()),
        Err(PostError::Transition { from: "in-review", action: "schedule" })
    );
}

#[test]
fn an_edit_that_changes_nothing_keeps_the_approval() {
    let team = team();
    let mut post = in_review(Category::Culture, &team);
    post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)).expect("approve");
    let source = post.source_text().to_owned();
    assert_eq!(post.edit_text(&team.drafter, &lang("ar"), &format!("  {source} ")), Ok(Effect::None));
    assert_eq!(post.state, PostState::Approved);
}

#[test]
fn rejection_needs_a_reason_and_an_edit_reopens_the_post() {
    let team = team();
    let mut post = in_review(Category::Culture, &team);
    assert_eq!(post.reject(&team.supervisor, &book(), " "), Err(PostError::ReasonMissing));
    assert_eq!(post.reject(&team.drafter, &book(), "mine"), Err(PostError::OwnWork));
    post.reject(&team.supervisor, &book(), "الصياغة تحتاج إلى مراجعة").expect("reject");
    assert_eq!(post.state, PostState::Rejected { reason: "الصياغة تحتاج إلى مراجعة".into() });
    assert_eq!(post.edit_text(&team.drafter, &lang("ar"), "صياغة جديدة"), Ok(Effect::Reopened));
    assert_eq!(post.state, PostState::Draft);
}

#[test]
fn an_overdue_post_is_flagged_and_never_treated_as_approved() {
    let team = team();
    let mut post = in_review(Category::Culture, &team);
    assert!(!post.is_overdue(at(5, 8)));
    assert!(post.is_overdue(at(5, 10)));
    assert!(!post.state.is_approved());
    assert_eq!(
        post.schedule(&team.drafter, &targets()),
        Err(PostError::Transition { from: "in-review", action: "schedule" })
    );
    post.approve(&team.supervisor, &targets(), &book(), false, at(5, 10)).expect("late approval");
    assert!(!post.is_overdue(at(5, 10)));
}

#[test]
fn roles_are_required_for_each_kind_of_edit() {
    let team = team();
    let mut post = post(Category::Culture, &team.drafter);
    assert!(matches!(
        post.edit_text(&team.translator, &lang("ar"), "x"),
        Err(PostError::RoleMissing { role: Role::Drafter, .. })
    ));
    assert!(matches!(
        post.edit_text(&team.drafter, &lang("fr"), "x"),
        Err(PostError::RoleMissing { role: Role::Translator, .. })
    ));
    assert_eq!(
        post.edit_text(&team.translator, &lang("en"), "x"),
        Err(PostError::LanguageNotInPost { language: lang("en") })
    );
    let outsider = team.outsider;
    let new = NewPost {
        mission: mission(),
        time_zone: chrono_tz::Europe::Paris,
        targets: BTreeSet::from([AccountId(1)]),
        category: Category::Culture,
        source_language: lang("ar"),
        languages: vec![],
        at: at(5, 9),
        text: "نص".into(),
        note: None,
        crisis_priority: false,
    };
    assert!(matches!(Post::create(PostId(2), new.clone(), &outsider), Err(PostError::RoleMissing { .. })));
    assert_eq!(
        Post::create(PostId(2), NewPost { targets: BTreeSet::new(), ..new.clone() }, &team.drafter),
        Err(PostError::NoTargets)
    );
    assert_eq!(Post::create(PostId(2), NewPost { text: " ".into(), ..new }, &team.drafter), Err(PostError::TextEmpty));
}

/// See `a_post_without_images_hashes_as_it_always_has`.
const GOLDEN_HASH: &str = "4c93d11f6677da11be5d0416969d5b1f8f512f76364c028b1f268c91e9266933";

fn image(id: i64, byte: u8) -> Attachment {
    Attachment { id, content: Hasher::new().field([byte]).finish(), alt: BTreeMap::new() }
}

#[test]
fn changing_an_image_or_its_alt_text_withdraws_the_approval() {
    let team = team();
    let mut post = in_review(Category::Culture, &team);
    post.attach(&team.drafter, image(1, 1)).expect("attach in review");
    post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)).expect("approve");
    assert_eq!(post.state, PostState::Approved);

    let mut alt = post.clone();
    let effect = alt.set_alt(&team.translator, 1, &lang("fr"), "L’ambassadeur à Paris").expect("alt");
    assert_eq!(effect, Effect::ApprovalWithdrawn { reason: WithdrawReason::MediaChanged, approvals: 1 });
    assert_eq!(alt.state, PostState::InReview);
    assert!(alt.contributors.contains(&team.translator.name), "who wrote alt text wrote part of the post");

    let mut same = post.clone();
    assert_eq!(same.set_alt(&team.translator, 1, &lang("fr"), " ").expect("no change"), Effect::None);
    assert_eq!(same.state, PostState::Approved, "clearing an absent alt text changes nothing");

    let mut swapped = post.clone();
    swapped.detach(&team.drafter, 1).expect("detach");
    assert!(matches!(swapped.attach(&team.drafter, image(2, 2)), Ok(Effect::None)), "already withdrawn");
    assert_eq!(swapped.state, PostState::InReview);
    assert_eq!(swapped.approved_content, None);

    assert_eq!(post.clone().detach(&team.drafter, 9), Err(PostError::MediaNotInPost { media: 9 }));
    assert!(matches!(post.clone().attach(&team.translator, image(2, 2)), Err(PostError::RoleMissing { .. })));
    assert!(
        matches!(post.clone().set_alt(&team.translator, 1, &lang("ar"), "نص"), Err(PostError::RoleMissing { .. })),
        "the source language's alt text is the drafter's"
    );
    assert_eq!(
        post.clone().set_alt(&team.drafter, 1, &lang("en"), "text"),
        Err(PostError::LanguageNotInPost { language: lang("en") })
    );
}

#[test]
fn an_approval_taken_before_images_were_hashed_is_withdrawn_on_repair() {
    let team = team();
    let mut post = in_review(Category::Culture, &team);
    post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)).expect("approve");
    assert_eq!(post.withdraw_unbound_approval(), Effect::None, "a bound approval stays");
    // As a database from before images were hashed loads: approved, with an image.
    post.media.push(image(1, 1));
    assert!(matches!(
        post.withdraw_unbound_approval(),
        Effect::ApprovalWithdrawn { reason: WithdrawReason::Unbound, .. }
    ));
    assert_eq!(post.state, PostState::InReview);
}

#[test]
fn a_post_without_images_hashes_as_it_always_has() {
    // Approvals stored before images were hashed must still match: this is
    // the hash the formula gave then for a fixed post.
    let team = team();
    let mut post = post(Category::Culture, &team.drafter);
    post.at = at(2, 9);
    assert_eq!(post.content_hash().to_hex(), GOLDEN_HASH);
}

#[test]
fn the_content_hash_covers_text_targets_time_and_images() {
    let team = team();
    let post = in_review(Category::Culture, &team);
    let base = post.content_hash();
    let mut note = post.clone();
    note.note = Some("internal".into());
    assert_eq!(note.content_hash(), base, "an internal note is not published");
    let mut moved = post.clone();
    moved.at = at(6, 9);
    assert_ne!(moved.content_hash(), base);
    let mut retargeted = post.clone();
    retargeted.targets.insert(AccountId(3));
    assert_ne!(retargeted.content_hash(), base);
    let mut edited = post.clone();
    edited.variants.get_mut(&lang("fr")).expect("fr").text.push('!');
    assert_ne!(edited.content_hash(), base);
    let mut pictured = post;
    pictured.media.push(image(1, 1));
    let with_image = pictured.content_hash();
    assert_ne!(with_image, base);
    pictured.media[0].alt.insert(lang("fr"), "Une photo".into());
    assert_ne!(pictured.content_hash(), with_image, "alt text is covered");
    pictured.media[0].alt.clear();
    pictured.media[0].content = image(1, 2).content;
    assert_ne!(pictured.content_hash(), with_image, "the image's bytes are covered");
}

/// One step a person might take on a post.
#[derive(Debug, Clone)]
enum Action {
    EditSource(usize),
    Translate(usize),
    MarkDone(usize, bool),
    Submit(usize),
    Approve(usize, bool),
    Reject(usize),
    Reschedule(usize, u32),
    Schedule(usize),
    Publish(usize),
    Attach(usize, u8),
    Detach(usize),
    Alt(usize, bool),
}

fn action() -> impl Strategy<Value = Action> {
    let who = 0..5usize;
    prop_oneof![
        who.clone().prop_map(Action::EditSource),
        who.clone().prop_map(Action::Translate),
        (who.clone(), any::<bool>()).prop_map(|(w, o)| Action::MarkDone(w, o)),
        who.clone().prop_map(Action::Submit),
        (who.clone(), any::<bool>()).prop_map(|(w, f)| Action::Approve(w, f)),
        who.clone().prop_map(Action::Reject),
        (who.clone(), 1..28u32).prop_map(|(w, d)| Action::Reschedule(w, d)),
        who.clone().prop_map(Action::Schedule),
        who.clone().prop_map(Action::Publish),
        (who.clone(), 0..3u8).prop_map(|(w, b)| Action::Attach(w, b)),
        who.clone().prop_map(Action::Detach),
        (who, any::<bool>()).prop_map(|(w, source)| Action::Alt(w, source)),
    ]
}

/// Five people with overlapping roles, as in a small mission.
fn staff() -> [User; 5] {
    [
        user("karim", &[Role::Drafter, Role::Translator]),
        user("lina", &[Role::Translator, Role::Supervisor]),
        user("samir", &[Role::Supervisor, Role::Drafter]),
        user("nadia", &[Role::Supervisor]),
        user("omar", &[Role::Admin]),
    ]
}

/// Takes `action` on `post` as one of `people`; edits write `source` or `translation`.
fn take(
    post: &mut Post,
    action: &Action,
    people: &[User],
    targets: &Targets,
    source: &str,
    translation: &str,
) -> Result<(), PostError> {
    let policies = book();
    match *action {
        Action::EditSource(w) => post.edit_text(&people[w], &lang("ar"), source).map(|_| ()),
        Action::Translate(w) => post.edit_text(&people[w], &lang("fr"), translation).map(|_| ()),
        Action::MarkDone(w, with_reason) => {
            let check = TranslationCheck { targets, glossary: &[], digits: None };
            post.mark_translated(&people[w], &lang("fr"), check, with_reason.then_some("vu"), at(1, 7)).map(|_| ())
        }
        Action::Submit(w) => post.submit(&people[w], targets),
        Action::Approve(w, fast) => post.approve(&people[w], targets, &policies, fast, at(1, 8)).map(|_| ()),
        Action::Reject(w) => post.reject(&people[w], &policies, "raison"),
        Action::Reschedule(w, day) => post.reschedule(&people[w], at(day, 9)).map(|_| ()),
        Action::Schedule(w) => post.schedule(&people[w], targets),
        Action::Publish(w) => post.publish(&people[w], targets, "https://example.org/p/1"),
        Action::Attach(w, byte) => {
            let id = post.media.iter().map(|m| m.id).max().unwrap_or(0) + 1;
            post.attach(&people[w], image(id, byte)).map(|_| ())
        }
        Action::Detach(w) => {
            let id = post.media.first().map_or(1, |m| m.id);
            post.detach(&people[w], id).map(|_| ())
        }
        Action::Alt(w, source) => {
            let id = post.media.last().map_or(1, |m| m.id);
            let (language, text) =
                if source { ("ar", source_text_alt(post)) } else { ("fr", format!("photo {translation}")) };
            post.set_alt(&people[w], id, &lang(language), &text).map(|_| ())
        }
    }
}

/// An alt text that differs from the one there, so that writing it is an edit.
fn source_text_alt(post: &Post) -> String {
    format!("صورة {}", post.media.iter().map(|m| m.alt.len()).sum::<usize>())
}

proptest! {
    /// "No sequence of actions lets one person approve their own post", and
    /// an approved post always carries the hash of its current content.
    #[test]
    fn no_sequence_of_actions_breaks_four_eyes_or_the_approval_binding(
        category in proptest::sample::select(Category::ALL.to_vec()),
        actions in proptest::collection::vec(action(), 0..40),
    ) {
        let people = staff();
        let mut post = post(category, &people[0]);
        for (step, action) in actions.into_iter().enumerate() {
            let _ = take(&mut post, &action, &people, &targets(), &format!("نص رقم {step}"), &format!("texte {step}"));
            for approval in &post.approvals {
                prop_assert!(!post.contributors.contains(&approval.user), "{} approved their own work", approval.user);
                prop_assert_eq!(approval.content, post.content_hash(), "an approval outlived an edit");
            }
            if post.state.is_approved() {
                prop_assert_eq!(post.approved_content, Some(post.content_hash()));
                prop_assert!(!post.approvals.is_empty());
                prop_assert!(post.incomplete_languages().is_empty());
            }
            let distinct: BTreeSet<_> = post.approvals.iter().map(|a| &a.user).collect();
            prop_assert_eq!(distinct.len(), post.approvals.len(), "one person approved twice");
        }
    }
}

#[test]
fn a_text_over_a_targets_limit_is_refused_at_every_step_with_the_account_count_and_limit() {
    let team = team();
    let mut post = post(Category::Culture, &team.drafter);
    post.edit_text(&team.drafter, &lang("ar"), &"ب".repeat(300)).expect("a draft may run long");
    translate(&mut post, &team.translator, "fr", "Texte");
    let refused = post.submit(&team.drafter, &targets()).expect_err("over X's limit");
    let PostError::DoesNotFit(misfit) = &refused else { panic!("{refused:?}") };
    assert_eq!((misfit.account, misfit.platform, misfit.language.as_str()), (AccountId(1), Platform::X, "ar"));
    assert_eq!(misfit.problem, TextProblem::OverLimit { length: 300, limit: 280 });
    let args = refused.message_args();
    for name in ["handle", "length", "limit", "platform", "language"] {
        assert!(args.iter().any(|(n, _)| *n == name), "{name} is in the message");
    }
    assert_eq!(post.state, PostState::Draft, "nothing changed");
    // An account's own limit (X premium) lets the same text through.
    let premium = Targets {
        accounts: vec![account(1, Platform::X, &["ar"], Some(25_000)), targets().accounts[1].clone()],
        has_media: false,
    };
    post.submit(&team.drafter, &premium).expect("fits a premium account");
    assert_eq!(post.state, PostState::InReview);
    // Approving, scheduling and publishing check again: the account may have changed meanwhile.
    assert!(matches!(
        post.approve(&team.supervisor, &targets(), &book(), false, at(1, 8)),
        Err(PostError::DoesNotFit(_))
    ));
    post.approve(&team.supervisor, &premium, &book(), false, at(1, 8)).expect("approve");
    assert!(matches!(post.schedule(&team.drafter, &targets()), Err(PostError::DoesNotFit(_))));
    post.schedule(&team.drafter, &premium).expect("schedule");
    assert!(matches!(post.publish(&team.drafter, &targets(), "https://x.com/a/1"), Err(PostError::DoesNotFit(_))));
    assert_eq!(post.state, PostState::Scheduled);
    // A target the check was not told about fails closed.
    let partial = Targets { accounts: vec![premium.accounts[0].clone()], has_media: false };
    assert_eq!(
        post.publish(&team.drafter, &partial, "https://x.com/a/1"),
        Err(PostError::TargetUnknown { account: AccountId(2) })
    );
}

#[test]
fn an_account_gets_the_source_when_it_posts_in_none_of_the_posts_languages() {
    let team = team();
    let mut post = post(Category::Culture, &team.drafter);
    post.edit_text(&team.drafter, &lang("ar"), &"ب".repeat(300)).expect("long source");
    let english_only = Targets {
        accounts: vec![account(1, Platform::X, &["en"], None), account(2, Platform::Facebook, &["fr"], None)],
        has_media: false,
    };
    let misfit = post.misfit(&english_only).expect("the source goes to the English account");
    assert_eq!(misfit.language.as_str(), "ar");
}

proptest! {
    /// Whatever the texts and the accounts, nothing over a target's limit is
    /// handed on, approved, scheduled or published; a refusal changes nothing.
    #[test]
    fn nothing_over_a_targets_limit_gets_past_a_draft(
        accounts in proptest::collection::vec(
            (proptest::sample::select(Platform::ALL.to_vec()), proptest::option::of(200u32..400), any::<bool>()),
            1..4,
        ),
        lengths in proptest::collection::vec(1..700usize, 1..30),
        actions in proptest::collection::vec(action(), 0..30),
    ) {
        let people = staff();
        let targets = Targets {
            accounts: accounts
                .iter()
                .zip(1..)
                .map(|((platform, limit, arabic), id)| {
                    let limit = limit.filter(|_| platform.rule().limit_per_account);
                    account(id, *platform, if *arabic { &["ar"] } else { &["fr"] }, limit)
                })
                .collect(),
            has_media: false,
        };
        let mut post = post(Category::Culture, &people[0]);
        post.targets = targets.accounts.iter().map(|a| a.id).collect();
        for (step, action) in actions.into_iter().enumerate() {
            let length = lengths[step % lengths.len()];
            let before = post.clone();
            let gate = matches!(action, Action::Submit(_) | Action::Approve(..) | Action::Schedule(_) | Action::Publish(_));
            let result = take(&mut post, &action, &people, &targets, &"ب ".repeat(length), &"é".repeat(length));
            match result {
                Ok(()) if gate => prop_assert!(post.misfit(&targets).is_none(), "{:?} let a misfit through", post.state),
                Err(PostError::DoesNotFit(_)) => prop_assert_eq!(&post, &before, "a refusal changed the post"),
                _ => {}
            }
        }
    }
}

proptest! {
    /// What `abilities` says a person may do is exactly what the action then
    /// does: allowed when it succeeds, refused with the same error when not.
    #[test]
    fn abilities_say_what_the_actions_will_do(
        category in proptest::sample::select(Category::ALL.to_vec()),
        actions in proptest::collection::vec(action(), 0..25),
        who in 0..5usize,
    ) {
        let people = staff();
        let policies = book();
        let mut post = post(category, &people[0]);
        for (step, action) in actions.into_iter().enumerate() {
            let _ = take(&mut post, &action, &people, &targets(), &format!("نص {step}"), &format!("texte {step}"));
        }
        let actor = &people[who];
        let can = post.abilities(actor, &targets(), &policies, at(1, 8));
        prop_assert_eq!(can.submit, post.clone().submit(actor, &targets()));
        prop_assert_eq!(can.approve, post.clone().approve(actor, &targets(), &policies, false, at(1, 8)).map(|_| ()));
        prop_assert_eq!(can.reject, post.clone().reject(actor, &policies, "raison"));
        prop_assert_eq!(can.schedule, post.clone().schedule(actor, &targets()));
        prop_assert_eq!(can.reschedule, post.clone().reschedule(actor, at(20, 9)).map(|_| ()));
    }
}

#[test]
fn a_published_post_cannot_move_and_an_outsider_cannot_touch_one() {
    let team = team();
    let post = in_review(Category::Culture, &team);
    let outsider = post.abilities(&team.outsider, &targets(), &book(), at(1, 8));
    assert!(matches!(outsider.reschedule, Err(PostError::RoleMissing { .. })));
    assert!(matches!(outsider.approve, Err(PostError::NotAnApprover)));
    let supervisor = post.abilities(&team.supervisor, &targets(), &book(), at(1, 8));
    assert_eq!(supervisor.approve, Ok(()));
    assert_eq!(supervisor.submit, Err(PostError::RoleMissing { role: Role::Drafter, mission: "DZ-FR-PAR".into() }));
    assert_eq!(reschedule_refusal(true, &team.drafter, &mission()), Some(PostError::AlreadyPublished));
}
