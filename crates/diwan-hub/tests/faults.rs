//! Faults on the hub's side of a push, against a real PostgreSQL and the
//! real `diwan-hub serve` program: the hub killed with SIGKILL in the
//! middle of a push, and PostgreSQL stopped and started again under it.
//! After each, the desktop sends the same push again (same keys), and
//! every change is on the hub exactly once, and the audit chain holds.
//! And two hub programs serving one database side by side.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diwan_core::user::Role;
use diwan_core::MissionCode;
use diwan_hub::{audit, devices, missions, people, schema};
use diwan_protocol::{Push, PushAnswer, Pushed};
use support::{plan, PgCluster};

const PASSPHRASE: &str = "a long road to Tamanrasset";
/// Changes in the push: enough that a kill lands in its middle.
const CHANGES: usize = 400;

/// A hub database with Paris, its account, and Karim (drafter); his token.
fn prepared(cluster: &PgCluster) -> (String, String) {
    let url = cluster.database("hub");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let token = runtime.block_on(async {
        let mut client = diwan_hub::connect(&url).await.unwrap();
        schema::migrate(&mut client).await.unwrap();
        let now = diwan_hub::now();
        missions::add(&mut client, &plan::mission("DZ-FR-PAR", "Europe/Paris"), now).await.unwrap();
        missions::add_account(&mut client, &plan::account("DZ-FR-PAR", "dz_paris"), now).await.unwrap();
        let paris = MissionCode::parse("DZ-FR-PAR").unwrap();
        people::add(&mut client, "karim", "Karim", PASSPHRASE, &[(Role::Drafter, paris)], now).await.unwrap();
        devices::sign_in(&mut client, "karim", PASSPHRASE, "desk", now).await.unwrap().token
    });
    (url, token)
}

struct Served {
    child: Child,
    base: String,
}

fn serve(pg: &str) -> Served {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(env!("CARGO_BIN_EXE_diwan-hub"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("DIWAN_HUB_PG", pg)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("diwan-hub serve");
    let mut child = child;
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        // A hub that ended says why (a schema it does not know, a port taken).
        if let Ok(Some(status)) = child.try_wait() {
            let mut said = String::new();
            let _ = std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut said);
            panic!("the hub ended ({status}): {said}");
        }
        assert!(Instant::now() < deadline, "the hub did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    Served { child, base: format!("http://127.0.0.1:{port}") }
}

/// The desktop's push: new posts, each under its own key, made once and sent as often as needed.
fn the_push() -> Push {
    let changes = (0..CHANGES)
        .map(|n| Pushed {
            key: format!("key-{n:04}"),
            post: format!("post-{n:04}"),
            base_version: None,
            change: plan::creation("DZ-FR-PAR", "dz_paris", &format!("منشور رقم {n}")),
            event: None,
        })
        .collect();
    Push { changes }
}

/// Sends the push; the answer, or `None` when the hub went away or refused.
fn send(base: &str, token: &str, push: &Push) -> Option<PushAnswer> {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut response = agent
        .post(&format!("{base}/v1/push"))
        .header("Authorization", &format!("Bearer {token}"))
        .send_json(push)
        .ok()?;
    if !response.status().is_success() {
        return None;
    }
    response.body_mut().read_json().ok()
}

/// How many of the push's changes the hub holds, and whether each is there once.
fn on_the_hub(pg: &str) -> (i64, i64, u64) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let client = diwan_hub::connect(pg).await.unwrap();
        let posts: i64 = client.query_one("SELECT count(*) FROM posts", &[]).await.unwrap().get(0);
        let changes: i64 = client.query_one("SELECT count(*) FROM changes", &[]).await.unwrap().get(0);
        let versions: i64 =
            client.query_one("SELECT count(*) FROM posts WHERE version <> 1", &[]).await.unwrap().get(0);
        assert_eq!(versions, 0, "no post changed twice");
        (posts, changes, audit::verify(&client).await.unwrap())
    })
}

fn all_accepted(answer: &PushAnswer) {
    assert_eq!(answer.outcomes.len(), CHANGES);
    for outcome in &answer.outcomes {
        assert!(matches!(outcome, diwan_protocol::Outcome::Accepted { version: 1, .. }), "{outcome:?}");
    }
}

#[test]
fn a_hub_killed_in_the_middle_of_a_push_applies_each_change_once_when_it_is_sent_again() {
    let cluster = PgCluster::start();
    let (pg, token) = prepared(&cluster);
    let push = the_push();
    let before = on_the_hub(&pg).2;
    // Killed after a while into the push; again, later, until a kill lands
    // with part of it written (each change is its own transaction).
    let mut landed = None;
    for delay in [150, 300, 60, 600, 30] {
        let mut hub = serve(&pg);
        let sender = {
            let (base, token, push) = (hub.base.clone(), token.clone(), push.clone());
            std::thread::spawn(move || send(&base, &token, &push))
        };
        std::thread::sleep(Duration::from_millis(delay));
        hub.child.kill().unwrap(); // SIGKILL
        hub.child.wait().unwrap();
        let answered = sender.join().unwrap();
        let (posts, changes, _) = on_the_hub(&pg);
        assert_eq!(posts, changes, "a change is written with its post or not at all");
        if answered.is_none() && posts > 0 && posts < i64::try_from(CHANGES).unwrap() {
            eprintln!("killed after {delay} ms with {posts} of {CHANGES} written");
            landed = Some(posts);
            break;
        }
    }
    let landed = landed.expect("a kill landed in the middle of the push");
    // The desktop never heard back: it sends the same push again, to a hub started again.
    let hub = serve(&pg);
    let answer = send(&hub.base, &token, &push).expect("answered");
    all_accepted(&answer);
    let (posts, changes, events) = on_the_hub(&pg);
    assert_eq!((posts, changes), (CHANGES as i64, CHANGES as i64), "each exactly once ({landed} before the kill)");
    assert_eq!(events, before + CHANGES as u64, "one event each, and the chain holds");
    // And once more: nothing new.
    all_accepted(&send(&hub.base, &token, &push).expect("answered"));
    assert_eq!(on_the_hub(&pg).0, CHANGES as i64);
    let mut hub = hub;
    hub.child.kill().unwrap();
    hub.child.wait().unwrap();
}

#[test]
fn postgresql_stopped_and_started_again_under_a_push_loses_and_doubles_nothing() {
    let cluster = PgCluster::start();
    let (pg, token) = prepared(&cluster);
    let push = the_push();
    let mut hub = serve(&pg);
    let sender = {
        let (base, token, push) = (hub.base.clone(), token.clone(), push.clone());
        std::thread::spawn(move || send(&base, &token, &push))
    };
    std::thread::sleep(Duration::from_millis(150));
    cluster.kill();
    let answered = sender.join().unwrap();
    assert!(answered.is_none(), "the push could not finish with its database gone");
    cluster.restart();
    // The same hub, still running, finds its database again; the desktop sends again.
    let deadline = Instant::now() + Duration::from_secs(30);
    let answer = loop {
        if let Some(answer) = send(&hub.base, &token, &push) {
            break answer;
        }
        assert!(Instant::now() < deadline, "the hub never found its database again");
        std::thread::sleep(Duration::from_millis(200));
    };
    all_accepted(&answer);
    let (posts, changes, _) = on_the_hub(&pg);
    assert_eq!((posts, changes), (CHANGES as i64, CHANGES as i64));
    hub.child.kill().unwrap();
    hub.child.wait().unwrap();
}

#[test]
fn two_hub_programs_serving_one_database_take_pushes_side_by_side() {
    let cluster = PgCluster::start();
    let (pg, token) = prepared(&cluster);
    let before = on_the_hub(&pg).2;
    let (mut first, mut second) = (serve(&pg), serve(&pg));
    let push = the_push();
    let half = CHANGES / 2;
    let halves = [Push { changes: push.changes[..half].to_vec() }, Push { changes: push.changes[half..].to_vec() }];
    let senders: Vec<_> = [&first.base, &second.base]
        .into_iter()
        .zip(halves)
        .map(|(base, part)| {
            let (base, token) = (base.clone(), token.clone());
            std::thread::spawn(move || send(&base, &token, &part))
        })
        .collect();
    for sender in senders {
        let answer = sender.join().unwrap().expect("answered");
        assert_eq!(answer.outcomes.len(), half);
        assert!(answer.outcomes.iter().all(|o| matches!(o, diwan_protocol::Outcome::Accepted { version: 1, .. })));
    }
    let (posts, changes, events) = on_the_hub(&pg);
    assert_eq!((posts, changes), (CHANGES as i64, CHANGES as i64));
    assert_eq!(events, before + CHANGES as u64, "one chain, each event after the other");
    for hub in [&mut first, &mut second] {
        hub.child.kill().unwrap();
        hub.child.wait().unwrap();
    }
}
