//! Crash safety: writers killed with SIGKILL at random moments while they
//! create, edit, translate, approve and reschedule posts. After every kill the
//! database is whole (`PRAGMA integrity_check`), and at the end the audit
//! trail verifies and every write acknowledged before a kill is there.
//!
//! `make test` runs 500 kills; `DIWAN_KILLS=10000 make test-long` runs more
//! (README). `DIWAN_KILL_SEED` replays a run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// A small xorshift: the run is reproducible from its seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn diwan(db: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_diwan"));
    command
        .arg("--db")
        .arg(db)
        .env("LANG", "C")
        .env_remove("DIWAN_USER")
        .env("DIWAN_PASSPHRASE", diwan_api::sign_in::DEMO_PASSPHRASE)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// What each post may hold: its last acknowledged value of each field (the
/// French text starts empty), and the values written after it by writers
/// that were killed (a kill after the commit but before the exit lands a
/// write nobody acknowledged).
#[derive(Debug, Clone, Default)]
struct Acked {
    text: Vec<String>,
    french: Vec<String>,
    at: Vec<String>,
}

/// The field now holds `value` for sure (acknowledged), or may (killed).
fn record(field: &mut Vec<String>, value: String, acknowledged: bool) {
    if acknowledged {
        field.clear();
    }
    field.push(value);
}

/// Karim adds a culture post at Paris, with a French version to come.
fn add_post_args<'a>(at: &'a str, text: &'a str) -> [&'a str; 17] {
    [
        "--as",
        "karim",
        "--json",
        "post",
        "add",
        "--mission",
        "DZ-FR-PAR",
        "--accounts",
        "1",
        "--category",
        "culture",
        "--languages",
        "fr",
        "--at",
        at,
        "--text",
        text,
    ]
}

/// How many posts wait in review for the supervisor's killed approvals.
const APPROVALS: usize = 16;

/// Karim's post `n`, translated by Lina and handed on to review; its id.
#[allow(clippy::expect_used, reason = "a post that cannot be prepared must fail the test")]
fn in_review(db: &Path, n: usize) -> i64 {
    let run = |args: &[&str]| {
        let output = diwan(db).args(args).output().expect("run");
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        output.stdout
    };
    let at = format!("2027-03-{:02} 10:00", 1 + n % 27);
    let text = format!("منشور للمراجعة {n}");
    let added = run(&add_post_args(&at, &text));
    let id = serde_json::from_slice::<Value>(&added).expect("json")["id"].as_i64().expect("id").to_string();
    run(&["--as", "karim", "post", "submit", &id]);
    // The account goes out in French and English too: both are translated.
    for language in ["fr", "en"] {
        run(&["--as", "lina", "post", "edit", &id, "--language", language, "--text", &format!("Publication {n}")]);
        run(&["--as", "lina", "post", "done", &id, "--language", language, "--override", "crash test"]);
    }
    id.parse().expect("id")
}

#[test]
fn killed_writers_lose_nothing_acknowledged_and_never_leave_the_database_broken() {
    let kills: usize = std::env::var("DIWAN_KILLS").ok().and_then(|k| k.parse().ok()).unwrap_or(500);
    let seed: u64 = std::env::var("DIWAN_KILL_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_d1a7);
    println!("kills: {kills}, seed: {seed} (DIWAN_KILL_SEED replays it)");
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("diwan.db");
    assert!(diwan(&db).arg("demo").status().expect("demo").success());
    // Posts waiting in review, for supervisors to approve while being killed.
    let mut awaiting: Vec<i64> = (0..APPROVALS).map(|n| in_review(&db, n)).collect();
    let mut approved: Vec<i64> = Vec::new();

    let mut random = Random(seed);
    let mut acked: Vec<(i64, Acked)> = Vec::new();
    let (mut killed, mut finished, mut step) = (0usize, 0usize, 0u64);
    let mut last_kill: Option<(u64, u64)> = None;
    // The longest a write has taken here, so the kills land across its whole life.
    let mut longest = Duration::from_millis(20);
    while killed < kills {
        step += 1;
        let day = 1 + random.below(27);
        let hour = 8 + random.below(10);
        let at = format!("2027-02-{day:02} {hour:02}:00");
        let text = format!("نص رقم {step}");
        let mut command = diwan(&db);
        let target = (!acked.is_empty()).then(|| usize::try_from(random.below(acked.len() as u64)).unwrap_or(0));
        let action = if target.is_none() { 0 } else { random.below(5) };
        // Each waiting post is approved at most once: after a kill its state is either.
        let approving = if action == 4 { awaiting.pop() } else { None };
        if let Some(id) = approving {
            command.args(["--as", "samir", "post", "approve", &id.to_string()]);
        } else {
            match (action, target) {
                (1, Some(i)) => {
                    command.args(["--as", "karim", "post", "edit", &acked[i].0.to_string(), "--text", &text])
                }
                (2, Some(i)) => command.args([
                    "--as",
                    "lina",
                    "post",
                    "edit",
                    &acked[i].0.to_string(),
                    "--language",
                    "fr",
                    "--text",
                    &format!("Texte {step}"),
                ]),
                (3, Some(i)) => command.args(["--as", "karim", "post", "edit", &acked[i].0.to_string(), "--at", &at]),
                _ => command.args(add_post_args(&at, &text)),
            };
        }
        let started = Instant::now();
        let mut child = command.spawn().expect("spawn");
        let wait = Duration::from_micros(random.below(u64::try_from(longest.as_micros()).unwrap_or(20_000)));
        std::thread::sleep(wait);
        // Every eighth writer runs to the end, so that `longest` follows how
        // long a write takes here (signing in with Argon2id comes first).
        let spared = step % 8 == 0;
        let done = spared || child.try_wait().expect("poll").is_some();
        if !done {
            child.kill().expect("SIGKILL");
        }
        let output = child.wait_with_output().expect("wait");
        if done || output.status.success() {
            longest = longest.max(started.elapsed());
        }
        if !done && !output.status.success() {
            killed += 1;
            last_kill = Some((step, action));
            match (action, target) {
                (1, Some(i)) => record(&mut acked[i].1.text, text.clone(), false),
                (2, Some(i)) => record(&mut acked[i].1.french, format!("Texte {step}"), false),
                (3, Some(i)) => record(&mut acked[i].1.at, at.clone(), false),
                _ => {}
            }
            let conn = rusqlite::Connection::open(&db).expect("open after a kill");
            let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
            assert_eq!(check, "ok", "after kill {killed} (step {step}, seed {seed})");
            continue;
        }
        assert!(output.status.success(), "step {step}: {}", String::from_utf8_lossy(&output.stderr));
        finished += 1;
        if let Some(id) = approving {
            approved.push(id);
            continue;
        }
        // Exit 0: acknowledged, so it must survive every later kill.
        match (action, target) {
            (1, Some(i)) => record(&mut acked[i].1.text, text, true),
            (2, Some(i)) => record(&mut acked[i].1.french, format!("Texte {step}"), true),
            (3, Some(i)) => record(&mut acked[i].1.at, at, true),
            _ => {
                let post: Value = serde_json::from_slice(&output.stdout).expect("json");
                let id = post["id"].as_i64().expect("id");
                assert!(
                    acked.iter().all(|(known, _)| *known != id),
                    "step {step}: post id {id} given twice; last kill (step, action): {last_kill:?}"
                );
                acked.push((id, Acked { text: vec![text], french: vec![String::new()], at: vec![at] }));
            }
        }
    }
    println!("{killed} killed, {finished} acknowledged");
    assert!(finished > 0, "some writes finished");

    let verify = diwan(&db).arg("verify").output().expect("verify");
    assert!(verify.status.success(), "the audit trail: {}", String::from_utf8_lossy(&verify.stderr));
    for id in &approved {
        let shown = diwan(&db).args(["--json", "post", "show", &id.to_string()]).output().expect("show");
        let post: Value = serde_json::from_slice(&shown.stdout).expect("post json");
        let by_samir = post["approvals"].as_array().is_some_and(|a| a.iter().any(|x| x["user"] == "samir"));
        assert!(by_samir, "post {id}: an acknowledged approval is kept: {}", post["approvals"]);
    }
    println!("{} approvals acknowledged", approved.len());
    for (id, expected) in &acked {
        let shown = diwan(&db).args(["--json", "post", "show", &id.to_string()]).output().expect("show");
        let post: Value = serde_json::from_slice(&shown.stdout).expect("post json");
        let variant = |language: &str| -> String {
            let found = post["variants"].as_array().expect("variants").iter().find(|v| v["language"] == language);
            found.and_then(|v| v["text"].as_str()).unwrap_or_default().to_owned()
        };
        // The acknowledged value, or one written after it by a killed writer; never an older one.
        assert!(expected.text.contains(&variant("ar")), "post {id}: {:?} is not in {:?}", variant("ar"), expected.text);
        assert!(
            expected.french.contains(&variant("fr")),
            "post {id}: {:?} is not in {:?}",
            variant("fr"),
            expected.french
        );
        let at = post["localTime"].as_str().map(|t| t[..16].replace('T', " ")).unwrap_or_default();
        assert!(expected.at.contains(&at), "post {id}: {at} is not in {:?}", expected.at);
    }
}
