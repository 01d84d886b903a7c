//! The shared plan on a real PostgreSQL: posts pushed by two desktops as
//! the use cases they ran offline, run again by the hub through the core,
//! and pulled back. Zero silent overwrites, in both directions.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

mod support;

use diwan_core::user::Role;
use diwan_core::MissionCode;
use diwan_hub::{audit, devices, missions, people, posts, schema};
use diwan_protocol::{Change, Outcome, Pushed};
use support::{plan, PgCluster};
use tokio_postgres::Client;

const PASSPHRASE: &str = "a long road to Tamanrasset";

struct Desk {
    device: i64,
    user: diwan_core::user::User,
}

/// A hub with Paris and Berlin, one Arabic account each, and Karim
/// (drafter), Samir (supervisor) and Lina (translator) at Paris, Omar
/// (translator) and Hans (drafter) at Berlin.
async fn hub(cluster: &PgCluster) -> (Client, [Desk; 5]) {
    let mut client = diwan_hub::connect(&cluster.database("hub")).await.unwrap();
    schema::migrate(&mut client).await.unwrap();
    let now = diwan_hub::now();
    for (code, zone, handle) in [("DZ-FR-PAR", "Europe/Paris", "dz_paris"), ("DZ-DE-BER", "Europe/Berlin", "dz_berlin")]
    {
        missions::add(&mut client, &plan::mission(code, zone), now).await.unwrap();
        missions::add_account(&mut client, &plan::account(code, handle), now).await.unwrap();
    }
    let paris = MissionCode::parse("DZ-FR-PAR").unwrap();
    let berlin = MissionCode::parse("DZ-DE-BER").unwrap();
    let mut desks = Vec::new();
    for (name, roles) in [
        ("karim", vec![(Role::Drafter, paris.clone())]),
        ("samir", vec![(Role::Supervisor, paris.clone())]),
        ("omar", vec![(Role::Translator, berlin.clone())]),
        ("hans", vec![(Role::Drafter, berlin.clone())]),
        ("lina", vec![(Role::Translator, paris.clone())]),
    ] {
        people::add(&mut client, name, name, PASSPHRASE, &roles, now).await.unwrap();
        let issued = devices::sign_in(&mut client, name, PASSPHRASE, "desk", now).await.unwrap();
        desks.push(Desk { device: issued.device, user: issued.user });
    }
    (client, desks.try_into().ok().unwrap())
}

fn pushed(key: &str, post: &str, base: Option<i64>, change: Change) -> Pushed {
    Pushed { key: key.into(), post: post.into(), base_version: base, change, event: None }
}

async fn push(client: &mut Client, desk: &Desk, change: Pushed) -> Outcome {
    let mut outcomes = posts::push(client, desk.device, &desk.user, &[change], diwan_hub::now()).await.unwrap();
    outcomes.pop().unwrap()
}

fn accepted(outcome: &Outcome) -> i64 {
    match outcome {
        Outcome::Accepted { version, .. } => *version,
        Outcome::Refused { refusal, .. } => panic!("refused: {refusal:?}"),
    }
}

fn refused(outcome: &Outcome) -> (&str, bool) {
    match outcome {
        Outcome::Refused { refusal, conflict, .. } => (refusal.code.as_str(), *conflict),
        Outcome::Accepted { .. } => panic!("accepted: {outcome:?}"),
    }
}

async fn the_post(client: &Client, desk: &Desk, uid: &str) -> diwan_protocol::Post {
    let pulled = posts::pull(client, &desk.user, 0).await.unwrap();
    pulled.posts.into_iter().find(|p| p.uid == uid).expect("pulled")
}

/// Karim's post, submitted: in review at version 2.
async fn in_review(client: &mut Client, karim: &Desk, uid: &str) {
    let text = "تحتفل سفارة الجزائر بيوم الثقافة";
    assert_eq!(
        accepted(
            &push(client, karim, pushed(&format!("{uid}-1"), uid, None, plan::creation("DZ-FR-PAR", "dz_paris", text)))
                .await
        ),
        1
    );
    assert_eq!(accepted(&push(client, karim, pushed(&format!("{uid}-2"), uid, Some(1), Change::Submit)).await), 2);
}

#[tokio::test]
async fn an_offline_edit_and_an_approval_meet_on_the_hub_and_nothing_is_overwritten() {
    let cluster = PgCluster::start();
    let (mut client, [karim, samir, ..]) = hub(&cluster).await;

    // A edits offline while B approves: the approval stands, the edit comes back.
    in_review(&mut client, &karim, "p1").await;
    assert_eq!(
        accepted(&push(&mut client, &samir, pushed("a1", "p1", Some(2), Change::Approve { fast_track: false })).await),
        3
    );
    let edit = Change::EditText { language: "ar".into(), text: "نص آخر كتب دون اتصال".into() };
    let outcome = push(&mut client, &karim, pushed("e1", "p1", Some(2), edit)).await;
    assert_eq!(refused(&outcome), ("error-sync-decided-meanwhile", true));
    let post = the_post(&client, &samir, "p1").await;
    assert_eq!((post.state.as_str(), post.approved, post.version), ("approved", true, 3));
    assert_eq!(post.variants["ar"].text, "تحتفل سفارة الجزائر بيوم الثقافة");

    // The same with the roles swapped: the edit lands first, the approval of
    // the old text comes back to the supervisor.
    in_review(&mut client, &karim, "p2").await;
    let edit = Change::EditText { language: "ar".into(), text: "نص منقح".into() };
    assert_eq!(accepted(&push(&mut client, &karim, pushed("e2", "p2", Some(2), edit)).await), 3);
    let outcome = push(&mut client, &samir, pushed("a2", "p2", Some(2), Change::Approve { fast_track: false })).await;
    assert_eq!(refused(&outcome), ("error-sync-decided-on-old-content", true));
    let post = the_post(&client, &karim, "p2").await;
    assert_eq!((post.state.as_str(), post.approved, post.approvals.len()), ("in-review", false, 0));
    // Having seen the new text, the supervisor approves it.
    assert_eq!(
        accepted(&push(&mut client, &samir, pushed("a2b", "p2", Some(3), Change::Approve { fast_track: false })).await),
        4
    );

    // Reschedules race: the second move from the same version comes back.
    in_review(&mut client, &karim, "p3").await;
    let move_to = |at: &str| Change::Reschedule { at: at.into() };
    assert_eq!(
        accepted(&push(&mut client, &samir, pushed("m1", "p3", Some(2), move_to("2026-12-06T09:00:00Z"))).await),
        3
    );
    let outcome = push(&mut client, &karim, pushed("m2", "p3", Some(2), move_to("2026-12-07T09:00:00Z"))).await;
    assert_eq!(refused(&outcome), ("error-sync-moved-meanwhile", true));
    assert_eq!(the_post(&client, &karim, "p3").await.at, "2026-12-06T09:00:00.000000Z");

    // Every accepted change is in the hub's chain, and the chain holds.
    let events: i64 =
        client.query_one("SELECT count(*) FROM audit_events WHERE subject LIKE 'post:%'", &[]).await.unwrap().get(0);
    let accepted_changes: i64 =
        client.query_one("SELECT count(*) FROM changes WHERE version IS NOT NULL", &[]).await.unwrap().get(0);
    assert_eq!(events, accepted_changes, "one event per accepted change (no approval was withdrawn here)");
    audit::verify(&client).await.unwrap();
}

#[tokio::test]
async fn a_change_pushed_twice_runs_once_and_gets_its_first_answer() {
    let cluster = PgCluster::start();
    let (mut client, [karim, samir, ..]) = hub(&cluster).await;
    in_review(&mut client, &karim, "p1").await;
    let approve = pushed("same-key", "p1", Some(2), Change::Approve { fast_track: false });
    let first = push(&mut client, &samir, approve.clone()).await;
    // The answer was lost; the desktop sends it again, twice.
    assert_eq!(push(&mut client, &samir, approve.clone()).await, first);
    assert_eq!(push(&mut client, &samir, approve).await, first);
    assert_eq!(the_post(&client, &samir, "p1").await.version, 3, "applied exactly once");
    let rows: i64 = client.query_one("SELECT count(*) FROM changes WHERE key = 'same-key'", &[]).await.unwrap().get(0);
    assert_eq!(rows, 1);
    // Someone else's key is not theirs to replay.
    let stolen = pushed("same-key", "p1", Some(3), Change::Submit);
    assert!(posts::push(&mut client, karim.device, &karim.user, &[stolen], diwan_hub::now()).await.is_err());
}

#[tokio::test]
async fn a_modified_client_is_refused_by_the_posts_own_rules_on_the_hub() {
    let cluster = PgCluster::start();
    let (mut client, [karim, _samir, omar, hans, _lina]) = hub(&cluster).await;
    in_review(&mut client, &karim, "p1").await;
    let approve = || Change::Approve { fast_track: false };
    // Its author approving their own post.
    let outcome = push(&mut client, &karim, pushed("k", "p1", Some(2), approve())).await;
    assert_eq!(refused(&outcome), ("error-post-four-eyes", false));
    // Someone with no role at Paris.
    let outcome = push(&mut client, &omar, pushed("o", "p1", Some(2), approve())).await;
    assert_eq!(refused(&outcome), ("error-post-not-approver", false));
    // Creating at a mission where one holds no drafter role.
    let outcome =
        push(&mut client, &hans, pushed("h", "p9", None, plan::creation("DZ-FR-PAR", "dz_paris", "نص"))).await;
    assert_eq!(refused(&outcome).0, "error-post-role-missing");
    // A version the hub never had, a post it never had, and a target unknown there.
    let outcome = push(&mut client, &karim, pushed("v", "p1", Some(40), Change::Submit)).await;
    assert_eq!(refused(&outcome).0, "error-hub-version-unknown");
    let outcome = push(&mut client, &karim, pushed("u", "nope", Some(1), Change::Submit)).await;
    assert_eq!(refused(&outcome).0, "error-hub-post-unknown");
    let outcome =
        push(&mut client, &karim, pushed("t", "p8", None, plan::creation("DZ-FR-PAR", "dz_berlin", "نص"))).await;
    assert_eq!(refused(&outcome).0, "error-hub-unreadable");
    let post = the_post(&client, &karim, "p1").await;
    assert_eq!((post.version, post.state.as_str(), post.approvals.len()), (2, "in-review", 0), "nothing changed");
}

#[tokio::test]
async fn a_person_pulls_only_their_missions_posts_from_their_cursor() {
    let cluster = PgCluster::start();
    let (mut client, [karim, samir, _omar, hans, _lina]) = hub(&cluster).await;
    in_review(&mut client, &karim, "paris").await;
    assert_eq!(
        accepted(
            &push(&mut client, &hans, pushed("b", "berlin", None, plan::creation("DZ-DE-BER", "dz_berlin", "برلين")))
                .await
        ),
        1
    );

    let everything = posts::pull(&client, &samir.user, 0).await.unwrap();
    assert_eq!(everything.posts.iter().map(|p| p.uid.as_str()).collect::<Vec<_>>(), ["paris"]);
    assert!(!everything.more);
    let berlin = posts::pull(&client, &hans.user, 0).await.unwrap();
    assert_eq!(berlin.posts.iter().map(|p| p.uid.as_str()).collect::<Vec<_>>(), ["berlin"]);

    // From the cursor: nothing new, then only what changed since.
    assert!(posts::pull(&client, &samir.user, everything.cursor).await.unwrap().posts.is_empty());
    push(&mut client, &samir, pushed("a", "paris", Some(2), Change::Approve { fast_track: false })).await;
    let since = posts::pull(&client, &samir.user, everything.cursor).await.unwrap();
    assert_eq!(since.posts.len(), 1);
    assert_eq!((since.posts[0].version, since.posts[0].state.as_str()), (3, "approved"));
    assert!(since.cursor > everything.cursor);
}

#[tokio::test]
async fn translations_meet_edits_and_approvals_on_the_hub_without_overwriting() {
    let cluster = PgCluster::start();
    let (mut client, [karim, samir, _omar, _hans, lina]) = hub(&cluster).await;
    let Change::Create { post: mut new } = plan::creation("DZ-FR-PAR", "dz_paris", "تحتفل السفارة بيوم الثقافة")
    else {
        unreachable!()
    };
    new.languages = vec!["fr".into()];
    assert_eq!(accepted(&push(&mut client, &karim, pushed("c", "p", None, Change::Create { post: new })).await), 1);
    let french = |text: &str| Change::EditText { language: "fr".into(), text: text.into() };
    assert_eq!(
        accepted(&push(&mut client, &lina, pushed("f1", "p", Some(1), french("L'ambassade célèbre la culture"))).await),
        2
    );

    // Lina vouches for the French she wrote while Karim rewrote it from the same version: her "done" comes back.
    assert_eq!(
        accepted(
            &push(
                &mut client,
                &karim,
                pushed("k1", "p", Some(2), Change::EditText { language: "ar".into(), text: "نص جديد".into() })
            )
            .await
        ),
        3
    );
    let done = Change::MarkTranslated { language: "fr".into(), override_reason: Some("test".into()) };
    let outcome = push(&mut client, &lina, pushed("d1", "p", Some(2), done.clone())).await;
    assert_eq!(refused(&outcome), ("error-sync-decided-on-old-content", true));
    // Seen again at version 3, it goes through, and the post goes on to review.
    assert_eq!(accepted(&push(&mut client, &lina, pushed("d2", "p", Some(3), done)).await), 4);
    assert_eq!(accepted(&push(&mut client, &karim, pushed("s", "p", Some(4), Change::Submit)).await), 5);

    // Samir approves; Lina, offline since version 5, retouches the French: her edit comes back, the approval stands.
    assert_eq!(
        accepted(&push(&mut client, &samir, pushed("a", "p", Some(5), Change::Approve { fast_track: false })).await),
        6
    );
    let outcome =
        push(&mut client, &lina, pushed("f2", "p", Some(5), french("L'ambassade célèbre la culture arabe"))).await;
    assert_eq!(refused(&outcome), ("error-sync-decided-meanwhile", true));
    let post = the_post(&client, &samir, "p").await;
    assert_eq!((post.state.as_str(), post.approved), ("approved", true));
    assert_eq!(post.variants["fr"].text, "L'ambassade célèbre la culture");
    audit::verify(&client).await.unwrap();
}

#[tokio::test]
async fn a_crisis_declared_meanwhile_holds_back_a_post_scheduled_offline_and_ending_it_lets_it_go() {
    let cluster = PgCluster::start();
    let (mut client, [karim, samir, _omar, _hans, _lina]) = hub(&cluster).await;
    in_review(&mut client, &karim, "p").await;
    assert_eq!(
        accepted(&push(&mut client, &samir, pushed("a", "p", Some(2), Change::Approve { fast_track: false })).await),
        3
    );

    // Samir declares a crisis over the post's day; the hub pauses it there.
    let declare = Change::DeclareCrisis {
        missions: vec!["DZ-FR-PAR".into()],
        from: "2026-12-05T00:00:00Z".into(),
        to: "2026-12-06T00:00:00Z".into(),
        reason: "حداد وطني".into(),
    };
    accepted(&push(&mut client, &samir, pushed("c1", "crisis-1", None, declare.clone())).await);
    let post = the_post(&client, &samir, "p").await;
    assert_eq!((post.paused_by.as_deref(), post.version), (Some("crisis-1"), 4));
    // Only a supervisor of every mission named may: Karim's own declaration is refused.
    let outcome = push(&mut client, &karim, pushed("c2", "crisis-2", None, declare)).await;
    assert_eq!(refused(&outcome).0, "error-post-role-missing");

    // Karim, offline since the approval, schedules it: the post's rules hold it back.
    let outcome = push(&mut client, &karim, pushed("s", "p", Some(3), Change::Schedule)).await;
    assert_eq!(refused(&outcome), ("error-post-paused", false));
    let pulled = posts::pull(&client, &karim.user, 0).await.unwrap();
    assert_eq!(pulled.crises.iter().map(|c| c.uid.as_str()).collect::<Vec<_>>(), ["crisis-1"]);

    // Samir ends it, resuming: the post is free again, still approved, and Karim schedules it.
    let end = Change::EndCrisis { resolution: "resume".into(), posts: Default::default() };
    accepted(&push(&mut client, &samir, pushed("e", "crisis-1", None, end)).await);
    let post = the_post(&client, &karim, "p").await;
    assert_eq!((post.paused_by, post.state.as_str(), post.version), (None, "approved", 5));
    assert_eq!(accepted(&push(&mut client, &karim, pushed("s2", "p", Some(5), Change::Schedule)).await), 6);
    let ended = posts::pull(&client, &karim.user, pulled.cursor).await.unwrap();
    assert!(ended.crises.iter().any(|c| c.uid == "crisis-1" && c.ended_by.as_deref() == Some("samir")));
    audit::verify(&client).await.unwrap();
}

#[tokio::test]
async fn pushes_from_hubs_side_by_side_are_pulled_from_a_cursor_without_one_skipped() {
    let cluster = PgCluster::start();
    let (mut client, [karim, ..]) = hub(&cluster).await;
    let url = format!("postgres://postgres@127.0.0.1:{}/hub", cluster.port);
    for n in 0..8 {
        let uid = format!("p{n}");
        push(&mut client, &karim, pushed(&format!("c{n}"), &uid, None, plan::creation("DZ-FR-PAR", "dz_paris", "نص")))
            .await;
    }
    // Two hubs (two connections) edit the eight posts at once, 40 times in all,
    // while a desktop pulls from its cursor again and again.
    let mut writers = Vec::new();
    for hub in 0..2 {
        let (url, device, user) = (url.clone(), karim.device, karim.user.clone());
        writers.push(tokio::spawn(async move {
            let mut client = diwan_hub::connect(&url).await.unwrap();
            for round in 0..20 {
                let n = (round * 2 + hub) % 8;
                let uid = format!("p{n}");
                let version = posts::versions(&client).await.unwrap()[&uid];
                let edit = Change::EditText { language: "ar".into(), text: format!("نص {hub} {round}") };
                let change = pushed(&format!("e{hub}-{round}"), &uid, Some(version), edit);
                posts::push(&mut client, device, &user, &[change], diwan_hub::now()).await.unwrap();
            }
        }));
    }
    let puller = {
        let (url, user) = (url.clone(), karim.user.clone());
        tokio::spawn(async move {
            let client = diwan_hub::connect(&url).await.unwrap();
            let (mut cursor, mut seen) = (0, std::collections::BTreeMap::new());
            for _ in 0..200 {
                let page = posts::pull(&client, &user, cursor).await.unwrap();
                for post in page.posts {
                    seen.insert(post.uid, post.version);
                }
                cursor = page.cursor;
                tokio::task::yield_now().await;
            }
            (cursor, seen)
        })
    };
    for writer in writers {
        writer.await.unwrap();
    }
    let (cursor, mut seen) = puller.await.unwrap();
    // One more pull from where it stopped brings whatever came after: then it matches the hub exactly.
    for post in posts::pull(&client, &karim.user, cursor).await.unwrap().posts {
        seen.insert(post.uid, post.version);
    }
    assert_eq!(seen, posts::versions(&client).await.unwrap());
    audit::verify(&client).await.unwrap();
}

#[tokio::test]
async fn an_administrators_policy_governs_the_hubs_approvals_and_reaches_every_desktop() {
    let cluster = PgCluster::start();
    let (mut client, [karim, samir, _omar, _hans, lina]) = hub(&cluster).await;
    let now = diwan_hub::now();
    let paris = MissionCode::parse("DZ-FR-PAR").unwrap();
    people::add(&mut client, "amina", "Amina", PASSPHRASE, &[(Role::Admin, paris.clone())], now).await.unwrap();
    people::add(&mut client, "nadia", "Nadia", PASSPHRASE, &[(Role::Supervisor, paris.clone())], now).await.unwrap();
    let desk = async |client: &mut Client, name: &str| {
        let issued = devices::sign_in(client, name, PASSPHRASE, "desk", diwan_hub::now()).await.unwrap();
        Desk { device: issued.device, user: issued.user }
    };
    let amina = desk(&mut client, "amina").await;
    let nadia = desk(&mut client, "nadia").await;
    let two_steps = || Change::SetPolicy {
        category: "culture".into(),
        steps: vec!["supervisor".into(), "any:nadia".into()],
        fast_track: None,
    };
    // Only an administrator sets them; a name the hub does not know is refused.
    assert_eq!(
        refused(&push(&mut client, &karim, pushed("k", "policy:culture", None, two_steps())).await).0,
        "error-post-role-missing"
    );
    let unknown = Change::SetPolicy { category: "culture".into(), steps: vec!["any:nobody".into()], fast_track: None };
    assert_eq!(
        refused(&push(&mut client, &amina, pushed("u", "policy:culture", None, unknown)).await).0,
        "error-hub-person-unknown"
    );
    accepted(&push(&mut client, &amina, pushed("a", "policy:culture", None, two_steps())).await);

    // A culture post now needs two approvals on the hub: Samir's is the first step only.
    in_review(&mut client, &karim, "p").await;
    assert_eq!(
        accepted(&push(&mut client, &samir, pushed("s1", "p", Some(2), Change::Approve { fast_track: false })).await),
        3
    );
    let post = the_post(&client, &lina, "p").await;
    assert_eq!((post.state.as_str(), post.approvals.len()), ("in-review", 1));
    assert_eq!(
        accepted(&push(&mut client, &nadia, pushed("n1", "p", Some(3), Change::Approve { fast_track: false })).await),
        4
    );
    assert_eq!(the_post(&client, &lina, "p").await.state, "approved");
    // Every desktop pulls it, whatever its missions.
    let pulled = posts::pull(&client, &karim.user, 0).await.unwrap();
    assert_eq!(pulled.policies.len(), 1);
    assert_eq!(pulled.policies[0].steps, ["supervisor", "any:nadia"]);
    audit::verify(&client).await.unwrap();
}

#[tokio::test]
async fn a_taken_change_names_the_desktop_event_it_was_made_under_and_says_where_the_hub_recorded_it() {
    let cluster = PgCluster::start();
    let (mut client, [karim, ..]) = hub(&cluster).await;
    let desktop_event = diwan_protocol::ChainHead { seq: 41, hash: "ab".repeat(32) };
    let creation = plan::creation("DZ-FR-PAR", "dz_paris", "تحتفل سفارة الجزائر بيوم الثقافة");
    let change = Pushed { event: Some(desktop_event.clone()), ..pushed("l1", "p1", None, creation) };
    let Outcome::Accepted { recorded: Some(recorded), .. } = push(&mut client, &karim, change.clone()).await else {
        panic!("taken, and recorded")
    };
    // The hub's event, chained and verified, carries the link in its hashed detail.
    let checked = diwan_hub::audit::check(&client, &[recorded.seq]).await.unwrap();
    assert_eq!(checked.hashes[&recorded.seq].as_deref(), Some(recorded.hash.as_str()));
    assert!(checked.details[&recorded.seq].ends_with(&diwan_protocol::desktop_event_link(&desktop_event)));
    // Sent again, the same answer: the same event.
    assert_eq!(
        push(&mut client, &karim, change).await,
        Outcome::Accepted { key: "l1".into(), version: 1, recorded: Some(recorded) }
    );

    // A link that is no event's hash is not written into the chain.
    let submit = Pushed {
        event: Some(diwan_protocol::ChainHead { seq: 42, hash: "not a hash; approved by the minister".into() }),
        ..pushed("l2", "p1", Some(1), Change::Submit)
    };
    let Outcome::Accepted { recorded: Some(recorded), .. } = push(&mut client, &karim, submit).await else {
        panic!("taken")
    };
    let checked = diwan_hub::audit::check(&client, &[recorded.seq]).await.unwrap();
    assert!(!checked.details[&recorded.seq].contains("desktop event"), "{:?}", checked.details);
}

#[tokio::test]
async fn comments_travel_beside_the_post_by_the_people_of_its_mission_and_never_conflict() {
    let cluster = PgCluster::start();
    let (mut client, [karim, samir, _omar, hans, ..]) = hub(&cluster).await;
    in_review(&mut client, &karim, "p1").await;
    let comment = |uid: &str, language: Option<&str>, body: &str| Change::AddComment {
        uid: uid.into(),
        language: language.map(Into::into),
        body: body.into(),
    };

    // Karim comments on his post: taken, and the post's version stays 2.
    let said =
        push(&mut client, &karim, pushed("c1", "p1", Some(2), comment("k1", Some("ar"), "يرجى مراجعة التاريخ"))).await;
    assert_eq!(accepted(&said), 2, "a comment makes no version");
    // Sent again (a retry), kept once.
    push(&mut client, &karim, pushed("c1", "p1", Some(2), comment("k1", Some("ar"), "يرجى مراجعة التاريخ"))).await;
    let post = the_post(&client, &samir, "p1").await;
    assert_eq!(post.version, 2);
    assert_eq!(post.comments.len(), 1);
    assert_eq!((post.comments[0].author.as_str(), post.comments[0].language.as_deref()), ("karim", Some("ar")));

    // Samir resolves it; an approval pushed from version 2 meanwhile still
    // goes through: a comment is no change of what he approves.
    assert_eq!(
        accepted(
            &push(&mut client, &samir, pushed("r1", "p1", Some(2), Change::ResolveComment { uid: "k1".into() })).await
        ),
        2
    );
    assert_eq!(
        accepted(&push(&mut client, &samir, pushed("a1", "p1", Some(2), Change::Approve { fast_track: false })).await),
        3
    );
    let post = the_post(&client, &karim, "p1").await;
    assert_eq!(post.comments[0].resolved_by.as_deref(), Some("samir"));
    assert_eq!((post.state.as_str(), post.approved), ("approved", true));

    // Refused: someone of another mission, a variant the post lacks, an empty body, an unknown comment.
    let outsider = push(&mut client, &hans, pushed("c2", "p1", Some(3), comment("h1", None, "Guten Tag"))).await;
    assert_eq!(refused(&outsider).0, "error-hub-not-at-mission");
    let no_variant = push(&mut client, &karim, pushed("c3", "p1", Some(3), comment("k2", Some("fr"), "Bonjour"))).await;
    assert_eq!(refused(&no_variant).0, "error-hub-unreadable");
    let empty = push(&mut client, &karim, pushed("c4", "p1", Some(3), comment("k3", None, "  "))).await;
    assert_eq!(refused(&empty).0, "error-comment-empty");
    let unknown =
        push(&mut client, &samir, pushed("r2", "p1", Some(3), Change::ResolveComment { uid: "nope".into() })).await;
    assert_eq!(refused(&unknown).0, "error-hub-comment-unknown");
    assert_eq!(the_post(&client, &karim, "p1").await.comments.len(), 1);
    diwan_hub::audit::verify(&client).await.unwrap();
}

#[tokio::test]
async fn an_image_goes_to_the_hub_by_its_hash_before_the_change_that_attaches_it_and_its_approval_binds_it() {
    let cluster = PgCluster::start();
    let (mut client, [karim, samir, ..]) = hub(&cluster).await;
    in_review(&mut client, &karim, "p1").await;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR the ambassador at the cultural centre".to_vec();
    let content = diwan_core::media::content_hash(&png).to_hex();
    let user = |desk: &Desk| desk.user.clone();

    // Attached before its bytes came: refused, nothing changed.
    let early =
        push(&mut client, &karim, pushed("m1", "p1", Some(2), Change::AttachMedia { content: content.clone() })).await;
    assert_eq!(refused(&early).0, "error-hub-media-missing");
    // Bytes that are not an image, or not the image named: refused.
    let not_an_image = diwan_hub::media::put(&client, &user(&karim), &content, b"plain text", diwan_hub::now()).await;
    assert_eq!(diwan_core::Localized::message_id(&not_an_image.unwrap_err()), "error-media-not-image");
    let other = diwan_core::media::content_hash(b"another").to_hex();
    let mismatch = diwan_hub::media::put(&client, &user(&karim), &other, &png, diwan_hub::now()).await;
    assert_eq!(diwan_core::Localized::message_id(&mismatch.unwrap_err()), "error-hub-media-mismatch");

    // The bytes, then the change (a retry of it), then its alt text: the post
    // carries the image by hash, and its bytes come back whole.
    diwan_hub::media::put(&client, &user(&karim), &content, &png, diwan_hub::now()).await.unwrap();
    diwan_hub::media::put(&client, &user(&karim), &content, &png, diwan_hub::now()).await.unwrap();
    assert_eq!(
        accepted(
            &push(&mut client, &karim, pushed("m2", "p1", Some(2), Change::AttachMedia { content: content.clone() }))
                .await
        ),
        3
    );
    let alt = Change::SetMediaAlt {
        content: content.clone(),
        language: "ar".into(),
        text: "السفير في المركز الثقافي".into(),
    };
    assert_eq!(accepted(&push(&mut client, &karim, pushed("m3", "p1", Some(3), alt)).await), 4);
    let (media_type, bytes) = diwan_hub::media::get(&client, &content).await.unwrap();
    assert_eq!((media_type.as_str(), bytes), ("image/png", png.clone()));

    // An approval pushed from before the image is refused (the content
    // changed); one of the post with it binds it, image and alt text.
    let stale = push(&mut client, &samir, pushed("a1", "p1", Some(2), Change::Approve { fast_track: false })).await;
    assert_eq!(refused(&stale), ("error-sync-decided-on-old-content", true));
    assert_eq!(
        accepted(&push(&mut client, &samir, pushed("a2", "p1", Some(4), Change::Approve { fast_track: false })).await),
        5
    );
    let post = the_post(&client, &karim, "p1").await;
    assert_eq!((post.approved, post.media.len()), (true, 1));
    assert_eq!(post.media[0].content, content);
    assert_eq!(post.media[0].alt["ar"], "السفير في المركز الثقافي");
    diwan_hub::audit::verify(&client).await.unwrap();
}
