use std::collections::BTreeSet;

use chrono::TimeZone;
use proptest::prelude::*;

use super::*;
use crate::account::{Account, AccountId, Handle, Verification};
use crate::approval::PolicyBook;
use crate::language::LanguageCode;
use crate::platform::Platform;
use crate::post::{Category, NewPost, PostId, Targets};

fn paris() -> MissionCode {
    MissionCode::parse("DZ-FR-PAR").expect("code")
}

fn beijing() -> MissionCode {
    MissionCode::parse("DZ-CN-PEK").expect("code")
}

fn person(name: &str, roles: &[(MissionCode, Role)]) -> User {
    let mut user = User::new(UserName::parse(name).expect("name"), name);
    for (mission, role) in roles {
        user.grant(mission.clone(), *role);
    }
    user
}

fn drafter() -> User {
    person("karim", &[(paris(), Role::Drafter), (beijing(), Role::Drafter)])
}

fn supervisor() -> User {
    person("samir", &[(paris(), Role::Supervisor), (beijing(), Role::Supervisor)])
}

fn second_supervisor() -> User {
    person("nadia", &[(paris(), Role::Supervisor), (beijing(), Role::Supervisor)])
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, hour, 0, 0).single().expect("time")
}

fn targets(mission: &MissionCode) -> Targets {
    let account = Account {
        id: AccountId(1),
        mission: mission.clone(),
        platform: Platform::Facebook,
        handle: Handle::parse("ambassade").expect("handle"),
        languages: vec![LanguageCode::parse("ar").expect("ar")],
        verification: Verification::Unverified,
        active: true,
        limit_override: None,
    };
    Targets { accounts: vec![account], has_media: false }
}

/// An Arabic-only post (nothing to translate), approved by Samir.
fn approved(id: i64, mission: MissionCode, category: Category, at: DateTime<Utc>) -> Post {
    let new = NewPost {
        mission: mission.clone(),
        time_zone: chrono_tz::Europe::Paris,
        targets: BTreeSet::from([AccountId(1)]),
        category,
        source_language: LanguageCode::parse("ar").expect("ar"),
        languages: Vec::new(),
        at,
        text: "بيان".into(),
        note: None,
        crisis_priority: false,
    };
    let mut post = Post::create(PostId(id), new, &drafter()).expect("post");
    post.submit(&drafter(), &targets(&mission)).expect("submit");
    let book = PolicyBook::ministry_default();
    while post.state == PostState::InReview {
        let approver = if post.approvals.is_empty() { supervisor() } else { second_supervisor() };
        post.approve(&approver, &targets(&mission), &book, false, at).expect("approve");
    }
    post
}

fn declare(missions: &[MissionCode], from: DateTime<Utc>, to: DateTime<Utc>) -> Crisis {
    Crisis::declare(CrisisId(1), &supervisor(), missions.iter().cloned().collect(), (from, to), "زلزال", at(1, 6))
        .expect("declare")
}

#[test]
fn a_crisis_needs_a_supervisor_at_every_mission_a_window_and_a_reason() {
    let both: BTreeSet<_> = [paris(), beijing()].into();
    let window = (at(2, 0), at(4, 0));
    let paris_only = person("amal", &[(paris(), Role::Supervisor)]);
    assert!(matches!(
        Crisis::declare(CrisisId(1), &paris_only, both.clone(), window, "r", at(1, 0)),
        Err(CrisisError::Post(PostError::RoleMissing { .. }))
    ));
    assert_eq!(
        Crisis::declare(CrisisId(1), &drafter(), [paris()].into(), window, "r", at(1, 0)).map(|_| ()),
        Err(CrisisError::Post(PostError::RoleMissing { role: Role::Supervisor, mission: paris().to_string() }))
    );
    assert_eq!(
        Crisis::declare(CrisisId(1), &supervisor(), BTreeSet::new(), window, "r", at(1, 0)),
        Err(CrisisError::NoMissions)
    );
    assert_eq!(
        Crisis::declare(CrisisId(1), &supervisor(), both.clone(), (at(4, 0), at(2, 0)), "r", at(1, 0)),
        Err(CrisisError::WindowReversed)
    );
    assert_eq!(
        Crisis::declare(
            CrisisId(1),
            &supervisor(),
            both.clone(),
            (at(1, 0), at(1, 0) + Duration::days(40)),
            "r",
            at(1, 0)
        ),
        Err(CrisisError::WindowTooLong { days: MAX_WINDOW_DAYS })
    );
    assert_eq!(
        Crisis::declare(CrisisId(1), &supervisor(), both, window, "  ", at(1, 0)),
        Err(CrisisError::ReasonMissing)
    );
}

#[test]
fn routine_posts_in_the_window_pause_and_cannot_go_out_until_resolved() {
    let crisis = declare(&[paris()], at(2, 0), at(4, 0));
    let mut routine = approved(1, paris(), Category::Culture, at(3, 9));
    let mut crisis_post = approved(2, paris(), Category::Crisis, at(3, 9));
    let mut elsewhere = approved(3, beijing(), Category::Culture, at(3, 9));
    let mut later = approved(4, paris(), Category::Culture, at(4, 0));
    assert!(routine.pause(&crisis));
    assert!(!crisis_post.pause(&crisis), "crisis posts go on");
    assert!(!elsewhere.pause(&crisis), "another mission");
    assert!(!later.pause(&crisis), "the window ends before 4 December 00:00");
    assert!(!routine.pause(&crisis), "paused once");

    let paused = PostError::Paused { crisis: 1 };
    assert_eq!(routine.schedule(&drafter(), &targets(&paris())), Err(paused.clone()));
    let mut scheduled = approved(5, paris(), Category::Culture, at(3, 10));
    scheduled.schedule(&drafter(), &targets(&paris())).expect("scheduled before the crisis");
    assert!(scheduled.pause(&crisis), "scheduled posts pause too");
    assert_eq!(scheduled.publish(&drafter(), &targets(&paris()), "https://x.com/a/1"), Err(paused.clone()));
    assert_eq!(routine.state, PostState::Approved, "paused, not changed");
    assert_eq!(
        routine.resolve_pause(&supervisor(), &crisis, Resolution::Resume),
        Err(PostError::Paused { crisis: 1 }),
        "not before the crisis ends"
    );
}

#[test]
fn ending_a_crisis_resumes_reschedules_or_sends_back_to_draft() {
    let mut crisis = declare(&[paris()], at(2, 0), at(4, 0));
    let mut posts: Vec<Post> = (1..=3).map(|id| approved(id, paris(), Category::Culture, at(2, 9))).collect();
    for post in &mut posts {
        assert!(post.pause(&crisis));
    }
    assert_eq!(crisis.end(&drafter(), at(3, 12)).map_err(|e| e.message_id()), Err("error-post-role-missing"));
    crisis.end(&supervisor(), at(3, 12)).expect("end");
    assert_eq!(crisis.end(&supervisor(), at(3, 13)), Err(CrisisError::AlreadyEnded));

    assert_eq!(posts[0].resolve_pause(&supervisor(), &crisis, Resolution::Resume), Ok(Effect::None));
    assert_eq!((posts[0].state.clone(), posts[0].paused_by), (PostState::Approved, None));
    assert!(
        posts[0].is_overdue(at(3, 12)) || posts[0].state.is_approved(),
        "still approved: it goes out when published"
    );

    let effect = posts[1].resolve_pause(&supervisor(), &crisis, Resolution::Reschedule).expect("reschedule");
    assert!(matches!(effect, Effect::ApprovalWithdrawn { reason: WithdrawReason::TimeChanged, .. }));
    assert_eq!(posts[1].at, at(4, 9), "10:00 in Paris, the day after the crisis ended");
    assert_eq!(posts[1].state, PostState::InReview);

    let effect = posts[2].resolve_pause(&supervisor(), &crisis, Resolution::ToDraft).expect("to draft");
    assert!(matches!(effect, Effect::ApprovalWithdrawn { reason: WithdrawReason::CrisisToDraft, approvals: 1 }));
    assert_eq!(posts[2].state, PostState::Draft);
    assert_eq!(posts[2].resolve_pause(&supervisor(), &crisis, Resolution::Resume), Err(PostError::NotPaused));
}

#[test]
fn rescheduling_keeps_the_local_time_of_day_across_a_clock_change() {
    let zone = chrono_tz::Europe::Paris;
    // 10:00 in Paris on Saturday 24 October 2026 (summer time, 08:00 UTC).
    let before = Utc.with_ymd_and_hms(2026, 10, 24, 8, 0, 0).single().expect("time");
    // The crisis ends on Monday at noon, after the clocks went back.
    let end = Utc.with_ymd_and_hms(2026, 10, 26, 11, 0, 0).single().expect("time");
    let moved = after_crisis(before, zone, end);
    assert_eq!(moved.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string(), "2026-10-27 10:00");
    assert_eq!(after_crisis(end + Duration::hours(1), zone, end), end + Duration::hours(1), "not passed: stays");
}

/// One step of the property test.
#[derive(Debug, Clone)]
enum Step {
    Declare { from_day: u32, days: u32, both: bool },
    End { resolution: Resolution, by_drafter: bool },
    Publish(usize),
    Schedule(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (1..10u32, 1..5u32, any::<bool>()).prop_map(|(from_day, days, both)| Step::Declare { from_day, days, both }),
        (proptest::sample::select(Resolution::ALL.to_vec()), any::<bool>())
            .prop_map(|(resolution, by_drafter)| Step::End { resolution, by_drafter }),
        (0..6usize).prop_map(Step::Publish),
        (0..6usize).prop_map(Step::Schedule),
    ]
}

proptest! {
    /// "No sequence of crisis actions loses or silently publishes a post":
    /// every post is still there, only a publish action on a post not
    /// paused publishes it, and an ended crisis leaves no post paused.
    #[test]
    fn no_sequence_of_crisis_actions_loses_or_silently_publishes_a_post(
        days in proptest::collection::vec((1..12u32, 0..24u32, any::<bool>(), any::<bool>()), 6),
        steps in proptest::collection::vec(step(), 0..30),
    ) {
        let mut posts: Vec<Post> = days
            .iter()
            .enumerate()
            .map(|(i, (day, hour, beijing_post, crisis_category))| {
                let mission = if *beijing_post { beijing() } else { paris() };
                let category = if *crisis_category { Category::Crisis } else { Category::Culture };
                approved(i64::try_from(i).unwrap_or(0) + 1, mission, category, at(*day, *hour))
            })
            .collect();
        let mut crises: Vec<Crisis> = Vec::new();
        for (index, step) in steps.into_iter().enumerate() {
            let now = at(12, 0) + Duration::minutes(i64::try_from(index).unwrap_or(0));
            let before: Vec<(PostState, Option<CrisisId>)> = posts.iter().map(|p| (p.state.clone(), p.paused_by)).collect();
            let mut published_by_action = None;
            match step {
                Step::Declare { from_day, days, both } => {
                    let missions: Vec<MissionCode> = if both { vec![paris(), beijing()] } else { vec![paris()] };
                    let id = CrisisId(i64::try_from(crises.len()).unwrap_or(0) + 1);
                    let from = at(from_day, 0);
                    let crisis = Crisis::declare(id, &supervisor(), missions.into_iter().collect(), (from, from + Duration::days(i64::from(days))), "r", now)
                        .expect("declare");
                    for post in &mut posts {
                        let paused = post.pause(&crisis);
                        prop_assert_eq!(paused, post.paused_by == Some(id));
                    }
                    crises.push(crisis);
                }
                Step::End { resolution, by_drafter } => {
                    if let Some(crisis) = crises.iter_mut().find(|c| c.is_active()) {
                        let actor = if by_drafter { drafter() } else { supervisor() };
                        if crisis.end(&actor, now).is_ok() {
                            for post in posts.iter_mut().filter(|p| p.paused_by == Some(crisis.id)) {
                                post.resolve_pause(&actor, crisis, resolution).expect("resolve");
                            }
                            prop_assert!(posts.iter().all(|p| p.paused_by != Some(crisis.id)), "an ended crisis left a post paused");
                        }
                    }
                }
                Step::Publish(i) => {
                    let post = &mut posts[i];
                    let was_paused = post.paused_by.is_some();
                    if post.state == PostState::Approved {
                        let _ = post.schedule(&drafter(), &targets(&post.mission.clone()));
                    }
                    if post.publish(&drafter(), &targets(&post.mission.clone()), "https://x.com/a/1").is_ok() {
                        prop_assert!(!was_paused, "a paused post was published");
                        published_by_action = Some(i);
                    }
                }
                Step::Schedule(i) => {
                    let post = &mut posts[i];
                    let was_paused = post.paused_by.is_some();
                    if post.schedule(&drafter(), &targets(&post.mission.clone())).is_ok() {
                        prop_assert!(!was_paused, "a paused post was scheduled");
                    }
                }
            }
            prop_assert_eq!(posts.len(), 6, "a post was lost");
            for (i, (post, (state, _))) in posts.iter().zip(&before).enumerate() {
                if post.state.is_published() && !state.is_published() {
                    prop_assert_eq!(published_by_action, Some(i), "published without a publish action");
                }
                if state.is_published() {
                    prop_assert!(post.state.is_published(), "a published post changed");
                }
                if post.paused_by.is_some() {
                    prop_assert!(!post.state.is_published());
                }
            }
        }
    }
}
