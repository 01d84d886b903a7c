use chrono::TimeZone;
use proptest::prelude::*;

use super::*;
use crate::approval::{Approvers, Policy, Step, StepMode};

fn mission() -> MissionCode {
    MissionCode::parse("DZ-FR-PAR").expect("code")
}

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("language")
}

fn user(name: &str, roles: &[Role]) -> User {
    let mut user = User::new(UserName::parse(name).expect("name"), name);
    for role in roles {
        user.grant(mission(), *role);
    }
    user
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, hour, 0, 0).single().expect("time")
}

struct Team {
    drafter: User,
    translator: User,
    supervisor: User,
    second_supervisor: User,
    outsider: User,
}

fn team() -> Team {
    Team {
        drafter: user("karim", &[Role::Drafter]),
        translator: user("lina", &[Role::Translator]),
        supervisor: user("samir", &[Role::Supervisor]),
        second_supervisor: user("nadia", &[Role::Supervisor]),
        outsider: user("omar", &[]),
    }
}

fn post(category: Category, drafter: &User) -> Post {
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

/// A post translated and submitted, ready for review.
fn in_review(category: Category, team: &Team) -> Post {
    let mut post = post(category, &team.drafter);
    post.edit_text(&team.translator, &lang("fr"), "L'ambassade d'Algérie félicite le peuple français")
        .expect("translate");
    post.submit(&team.drafter).expect("submit");
    assert_eq!(post.state, PostState::InReview);
    post
}

fn book() -> PolicyBook {
    PolicyBook::ministry_default()
}

#[test]
fn a_post_goes_from_draft_through_translation_review_and_approval_to_published() {
    let team = team();
    let mut post = post(Category::Culture, &team.drafter);
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Missing);
    post.submit(&team.drafter).expect("to translation");
    assert_eq!(post.state, PostState::InTranslation);
    assert_eq!(post.submit(&team.drafter), Err(PostError::TranslationsIncomplete { languages: vec![lang("fr")] }));
    post.edit_text(&team.translator, &lang("fr"), "Félicitations").expect("translate");
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Translated);
    post.submit(&team.translator).expect("to review");
    let outcome = post.approve(&team.supervisor, &book(), false, at(1, 8)).expect("approve");
    assert!(outcome.complete);
    assert_eq!(post.state, PostState::Approved);
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Approved);
    post.schedule(&team.drafter).expect("schedule");
    assert_eq!(post.publish(&team.drafter, "not a url"), Err(PostError::UrlInvalid { url: "not a url".into() }));
    post.publish(&team.drafter, "https://x.com/AlgerieFrance/status/1").expect("publish");
    assert_eq!(post.state.as_str(), "published");
    assert_eq!(post.edit_text(&team.drafter, &lang("ar"), "تعديل"), Err(PostError::AlreadyPublished));
}

#[test]
fn illegal_transitions_are_typed_errors() {
    let team = team();
    let mut post = post(Category::Culture, &team.drafter);
    assert_eq!(
        post.approve(&team.supervisor, &book(), false, at(1, 8)),
        Err(PostError::Transition { from: "draft", action: "approve" })
    );
    assert_eq!(post.schedule(&team.drafter), Err(PostError::Transition { from: "draft", action: "schedule" }));
    assert_eq!(
        post.publish(&team.drafter, "https://a.b"),
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
    assert_eq!(post.approve(&both, &book(), false, at(1, 8)), Err(PostError::OwnWork));
    assert_eq!(post.approve(&team.translator, &book(), false, at(1, 8)), Err(PostError::OwnWork));
    let mut translated_by_supervisor = in_review(Category::Culture, &team);
    translated_by_supervisor.state = PostState::InTranslation;
    translated_by_supervisor.edit_text(&both, &lang("fr"), "Bravo").expect("translate");
    translated_by_supervisor.submit(&team.drafter).expect("submit");
    assert_eq!(translated_by_supervisor.approve(&both, &book(), false, at(1, 8)), Err(PostError::OwnWork));
    assert!(post.approve(&team.second_supervisor, &book(), false, at(1, 8)).is_ok());
}

#[test]
fn fail_closed_without_a_role_or_a_policy() {
    let team = team();
    let mut post = in_review(Category::Culture, &team);
    assert_eq!(post.approve(&team.outsider, &book(), false, at(1, 8)), Err(PostError::NotAnApprover));
    let admin = user("root", &[Role::Admin]);
    assert_eq!(post.approve(&admin, &book(), false, at(1, 8)), Err(PostError::NotAnApprover));
    assert_eq!(
        post.approve(&team.supervisor, &PolicyBook::empty(), false, at(1, 8)),
        Err(PostError::NoPolicy { category: Category::Culture })
    );
    assert_eq!(post.state, PostState::InReview, "nothing was approved");
}

#[test]
fn protocol_and_counter_disinformation_need_two_distinct_supervisors() {
    let team = team();
    for category in [Category::Protocol, Category::CounterDisinformation] {
        let mut post = in_review(category, &team);
        let first = post.approve(&team.supervisor, &book(), false, at(1, 8)).expect("first");
        assert_eq!(first, ApprovalOutcome { step: 0, complete: false });
        assert_eq!(post.state, PostState::InReview);
        assert_eq!(post.approve(&team.supervisor, &book(), false, at(1, 8)), Err(PostError::AlreadyApproved));
        let second = post.approve(&team.second_supervisor, &book(), false, at(1, 9)).expect("second");
        assert_eq!(second, ApprovalOutcome { step: 1, complete: true });
        assert_eq!(post.state, PostState::Approved);
    }
}

#[test]
fn crisis_posts_may_be_fast_tracked_by_one_supervisor_and_others_may_not() {
    let team = team();
    let mut crisis = in_review(Category::Crisis, &team);
    assert!(crisis.approve(&team.supervisor, &book(), true, at(1, 8)).expect("fast track").complete);
    assert_eq!(crisis.state, PostState::Approved);
    let mut protocol = in_review(Category::Protocol, &team);
    assert_eq!(
        protocol.approve(&team.supervisor, &book(), true, at(1, 8)),
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
    assert_eq!(post.approve(&team.second_supervisor, &policies, false, at(1, 8)), Err(PostError::NotAnApprover));
    assert!(!post.approve(&team.supervisor, &policies, false, at(1, 8)).expect("first").complete);
    assert!(post.approve(&ambassador, &policies, false, at(1, 9)).expect("second").complete);
}

#[test]
fn any_edit_withdraws_the_approval_and_says_why() {
    let team = team();
    let approved = || {
        let mut post = in_review(Category::Culture, &team);
        post.approve(&team.supervisor, &book(), false, at(1, 8)).expect("approve");
        post
    };
    let mut post = approved();
    let effect = post.edit_text(&team.translator, &lang("fr"), "Félicitations chaleureuses").expect("edit");
    assert_eq!(
        effect,
        Effect::ApprovalWithdrawn { reason: WithdrawReason::TextChanged { language: lang("fr") }, approvals: 1 }
    );
    assert_eq!(post.state, PostState::InReview);
    assert!(post.approvals.is_empty() && post.approved_content.is_none());

    let mut post = approved();
    post.edit_text(&team.drafter, &lang("ar"), "نص جديد").expect("edit source");
    assert_eq!(post.variant_state(&lang("fr")), VariantState::Stale, "the translation is now stale");
    assert_eq!(post.state, PostState::InTranslation);

    let mut post = approved();
    let effect = post.reschedule(&team.drafter, at(6, 9)).expect("move");
    assert!(matches!(effect, Effect::ApprovalWithdrawn { reason: WithdrawReason::TimeChanged, .. }));

    let mut post = approved();
    post.schedule(&team.drafter).expect("schedule");
    let effect = post.retarget(&team.drafter, BTreeSet::from([AccountId(1)])).expect("retarget");
    assert!(matches!(effect, Effect::ApprovalWithdrawn { reason: WithdrawReason::TargetsChanged, .. }));
    assert_eq!(post.state, PostState::InReview);
    assert_eq!(post.schedule(&team.drafter), Err(PostError::Transition { from: "in-review", action: "schedule" }));
}

#[test]
fn an_edit_that_changes_nothing_keeps_the_approval() {
    let team = team();
    let mut post = in_review(Category::Culture, &team);
    post.approve(&team.supervisor, &book(), false, at(1, 8)).expect("approve");
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
    assert_eq!(post.schedule(&team.drafter), Err(PostError::Transition { from: "in-review", action: "schedule" }));
    post.approve(&team.supervisor, &book(), false, at(5, 10)).expect("late approval");
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

#[test]
fn the_content_hash_covers_text_targets_and_time_only() {
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
    let mut edited = post;
    edited.variants.get_mut(&lang("fr")).expect("fr").text.push('!');
    assert_ne!(edited.content_hash(), base);
}

/// One step a person might take on a post.
#[derive(Debug, Clone)]
enum Action {
    EditSource(usize),
    Translate(usize),
    Submit(usize),
    Approve(usize, bool),
    Reject(usize),
    Reschedule(usize, u32),
    Schedule(usize),
    Publish(usize),
}

fn action() -> impl Strategy<Value = Action> {
    let who = 0..5usize;
    prop_oneof![
        who.clone().prop_map(Action::EditSource),
        who.clone().prop_map(Action::Translate),
        who.clone().prop_map(Action::Submit),
        (who.clone(), any::<bool>()).prop_map(|(w, f)| Action::Approve(w, f)),
        who.clone().prop_map(Action::Reject),
        (who.clone(), 1..28u32).prop_map(|(w, d)| Action::Reschedule(w, d)),
        who.clone().prop_map(Action::Schedule),
        who.prop_map(Action::Publish),
    ]
}

proptest! {
    /// "No sequence of actions lets one person approve their own post", and
    /// an approved post always carries the hash of its current content.
    #[test]
    fn no_sequence_of_actions_breaks_four_eyes_or_the_approval_binding(
        category in proptest::sample::select(Category::ALL.to_vec()),
        actions in proptest::collection::vec(action(), 0..40),
    ) {
        // Five people with overlapping roles, as in a small mission.
        let people = [
            user("karim", &[Role::Drafter, Role::Translator]),
            user("lina", &[Role::Translator, Role::Supervisor]),
            user("samir", &[Role::Supervisor, Role::Drafter]),
            user("nadia", &[Role::Supervisor]),
            user("omar", &[Role::Admin]),
        ];
        let policies = book();
        let mut post = post(category, &people[0]);
        for (step, action) in actions.into_iter().enumerate() {
            let text = format!("نص رقم {step}");
            let _ = match action {
                Action::EditSource(w) => post.edit_text(&people[w], &lang("ar"), &text).map(|_| ()),
                Action::Translate(w) => post.edit_text(&people[w], &lang("fr"), &format!("texte {step}")).map(|_| ()),
                Action::Submit(w) => post.submit(&people[w]),
                Action::Approve(w, fast) => post.approve(&people[w], &policies, fast, at(1, 8)).map(|_| ()),
                Action::Reject(w) => post.reject(&people[w], &policies, "raison"),
                Action::Reschedule(w, day) => post.reschedule(&people[w], at(day, 9)).map(|_| ()),
                Action::Schedule(w) => post.schedule(&people[w]),
                Action::Publish(w) => post.publish(&people[w], "https://example.org/p/1"),
            };
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
