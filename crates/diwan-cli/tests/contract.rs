//! The command line as scripts and people run it, and the contract that
//! scripts and checks depend on (README, "Command line").
#![allow(clippy::expect_used, reason = "a test helper that cannot run diwan must fail the test")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

struct Db {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn db() -> Db {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diwan.db");
    Db { _dir: dir, path }
}

/// Another database file in the same temporary folder.
fn db_in(db: &Db) -> std::path::PathBuf {
    db.path.with_file_name("other.db")
}

fn run(db: &Path, args: &[&str]) -> Output {
    run_with(db, args, &[])
}

/// Runs with more environment: another person's passphrase, a new one.
fn run_with(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_diwan"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("DIWAN_USER")
        .env_remove("DIWAN_NEW_PASSPHRASE")
        // Every `--as` signs in; the demo's people share this passphrase.
        .env("DIWAN_PASSPHRASE", diwan_api::sign_in::DEMO_PASSPHRASE)
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run diwan")
}

/// Runs and expects success; returns stdout.
fn ok(db: &Path, args: &[&str]) -> String {
    let output = run(db, args);
    assert!(output.status.success(), "diwan {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("utf-8")
}

/// Runs and expects failure; returns stderr.
fn fails(db: &Path, args: &[&str]) -> String {
    let output = run(db, args);
    assert!(!output.status.success(), "diwan {args:?} should have failed");
    String::from_utf8(output.stderr).expect("utf-8")
}

fn json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).expect("json")
}

/// Karim starts a post at DZ-FR-PAR; returns it as `--json` prints it.
fn add_post(db: &Path, accounts: &str, category: &str, at: &str, text: &str) -> Value {
    let args = ["--as", "karim", "--json", "post", "add", "--mission", "DZ-FR-PAR", "--accounts", accounts];
    json(db, &[&args[..], &["--category", category, "--at", at, "--text", text]].concat())
}

#[test]
fn count_prints_the_contract_json_and_needs_no_database() {
    let db = db();
    let out =
        ok(&db.path, &["count", "--platform", "x", "--json", "مرحبا بالعالم https://mfa.gov.dz/ar/very/long/path"]);
    assert_eq!(out.trim(), r#"{"platform":"x","length":37,"limit":280,"valid":true}"#);
    let long = "ب".repeat(281);
    let over: Value =
        serde_json::from_str(&ok(&db.path, &["count", "--platform", "x", "--json", &long])).expect("json");
    assert_eq!(over["valid"], false);
    assert_eq!(over["length"], 281);
    let telegram = ok(&db.path, &["count", "--platform", "telegram", "--json", "--media", "😀"]);
    assert_eq!(telegram.trim(), r#"{"platform":"telegram","length":2,"limit":1024,"valid":true}"#);
    assert!(fails(&db.path, &["count", "--platform", "myspace", "x"]).contains("not a platform Diwan knows"));
    assert!(!db.path.exists(), "count never creates a database");
}

#[test]
fn an_older_database_is_updated_as_it_opens_and_says_where_the_copy_is() {
    let db = db();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/schema-8.db");
    std::fs::copy(fixture, &db.path).expect("copy the fixture");
    let first = run(&db.path, &["missions", "list"]);
    assert!(first.status.success());
    let said = String::from_utf8(first.stderr).expect("utf-8");
    let copy = said.rsplit(": ").next().expect("the copy named").trim();
    assert!(said.contains("updated from schema 8 to"), "{said}");
    assert!(Path::new(copy).is_file(), "the copy it names exists: {copy}");
    assert!(!String::from_utf8(first.stdout).expect("utf-8").contains("schema"), "standard output is the list only");
    let again = run(&db.path, &["missions", "list"]);
    assert!(again.stderr.is_empty(), "said once: {}", String::from_utf8_lossy(&again.stderr));
}

#[test]
fn hub_runs_the_hub_program_beside_it_with_the_same_arguments_or_says_it_is_not_here() {
    let dir = tempfile::tempdir().expect("tempdir");
    let diwan = dir.path().join("diwan");
    std::fs::copy(env!("CARGO_BIN_EXE_diwan"), &diwan).expect("copy diwan");
    let lonely = Command::new(&diwan).args(["hub", "init"]).env("PATH", "").env("LANG", "C").output().expect("run");
    assert!(!lonely.status.success());
    assert!(String::from_utf8_lossy(&lonely.stderr).contains("diwan-hub, is not installed here"), "{lonely:?}");

    // A stand-in diwan-hub that says what it was given and fails when told to.
    let hub = dir.path().join("diwan-hub");
    std::fs::write(&hub, "#!/bin/sh\necho \"hub got: $*\"\n[ \"$1\" != fail ]\n").expect("write");
    std::fs::set_permissions(&hub, std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("chmod");
    let passed = Command::new(&diwan)
        .args(["hub", "serve", "--listen", "127.0.0.1:9", "--pg", "postgres://x"])
        .output()
        .expect("run");
    assert!(passed.status.success(), "{passed:?}");
    assert_eq!(String::from_utf8_lossy(&passed.stdout), "hub got: serve --listen 127.0.0.1:9 --pg postgres://x\n");
    let failed = Command::new(&diwan).args(["hub", "fail"]).env("LANG", "C").output().expect("run");
    assert!(!failed.status.success(), "its failure is the command's");
}

#[test]
fn sync_says_what_is_missing_before_any_network_and_connect_refuses_a_clear_address() {
    let db = db();
    ok(&db.path, &["init"]);
    let said = fails(&db.path, &["sync"]);
    assert!(said.contains("not connected to a team hub"), "{said}");
    let said = fails(&db.path, &["verify", "--hub"]);
    assert!(said.contains("not connected to a team hub"), "the hub's chain needs a hub: {said}");
    let said = fails(&db.path, &["connect", "http://hub.example", "--name", "karim"]);
    assert!(said.contains("is not a team hub address"), "plain http to another computer: {said}");
    assert!(fails(&db.path, &["sync"]).contains("not connected"), "nothing was kept of the refused address");
    // Nothing refused yet: an empty list, and nothing to redo or drop.
    assert_eq!(json(&db.path, &["--json", "conflicts"]), serde_json::json!([]));
    ok(&db.path, &["demo"]);
    let said = fails(&db.path, &["--as", "amina", "conflicts", "drop", "0190-no-such-key"]);
    assert!(said.contains("no refused change 0190-no-such-key"), "{said}");
}

#[test]
fn demo_refuses_a_trail_on_the_small_demo_before_touching_the_file() {
    let db = db();
    let said = fails(&db.path, &["demo", "--trail"]);
    assert!(said.contains("--trail goes with --scale ministry"), "{said}");
    assert!(!db.path.exists(), "nothing was written");
}

#[test]
fn demo_then_calendar_shows_local_times_in_the_mission_zone() {
    let db = db();
    assert!(ok(&db.path, &["demo"]).contains("posts: 244"));
    let calendar =
        json(&db.path, &["calendar", "--mission", "DZ-FR-PAR", "--from", "2026-01-01", "--to", "2030-12-31", "--json"]);
    assert_eq!(calendar["timeZone"], "Europe/Paris");
    let posts = calendar["posts"].as_array().expect("posts");
    assert_eq!(posts.len(), 61);
    for post in posts {
        let local = post["localTime"].as_str().expect("local time");
        assert!(local.contains("T10:00:00+01:00") || local.contains("T10:00:00+02:00"), "{local}");
    }
    assert!(posts.iter().any(|p| p["overdue"] == true), "some demo posts are overdue");
    let text = ok(&db.path, &["calendar", "--mission", "IQ-CN-PEK", "--from", "2026-01-01", "--to", "2030-12-31"]);
    assert!(text.contains("T10:00:00+08:00"), "Beijing posts at 10:00 +08:00");
    assert!(fails(&db.path, &["calendar", "--mission", "DZ-FR-PAR", "--from", "2026-02-30", "--to", "2026-03-01"])
        .contains("not a valid date"));
    assert!(ok(&db.path, &["verify"]).contains("intact"));
    // The approved schedule for publishing: iCalendar and CSV, approved or scheduled posts only.
    let ics = ok(&db.path, &["export", "ics", "--mission", "DZ-FR-PAR", "--from", "2026-01-01", "--to", "2030-12-31"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT") && ics.contains("UID:diwan-post-"));
    let csv = ok(&db.path, &["export", "csv", "--mission", "DZ-FR-PAR", "--from", "2026-01-01", "--to", "2030-12-31"]);
    assert!(csv.starts_with("\u{feff}post,mission,account,handle,platform,language,local_time,utc,state,text"));
    assert!(csv
        .lines()
        .skip(1)
        .all(|l| l.contains(",approved,") || l.contains(",scheduled,") || !l.starts_with(char::is_numeric)));
    assert!(fails(&db.path, &["export", "ics", "--mission", "DZ-FR-PAR"]).contains("--from"));

    // Who did what: a post's events, newest first; a person's; an unknown action is refused.
    let log = json(&db.path, &["audit", "--post", "1", "--json"]);
    let events = log["events"].as_array().expect("events");
    assert_eq!(events.last().map(|e| e["action"].clone()), Some(Value::from("post.created")));
    assert!(events.iter().all(|e| e["subject"] == "post:1"));
    let lina = json(&db.path, &["audit", "--user", "lina", "--json"]);
    assert!(lina["events"].as_array().expect("events").iter().all(|e| e["actor"] == "lina"));
    assert!(fails(&db.path, &["audit", "--action", "post.stolen"]).contains("post.approved"));
}

#[test]
fn the_workflow_runs_from_scripts_with_four_eyes_enforced() {
    let db = db();
    ok(&db.path, &["demo"]);
    let post = json(
        &db.path,
        &[
            "--as",
            "karim",
            "--json",
            "post",
            "add",
            "--mission",
            "DZ-FR-PAR",
            "--accounts",
            "1,2",
            "--category",
            "protocol",
            "--at",
            "2026-12-15 11:00",
            "--text",
            "قدّم السفير أوراق اعتماده",
        ],
    );
    let id = post["id"].as_i64().expect("id").to_string();
    assert_eq!(post["localTime"], "2026-12-15T11:00:00+01:00");
    assert_eq!(post["state"], "draft");

    assert!(fails(&db.path, &["post", "submit", &id]).contains("--as USER"));
    let post = json(&db.path, &["--as", "karim", "--json", "post", "submit", &id]);
    assert_eq!(post["state"], "in-translation");
    ok(
        &db.path,
        &[
            "--as",
            "lina",
            "post",
            "edit",
            &id,
            "--language",
            "fr",
            "--text",
            "L'ambassadeur a présenté ses lettres de créance",
        ],
    );
    ok(
        &db.path,
        &[
            "--as",
            "lina",
            "post",
            "edit",
            &id,
            "--language",
            "en",
            "--text",
            "The ambassador presented his credentials",
        ],
    );
    // Written is not done: the translator marks each language done after its checks.
    assert!(fails(&db.path, &["--as", "karim", "post", "submit", &id]).contains("out of date"));
    ok(&db.path, &["--as", "lina", "post", "done", &id, "--language", "fr"]);
    let done = json(&db.path, &["--as", "lina", "--json", "post", "done", &id, "--language", "en"]);
    assert_eq!(done["state"], "in-review", "the last language done sends the post to review");
    // The supervisor's queue shows it, with its two steps (protocol) and that Samir may approve.
    let queue = json(&db.path, &["--as", "samir", "--json", "queue", "review"]);
    let item =
        queue["items"].as_array().expect("items").iter().find(|i| i["post"].as_i64() == post["id"].as_i64()).cloned();
    let item = item.expect("the post waits for review");
    assert_eq!((item["steps"].as_i64(), item["currentStep"].as_i64()), (Some(2), Some(1)));
    assert_eq!(item["canApprove"]["allowed"], true);
    assert!(json(&db.path, &["--as", "lina", "--json", "queue", "review"])["items"]
        .as_array()
        .expect("items")
        .is_empty());

    assert!(fails(&db.path, &["--as", "lina", "post", "approve", &id]).contains("wrote or translated"));
    assert!(fails(&db.path, &["--as", "ghost", "post", "approve", &id]).contains("Wrong name or passphrase"));
    // Protocol needs two distinct supervisors.
    assert_eq!(json(&db.path, &["--as", "samir", "--json", "post", "approve", &id])["state"], "in-review");
    assert!(fails(&db.path, &["--as", "samir", "post", "approve", &id]).contains("already approved"));
    let approved = json(&db.path, &["--as", "nadia", "--json", "post", "approve", &id]);
    assert_eq!(approved["state"], "approved");
    assert_eq!(approved["approvedContentHash"], approved["contentHash"]);

    // An edit withdraws the approval.
    let edited = json(
        &db.path,
        &[
            "--as",
            "lina",
            "--json",
            "post",
            "edit",
            &id,
            "--language",
            "en",
            "--text",
            "The ambassador presented his letters of credence",
        ],
    );
    assert_eq!(edited["state"], "in-translation", "the edited translation waits to be done again");
    assert_eq!(edited["approvals"].as_array().map(Vec::len), Some(0));
    ok(&db.path, &["--as", "lina", "post", "done", &id, "--language", "en"]);

    assert!(fails(&db.path, &["--as", "samir", "post", "reject", &id, "--reason", " "]).contains("Say why"));
    let rejected = json(&db.path, &["--as", "samir", "--json", "post", "reject", &id, "--reason", "Wording"]);
    assert_eq!(rejected["rejectionReason"], "Wording");
    assert!(fails(&db.path, &["--as", "karim", "post", "publish", &id, "--url", "https://x.com/1"])
        .contains("cannot be published"));

    // Reopen by editing, re-approve, publish.
    ok(&db.path, &["--as", "karim", "post", "edit", &id, "--text", "قدّم السفير أوراق اعتماده إلى رئيس الجمهورية"]);
    for lang in ["fr", "en"] {
        let text = if lang == "fr" { "Texte mis à jour" } else { "Updated text" };
        ok(&db.path, &["--as", "lina", "post", "edit", &id, "--language", lang, "--text", text]);
        ok(&db.path, &["--as", "lina", "post", "done", &id, "--language", lang]);
    }
    ok(&db.path, &["--as", "karim", "post", "submit", &id]);
    ok(&db.path, &["--as", "samir", "post", "approve", &id]);
    ok(&db.path, &["--as", "nadia", "post", "approve", &id]);
    // Regression: a refused URL used to leave an approved post scheduled.
    assert!(
        fails(&db.path, &["--as", "karim", "post", "publish", &id, "--url", "not a url"]).contains("not a web address")
    );
    assert_eq!(json(&db.path, &["--json", "post", "show", &id])["state"], "approved");
    let published = json(
        &db.path,
        &["--as", "karim", "--json", "post", "publish", &id, "--url", "https://x.com/AlgerieFrance/status/1"],
    );
    assert_eq!(published["state"], "published");
    assert_eq!(published["publishedUrl"], "https://x.com/AlgerieFrance/status/1");

    let skipped = fails(
        &db.path,
        &[
            "--as",
            "karim",
            "post",
            "add",
            "--mission",
            "DZ-FR-PAR",
            "--accounts",
            "1",
            "--category",
            "culture",
            "--at",
            "2026-03-29 02:30",
            "--text",
            "x",
        ],
    );
    assert!(skipped.contains("clocks skip it"), "{skipped}");
    assert!(ok(&db.path, &["verify"]).contains("intact"));
}

#[test]
fn administrators_set_approval_policies_that_approvals_then_follow() {
    let db = db();
    ok(&db.path, &["demo"]);
    let policies = json(&db.path, &["policy", "show", "--json"]);
    let policies = policies.as_array().expect("a list");
    assert_eq!(policies.len(), 9, "every category, with or without a policy");
    let crisis = policies.iter().find(|p| p["category"] == "crisis").expect("crisis");
    assert_eq!(crisis["steps"], serde_json::json!(["supervisor", "supervisor"]));
    assert_eq!(crisis["fastTrack"], "supervisor");
    assert!(ok(&db.path, &["policy", "show"]).contains("protocol\tsupervisor > supervisor\t-"));

    let refused = fails(&db.path, &["--as", "samir", "policy", "set", "culture", "--step", "supervisor"]);
    assert!(refused.contains("admin"), "{refused}");
    let refused = fails(&db.path, &["--as", "amina", "policy", "set", "culture", "--step", "chief"]);
    assert!(refused.contains("any:NAME,NAME"), "{refused}");
    assert!(fails(&db.path, &["--as", "amina", "policy", "set", "culture"]).contains("--step"));
    let set =
        ok(&db.path, &["--as", "amina", "policy", "set", "culture", "--step", "supervisor", "--step", "any:nadia"]);
    assert!(set.contains("culture\tsupervisor > any:nadia\t-"), "{set}");
    let log = json(&db.path, &["audit", "--action", "policy.set", "--json"]);
    assert_eq!(log["events"][0]["actor"], "amina");
    assert_eq!(log["events"][0]["subject"], "policy:culture");

    // A culture post now needs Nadia after a first supervisor.
    let post = add_post(&db.path, "1", "culture", "2026-12-20 10:00", "أمسية موسيقية");
    let id = post["id"].to_string();
    ok(&db.path, &["--as", "karim", "post", "submit", &id]);
    for (language, text) in post["variants"].as_array().expect("variants").iter().filter_map(|v| {
        let language = v["language"].as_str()?;
        (language != "ar").then(|| (language.to_owned(), format!("Soirée musicale ({language})")))
    }) {
        ok(&db.path, &["--as", "lina", "post", "edit", &id, "--language", &language, "--text", &text]);
        ok(&db.path, &["--as", "lina", "post", "done", &id, "--language", &language]);
    }
    let queue = json(&db.path, &["--as", "samir", "queue", "review", "--json"]);
    let item =
        queue["items"].as_array().expect("items").iter().find(|i| i["post"] == post["id"]).cloned().expect("queued");
    assert_eq!(item["steps"], 2);
    ok(&db.path, &["--as", "samir", "post", "approve", &id]);
    assert!(fails(&db.path, &["--as", "samir", "post", "approve", &id]).contains("already"));
    let approved = json(&db.path, &["--as", "nadia", "--json", "post", "approve", &id]);
    assert_eq!(approved["state"], "approved");
}

#[test]
fn a_crisis_pauses_routine_posts_and_ending_it_resumes_them() {
    let db = db();
    ok(&db.path, &["demo"]);
    // A day of the demo (which plans around today) with a routine post not yet out.
    let calendar =
        json(&db.path, &["calendar", "--mission", "DZ-FR-PAR", "--from", "2026-01-01", "--to", "2030-12-31", "--json"]);
    let routine = calendar["posts"]
        .as_array()
        .expect("posts")
        .iter()
        .find(|p| p["state"] != "published" && p["category"] != "crisis" && p["crisisPriority"] == false)
        .cloned()
        .expect("a routine post");
    let day = &routine["localTime"].as_str().expect("time")[..10];
    let (from, to) = (format!("{day} 00:00"), format!("{day} 23:59"));
    let start = ["crisis", "start", "--missions", "DZ-FR-PAR", "--from", &from, "--to", &to];
    assert!(fails(&db.path, &[&["--as", "karim"], &start[..], &["--reason", "حداد"]].concat()).contains("supervisor"));
    assert!(fails(&db.path, &[&["--as", "samir"], &start[..]].concat()).contains("--reason"));
    let crisis = json(&db.path, &[&["--as", "samir", "--json"], &start[..], &["--reason", "حداد وطني"]].concat());
    let crisis = &crisis[0];
    let id = crisis["id"].to_string();
    let paused = crisis["paused"].as_array().expect("paused").clone();
    assert!(paused.iter().any(|p| p["post"] == routine["id"]), "the routine post paused");
    for post in &paused {
        let shown = json(&db.path, &["--json", "post", "show", &post["post"].to_string()]);
        assert_eq!(shown["pausedBy"], crisis["id"]);
        assert_ne!(shown["category"], "crisis", "crisis posts go on");
    }
    let listed = ok(&db.path, &["crisis", "list"]);
    assert!(listed.contains(&format!("#{id}\tDZ-FR-PAR")) && listed.contains("active"), "{listed}");

    assert!(fails(&db.path, &["--as", "samir", "crisis", "end", &id]).contains("--resume"));
    assert!(fails(&db.path, &["--as", "samir", "crisis", "end", &id, "--resume", "--to-draft"]).contains("--to-draft"));
    let ended = json(&db.path, &["--as", "samir", "--json", "crisis", "end", &id, "--resume"]);
    assert_eq!(ended[0]["endedBy"], "samir");
    for post in &paused {
        let shown = json(&db.path, &["--json", "post", "show", &post["post"].to_string()]);
        assert_eq!(shown["pausedBy"], Value::Null);
        assert_eq!(shown["state"], post["state"], "resumed as it was");
    }
    let log = json(&db.path, &["audit", "--action", "crisis.ended", "--json"]);
    assert_eq!(log["events"][0]["subject"], format!("crisis:{id}"));
}

#[test]
fn a_mission_marks_days_of_mourning_and_the_posts_on_them_are_flagged() {
    let db = db();
    ok(&db.path, &["demo"]);
    // The demo marks two days of mourning three days from now: the posts after them are ahead.
    let demo = json(&db.path, &["blackout", "list", "--json"]);
    let after_demo = format!("{} 23:59", demo[0]["lastDay"].as_str().expect("the demo's blackout"));
    let calendar =
        json(&db.path, &["calendar", "--mission", "DZ-FR-PAR", "--from", "2026-01-01", "--to", "2030-12-31", "--json"]);
    let flagged = |calendar: &Value, post: &Value| {
        calendar["warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .any(|w| w["post"] == *post && w["warning"]["kind"] == "blackout")
    };
    let post = calendar["posts"]
        .as_array()
        .expect("posts")
        .iter()
        .find(|p| {
            p["state"] != "published" && p["crisisPriority"] == false && p["localTime"].as_str() > Some(&*after_demo)
        })
        .cloned()
        .expect("a post after the demo's blackout");
    let day = &post["localTime"].as_str().expect("time")[..10];
    let mark = ["blackout", "mark", "--mission", "DZ-FR-PAR", "--from", day, "--to", day];
    assert!(fails(&db.path, &[&["--as", "karim"], &mark[..], &["--reason", "حداد"]].concat()).contains("supervisor"));
    assert!(fails(&db.path, &[&["--as", "samir"], &mark[..], &["--reason", " "]].concat()).contains("Say why"));
    let marked = json(&db.path, &[&["--as", "samir", "--json"], &mark[..], &["--reason", "حداد وطني"]].concat());
    let id = marked[0]["id"].to_string();
    assert_eq!((marked[0]["firstDay"].as_str(), marked[0]["lastDay"].as_str()), (Some(day), Some(day)));
    let shown = json(&db.path, &["--json", "post", "show", &post["id"].to_string()]);
    assert!(shown["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .any(|w| w["kind"] == "blackout" && w["reason"] == "حداد وطني"));
    let calendar = json(&db.path, &["calendar", "--mission", "DZ-FR-PAR", "--from", day, "--to", day, "--json"]);
    assert!(flagged(&calendar, &post["id"]));
    let listed = ok(&db.path, &["blackout", "list", "--mission", "DZ-FR-PAR"]);
    assert!(listed.contains(&format!("#{id}\tDZ-FR-PAR\t{day}..{day}\tحداد وطني")), "{listed}");

    assert!(fails(&db.path, &["--as", "karim", "blackout", "lift", &id]).contains("supervisor"));
    ok(&db.path, &["--as", "amina", "blackout", "lift", &id]);
    let calendar = json(&db.path, &["calendar", "--mission", "DZ-FR-PAR", "--from", day, "--to", day, "--json"]);
    assert!(!flagged(&calendar, &post["id"]));
    for (action, actor) in [("blackout.marked", "samir"), ("blackout.lifted", "amina")] {
        let log = json(&db.path, &["audit", "--action", action, "--json"]);
        assert_eq!(
            (log["events"][0]["subject"].as_str(), log["events"][0]["actor"].as_str()),
            (Some(&*format!("blackout:{id}")), Some(actor))
        );
    }
}

#[test]
fn the_daily_backup_is_taken_once_a_day_beside_the_database() {
    let db = db();
    ok(&db.path, &["demo"]);
    assert!(ok(&db.path, &["backup", "--daily"]).contains("Today's backup: "));
    assert!(ok(&db.path, &["backup", "--daily"]).contains("already there"));
    let folder = db.path.with_file_name("diwan.db.backups");
    let copies: Vec<_> = std::fs::read_dir(&folder).expect("folder").filter_map(Result::ok).collect();
    assert_eq!(copies.len(), 1);
    assert!(fails(&db.path, &["backup"]).contains("<FILE>"), "FILE or --daily");
}

#[test]
fn a_backup_restores_after_a_check_and_the_replaced_database_is_kept() {
    let db = db();
    ok(&db.path, &["demo"]);
    let copy = db.path.with_file_name("copy.diwan");
    let copy_arg = copy.display().to_string();
    assert!(ok(&db.path, &["backup", &copy_arg]).contains("audit trail intact"));
    let before = json(&db.path, &["export", "json"])["posts"].as_array().map(Vec::len);
    add_post(&db.path, "1", "culture", "2026-12-20 10:00", "منشور بعد النسخة");
    assert_ne!(json(&db.path, &["export", "json"])["posts"].as_array().map(Vec::len), before);

    let foreign = db.path.with_file_name("notes.txt");
    std::fs::write(&foreign, "not a database").expect("write");
    assert!(fails(&db.path, &["restore", &foreign.display().to_string()]).contains("not a Diwan database"));
    assert_ne!(json(&db.path, &["export", "json"])["posts"].as_array().map(Vec::len), before, "nothing changed");

    let restored = ok(&db.path, &["restore", &copy_arg]);
    assert!(restored.contains("kept at"), "{restored}");
    assert_eq!(json(&db.path, &["export", "json"])["posts"].as_array().map(Vec::len), before);
    assert!(ok(&db.path, &["verify"]).contains("intact"));
    let kept = std::fs::read_dir(db.path.parent().expect("dir"))
        .expect("list")
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().starts_with("diwan.db.before-restore-"));
    assert!(kept, "the replaced database is kept aside");
}

#[test]
fn verify_names_the_first_tampered_event_and_fails() {
    let db = db();
    ok(&db.path, &["demo"]);
    let conn = rusqlite::Connection::open(&db.path).expect("open");
    conn.execute_batch("DROP TRIGGER audit_events_no_update; UPDATE audit_events SET actor = 'mallory' WHERE seq = 7;")
        .expect("tamper");
    drop(conn);
    let stderr = fails(&db.path, &["verify"]);
    assert!(stderr.contains("event 7 was changed"), "{stderr}");
    let arabic = run(&db.path, &["--lang", "ar", "verify"]);
    assert!(String::from_utf8_lossy(&arabic.stderr).contains("عُدّل الحدث 7"));
}

#[test]
fn export_json_is_complete_and_parses() {
    let db = db();
    ok(&db.path, &["demo"]);
    let export = json(&db.path, &["export", "json"]);
    assert_eq!(export["format"], "diwan-export");
    assert_eq!(export["version"], 1);
    assert_eq!(export["missions"].as_array().map(Vec::len), Some(4));
    assert_eq!(export["accounts"].as_array().map(Vec::len), Some(15));
    assert_eq!(export["users"].as_array().map(Vec::len), Some(5));
    assert_eq!(export["posts"].as_array().map(Vec::len), Some(244));
    assert_eq!(export["blackouts"].as_array().map(Vec::len), Some(1));
    assert!(export["audit"].as_array().map(Vec::len).unwrap_or(0) > 244);
    let post = &export["posts"][0];
    for key in ["id", "mission", "localTime", "variants", "approvals", "contentHash", "comments", "media"] {
        assert!(post.get(key).is_some(), "posts carry {key}");
    }
    // Stable: the same database exports the same bytes, but for the time of export.
    let strip = |s: String| s.lines().filter(|l| !l.contains("exportedAt")).collect::<Vec<_>>().join("\n");
    assert_eq!(strip(ok(&db.path, &["export", "json"])), strip(ok(&db.path, &["export", "json"])));
}

#[test]
fn accounts_take_verification_with_evidence_from_an_administrator_only() {
    let db = db();
    ok(&db.path, &["demo"]);
    assert!(fails(
        &db.path,
        &["--as", "samir", "account", "verify", "1", "--on", "2026-03-01", "--evidence", "ticket 1"]
    )
    .contains("administrator"));
    assert!(fails(&db.path, &["--as", "amina", "account", "verify", "1", "--on", "2026-03-01", "--evidence", " "])
        .contains("Say what shows"));
    let out =
        ok(&db.path, &["--as", "amina", "account", "verify", "1", "--on", "2026-03-01", "--evidence", "X ticket 4411"]);
    assert!(out.contains("\tverified"), "{out}");
    assert!(fails(
        &db.path,
        &[
            "account",
            "add",
            "--mission",
            "DZ-FR-PAR",
            "--platform",
            "instagram",
            "--handle",
            "x",
            "--languages",
            "ar",
            "--limit",
            "5000"
        ]
    )
    .contains("one limit for every account"));
    ok(
        &db.path,
        &[
            "account",
            "add",
            "--mission",
            "DZ-FR-PAR",
            "--platform",
            "x",
            "--handle",
            "AlgerieFR_Premium",
            "--languages",
            "fr",
            "--limit",
            "25000",
        ],
    );
    ok(&db.path, &["user", "add", "rania", "--role", "translator@DZ-FR-PAR"]);
    assert!(fails(&db.path, &["user", "add", "rania"]).contains("already exists"));
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn translators_work_from_scripts_with_checks_memory_and_glossary() {
    let db = db();
    ok(&db.path, &["demo"]);
    let post = add_post(&db.path, "1", "economy", "2026-12-20 10:00", "استقبل السفير 12 مستثمراً في السفارة.");
    let id = post["id"].as_i64().expect("id").to_string();
    ok(&db.path, &["--as", "karim", "post", "submit", &id]);

    // The queue shows what waits, as the app does.
    let queue = json(&db.path, &["--as", "lina", "--json", "queue", "translation", "--language", "fr"]);
    let items = queue["items"].as_array().expect("items");
    let mine = items.iter().find(|i| i["post"].as_i64() == post["id"].as_i64()).expect("the new post is queued");
    assert_eq!((mine["language"].as_str(), mine["need"].as_str()), (Some("fr"), Some("missing")));
    assert!(items.iter().all(|i| i["language"] == "fr"));
    assert!(fails(&db.path, &["--as", "karim", "queue", "translation", "--category", "gossip"]).contains("gossip"));

    // A failed check refuses "done", names the check, and --json lists them.
    ok(
        &db.path,
        &["--as", "lina", "post", "edit", &id, "--language", "fr", "--text", "L’ambassadeur a reçu 13 investisseurs."],
    );
    let refused = run(&db.path, &["--as", "lina", "post", "done", &id, "--language", "fr"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("[numbers] The number 12 of the source is missing or different."),
        "{}",
        stderr(&refused)
    );
    let listed = run(&db.path, &["--as", "lina", "--json", "post", "done", &id, "--language", "fr"]);
    assert_eq!(listed.status.code(), Some(1));
    let checks: Value = serde_json::from_slice(&listed.stdout).expect("json");
    assert_eq!(checks[0]["check"], "numbers");
    assert_eq!(checks[0]["message"]["code"], "qa-numbers");
    let overridden = json(
        &db.path,
        &["--as", "lina", "--json", "post", "done", &id, "--language", "fr", "--override", "Chiffre du cabinet"],
    );
    let french = overridden["variants"].as_array().expect("variants").iter().find(|v| v["language"] == "fr").cloned();
    assert_eq!(french.expect("fr")["state"], "translated");

    // The memory: searched, exported as TMX, imported into another database.
    let hits = json(
        &db.path,
        &["--json", "tm", "search", "--from", "ar", "--to", "fr", "استقبل السفير 12 مستثمراً في السفارة."],
    );
    assert_eq!(hits[0]["target"], "L’ambassadeur a reçu 13 investisseurs.");
    assert_eq!(hits[0]["score"], 100);
    let tmx = db.path.with_extension("tmx");
    ok(&db.path, &["tm", "export", "-o", tmx.to_str().expect("path")]);
    let other = db_in(&db);
    assert!(ok(&other, &["tm", "import", tmx.to_str().expect("path")]).contains("pairs added"));
    let broken = db.path.with_extension("broken.tmx");
    std::fs::write(&broken, "<tmx version=\"1.4\">\n<body>\n<tu>\n</body>").expect("write");
    assert!(fails(&other, &["tm", "import", broken.to_str().expect("path")]).contains("line 4"));

    // The glossary: administrators import CSV; a bad row changes nothing.
    let csv = db.path.with_extension("csv");
    std::fs::write(&csv, "ar,fr,en,note,do_not_translate\nسفارة,ambassade,embassy,,no\n").expect("write");
    assert!(
        fails(&db.path, &["--as", "lina", "glossary", "import", csv.to_str().expect("path")]).contains("administrator")
    );
    assert!(
        ok(&db.path, &["--as", "amina", "glossary", "import", csv.to_str().expect("path")]).contains("1 terms added")
    );
    std::fs::write(&csv, "ar,fr,en\nقنصلية,consulat,consulate\n,,\n").expect("write");
    assert!(fails(&db.path, &["--as", "amina", "glossary", "import", csv.to_str().expect("path")]).contains("Line 3"));
    assert_eq!(ok(&db.path, &["glossary", "export"]), "ar,fr,en,note,do_not_translate\nسفارة,ambassade,embassy,,no\n");

    // XLIFF: the English still to do goes out, comes back translated, and
    // a file the schema refuses changes nothing.
    let xlf = db.path.with_extension("xlf");
    ok(
        &db.path,
        &[
            "xliff",
            "export",
            "--mission",
            "DZ-FR-PAR",
            "--language",
            "en",
            "--only",
            "missing",
            "-o",
            xlf.to_str().expect("path"),
        ],
    );
    let exported = std::fs::read_to_string(&xlf).expect("read");
    assert!(exported.contains(&format!("<unit id=\"post-{id}\">")));
    let unit = exported.find(&format!("<unit id=\"post-{id}\">")).expect("unit");
    let end = unit + exported[unit..].find("</source>").expect("source") + "</source>".len();
    let mut translated = exported.clone();
    translated.insert_str(end, "<target>The ambassador received 12 investors at the embassy.</target>");
    let at = unit + translated[unit..].find("state=\"initial\"").expect("state");
    translated.replace_range(at..at + "state=\"initial\"".len(), "state=\"translated\"");
    std::fs::write(&xlf, &translated).expect("write");
    let invalid = db.path.with_extension("invalid.xlf");
    std::fs::write(&invalid, translated.replacen("<source>", "<origin>", 1).replacen("</source>", "</origin>", 1))
        .expect("write");
    assert!(fails(&db.path, &["--as", "lina", "xliff", "import", invalid.to_str().expect("path")])
        .contains("does not follow its schema"));
    assert!(ok(&db.path, &["--as", "lina", "xliff", "import", xlf.to_str().expect("path")]).contains("1 marked done"));
    let english = json(&db.path, &["--json", "post", "show", &id])["variants"]
        .as_array()
        .expect("variants")
        .iter()
        .find(|v| v["language"] == "en")
        .cloned()
        .expect("en");
    assert_eq!(english["state"], "translated");

    // A translator who translates French only does not see English work.
    ok(&db.path, &["user", "add", "yasmine", "--role", "translator@DZ-FR-PAR", "--translates", "fr"]);
    sign_in_first_time(&db.path, "yasmine", "olive grove at dawn");
    let output = run_with(
        &db.path,
        &["--as", "yasmine", "--json", "queue", "translation"],
        &[("DIWAN_PASSPHRASE", "olive grove at dawn")],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let hers: Value = serde_json::from_slice(&output.stdout).expect("json");
    assert!(hers["items"].as_array().expect("items").iter().all(|i| i["language"] == "fr"));
}

#[test]
fn init_creates_the_database_and_list_shows_no_missions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("sub/diwan.db");
    let init = run(&db, &["init"]);
    assert!(init.status.success(), "{}", stderr(&init));
    assert!(stdout(&init).contains("(schema version "), "{}", stdout(&init));
    assert!(db.exists());
    let list = run(&db, &["missions", "list"]);
    assert!(list.status.success());
    assert!(stdout(&list).contains("No missions yet"), "{}", stdout(&list));
}

#[test]
fn messages_follow_lang_and_the_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("diwan.db");
    let arabic = Command::new(env!("CARGO_BIN_EXE_diwan"))
        .args(["--db"])
        .arg(&db)
        .args(["missions", "list"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ar_DZ.UTF-8")
        .output()
        .expect("run");
    assert!(stdout(&arabic).contains("لا توجد بعثات بعد"), "{}", stdout(&arabic));
    let french = run(&db, &["--lang", "fr", "missions", "list"]);
    assert!(stdout(&french).contains("Aucune mission"), "{}", stdout(&french));
}

#[test]
fn a_database_from_a_newer_diwan_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("diwan.db");
    assert!(run(&db, &["init"]).status.success());
    // Simulate a newer Diwan: bump user_version with a raw SQLite write.
    let bytes = std::fs::read(&db).expect("read");
    let mut bumped = bytes.clone();
    // user_version is the big-endian u32 at offset 60 of the SQLite header.
    bumped[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(&db, &bumped).expect("write");
    let list = run(&db, &["missions", "list"]);
    assert!(!list.status.success());
    assert!(stderr(&list).contains("newer Diwan (schema 99"), "{}", stderr(&list));
    assert_eq!(std::fs::read(&db).expect("read")[60..64], 99u32.to_be_bytes(), "the file was not touched");
}

#[test]
fn version_prints_the_package_version() {
    let output = Command::new(env!("CARGO_BIN_EXE_diwan")).arg("--version").output().expect("run");
    assert_eq!(stdout(&output).trim(), format!("diwan {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn post_show_as_someone_says_what_they_may_do_and_why_not() {
    let db = db();
    ok(&db.path, &["demo"]);
    let created = add_post(&db.path, "1", "culture", "2030-06-15 11:00", "نص");
    let id = created["id"].as_i64().expect("id").to_string();
    assert_eq!(created["can"]["submit"]["allowed"], true, "the drafter may submit what they wrote");
    let as_supervisor = json(&db.path, &["--as", "samir", "--json", "post", "show", &id]);
    assert_eq!(as_supervisor["can"]["submit"]["allowed"], false);
    assert_eq!(as_supervisor["can"]["approve"]["reason"]["code"], "error-post-transition", "not in review yet");
    assert_eq!(as_supervisor["can"]["reschedule"]["allowed"], true);
    let anonymous = json(&db.path, &["--json", "post", "show", &id]);
    assert!(anonymous.get("can").is_none(), "nobody viewing, nothing to say");
    let calendar = ["calendar", "--mission", "DZ-FR-PAR", "--from", "2030-06-15", "--to", "2030-06-15", "--json"];
    let moves = |who: &[&str]| json(&db.path, &[who, &calendar[..]].concat())["posts"][0]["canMove"].clone();
    assert_eq!(moves(&["--as", "karim"]), true);
    assert_eq!(moves(&["--as", "lina"]), false, "a translator does not move posts");
    assert_eq!(moves(&[]), false);
}

/// What broke when the command line was tried as an outsider would, one test
/// per defect, named after it.
mod regression {
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;

    use super::*;

    #[test]
    fn invalid_utf8_in_an_argument_exited_2_with_an_english_message() {
        let db = db();
        // ED A0 80 is a lone surrogate (U+D800) encoded as if it were UTF-8.
        let text = OsString::from_vec(vec![b'a', 0xED, 0xA0, 0x80]);
        for (lang, words) in [("ar", "ليس نصًا صالحًا"), ("fr", "n’est pas du texte valide"), ("en", "not valid text")]
        {
            let output = Command::new(env!("CARGO_BIN_EXE_diwan"))
                .args(["--db"])
                .arg(&db.path)
                .args(["--lang", lang, "--as", "karim", "post", "add", "--text"])
                .arg(&text)
                .env("LANG", "C")
                .output()
                .expect("run");
            assert_eq!(output.status.code(), Some(1), "{lang}");
            assert!(stderr(&output).contains(words), "{lang}: {}", stderr(&output));
        }
        // The positional form, and other mistakes, are in the person's language too.
        let positional = Command::new(env!("CARGO_BIN_EXE_diwan"))
            .args(["--lang", "ar", "count", "--platform", "x"])
            .arg(&text)
            .output()
            .expect("run");
        assert_eq!(positional.status.code(), Some(1));
        assert!(stderr(&positional).contains("ليس نصًا صالحًا"), "{}", stderr(&positional));
        let unknown = run(&db.path, &["--lang", "fr", "calendar", "--mission", "DZ-FR-PAR", "--bogus"]);
        assert_eq!(unknown.status.code(), Some(1));
        assert!(stderr(&unknown).contains("« --bogus » n’est pas une option"), "{}", stderr(&unknown));
        let missing = run(&db.path, &["--lang", "ar", "calendar"]);
        assert_eq!(missing.status.code(), Some(1));
        assert!(stderr(&missing).contains("ينقص شيء"), "{}", stderr(&missing));
        assert!(!db.path.exists(), "a refused command line touches no database");
    }

    #[test]
    fn counting_one_long_token_was_quadratic_and_never_finished() {
        // 100,000 characters without a space took longer than anyone waits;
        // each shape must now simply come back, with the right length. (An
        // argument is at most 128 KiB: the Arabic one is shorter.)
        let db = db();
        for (unit, platform, length) in
            [("a", "x", 100_000), ("#الجزائر", "instagram", 60_000), ("a.", "mastodon", 100_000), ("@a", "x", 100_000)]
        {
            let text: String = unit.chars().cycle().take(length).collect();
            let out: Value =
                serde_json::from_str(&ok(&db.path, &["count", "--platform", platform, "--json", &text])).expect("json");
            assert_eq!(out["length"], length, "{unit} on {platform}");
            assert_eq!(out["valid"], false);
        }
    }

    #[test]
    fn a_post_past_its_platforms_limit_went_all_the_way_to_published() {
        let db = db();
        ok(&db.path, &["demo"]);
        let long = "a".repeat(100_000);
        let post = add_post(&db.path, "1", "culture", "2026-12-20 10:00", &long);
        let id = post["id"].as_i64().expect("id").to_string();
        let refused = run(&db.path, &["--as", "karim", "post", "submit", &id]);
        assert_eq!(refused.status.code(), Some(1));
        let message = stderr(&refused);
        for part in ["100000", "280", "@dz_fr_par_x", "x"] {
            assert!(message.contains(part), "the refusal names {part}: {message}");
        }
        let shown = json(&db.path, &["--json", "post", "show", &id]);
        assert_eq!(shown["state"], "draft", "a refusal changes nothing");
        // Shortened, it goes on.
        ok(&db.path, &["--as", "karim", "post", "edit", &id, "--text", "نص قصير"]);
        assert_eq!(json(&db.path, &["--as", "karim", "--json", "post", "submit", &id])["state"], "in-translation");
    }

    #[test]
    fn an_unknown_filter_value_was_silently_an_empty_calendar() {
        let db = db();
        ok(&db.path, &["demo"]);
        let calendar = ["calendar", "--mission", "DZ-FR-PAR", "--from", "2026-01-01", "--to", "2030-12-31"];
        fn with<'a>(calendar: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
            [calendar, extra].concat()
        }
        for (filter, valid) in [
            (["--state", "bogus"], "draft, in-translation, in-review, approved, scheduled, published, rejected"),
            (["--category", "bogus"], "announcement, protocol, national-occasion"),
            (["--platform", "bogus"], "x, facebook, instagram"),
            (["--language", "de"], "ar, fr"),
            (["--account", "999"], "1 (@"),
        ] {
            let output = run(&db.path, &with(&calendar, &filter));
            assert_eq!(output.status.code(), Some(1), "{filter:?} must be refused");
            let message = stderr(&output);
            let value = filter[1].trim_start_matches('-');
            assert!(message.contains(value), "{filter:?} names the value: {message}");
            assert!(message.contains(valid), "{filter:?} lists the valid ones: {message}");
            assert!(stdout(&output).is_empty());
        }
        // A valid value of each still filters.
        let posts = |extra: &[&str]| {
            json(&db.path, &with(&calendar, &[extra, &["--json"]].concat()))["posts"].as_array().map_or(0, Vec::len)
        };
        assert!(posts(&["--state", "published"]) > 0);
        assert!(posts(&["--language", "fr"]) > 0);
        assert!(posts(&["--account", "1"]) > 0);
    }
}

/// The `--json` outputs and the export as snapshots, so that a change of the
/// contract is a visible diff (`UPDATE_EXPECT=1 cargo test -p diwan-cli`
/// rewrites them). Times and hashes depend on the day the demo ran and are
/// replaced; long lists keep their first two items and their length.
mod snapshots {
    use expect_test::expect_file;

    use super::*;

    fn sanitised(value: Value) -> Value {
        match value {
            Value::String(s) if is_time(&s) => Value::String("<time>".into()),
            Value::String(s) if s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()) => {
                Value::String("<hash>".into())
            }
            Value::Array(items) if items.len() > 2 => {
                let total = items.len();
                let mut kept: Vec<Value> = items.into_iter().take(2).map(sanitised).collect();
                kept.push(Value::String(format!("… {total} in all")));
                Value::Array(kept)
            }
            Value::Array(items) => Value::Array(items.into_iter().map(sanitised).collect()),
            Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, sanitised(v))).collect()),
            other => other,
        }
    }

    /// An RFC 3339 time such as 2026-12-02T10:00:00+01:00.
    fn is_time(s: &str) -> bool {
        let b = s.as_bytes();
        s.len() >= 20 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' && b[13] == b':'
    }

    fn snapshot(value: Value) -> String {
        serde_json::to_string_pretty(&sanitised(value)).expect("json") + "\n"
    }

    /// The demo as made on one fixed day: the snapshots are the same
    /// whatever day they run (national days, crises and blackouts fall on
    /// the same posts).
    fn demo() -> Db {
        let db = db();
        ok(&db.path, &["demo", "--today", "2026-12-02"]);
        db
    }

    #[test]
    fn missions_list_json() {
        let db = demo();
        expect_file!["snapshots/missions-list.json"]
            .assert_eq(&snapshot(json(&db.path, &["--json", "missions", "list"])));
    }

    #[test]
    fn account_list_json() {
        let db = demo();
        let accounts = json(&db.path, &["--json", "account", "list", "--mission", "DZ-FR-PAR"]);
        expect_file!["snapshots/account-list.json"].assert_eq(&snapshot(accounts));
    }

    #[test]
    fn count_json() {
        let db = db();
        let count = json(
            &db.path,
            &["count", "--platform", "x", "--json", "نحتفل بـ #العيد_الوطني مع @MFA_Algeria https://mfa.gov.dz/ar"],
        );
        expect_file!["snapshots/count.json"].assert_eq(&snapshot(count));
    }

    #[test]
    fn post_show_json() {
        let db = demo();
        let id = add_post(&db.path, "1,2", "protocol", "2030-06-15 11:00", "قدّم السفير أوراق اعتماده")["id"]
            .as_i64()
            .expect("id")
            .to_string();
        expect_file!["snapshots/post-show.json"].assert_eq(&snapshot(json(&db.path, &["--json", "post", "show", &id])));
    }

    #[test]
    fn calendar_json() {
        let db = demo();
        let calendar = json(
            &db.path,
            &["calendar", "--mission", "DZ-FR-PAR", "--from", "2000-01-01", "--to", "2100-12-31", "--json"],
        );
        expect_file!["snapshots/calendar.json"].assert_eq(&snapshot(calendar));
    }

    #[test]
    fn export_json() {
        let db = demo();
        let export: Value = serde_json::from_str(&ok(&db.path, &["export", "json"])).expect("json");
        expect_file!["snapshots/export.json"].assert_eq(&snapshot(export));
    }
}

/// An administrator gives `name` a one-time passphrase, and `name` changes
/// it to `own` at their first sign-in, as the README tells.
fn sign_in_first_time(db: &Path, name: &str, own: &str) {
    let one_time = "first day at the mission";
    let given = run_with(db, &["--as", "amina", "passphrase", "give", name], &[("DIWAN_NEW_PASSPHRASE", one_time)]);
    assert!(given.status.success(), "{}", stderr(&given));
    let refused = run_with(db, &["--as", name, "queue", "translation"], &[("DIWAN_PASSPHRASE", one_time)]);
    assert!(stderr(&refused).contains("one time only"), "nothing before the change: {}", stderr(&refused));
    let changed = run_with(
        db,
        &["--as", name, "passphrase", "change"],
        &[("DIWAN_PASSPHRASE", one_time), ("DIWAN_NEW_PASSPHRASE", own)],
    );
    assert!(changed.status.success(), "{}", stderr(&changed));
}

/// The four-eyes rule in the room: a drafter who knows only their own
/// passphrase cannot approve their post by naming a supervisor.
#[test]
fn naming_someone_else_needs_their_passphrase() {
    let db = db();
    ok(&db.path, &["demo"]);
    let samirs = "cedars of the high atlas";
    let changed = run_with(&db.path, &["--as", "samir", "passphrase", "change"], &[("DIWAN_NEW_PASSPHRASE", samirs)]);
    assert!(changed.status.success(), "{}", stderr(&changed));
    let post = add_post(&db.path, "1", "culture", "2026-12-20 10:00", "افتتاح معرض الخط العربي");
    let id = post["id"].to_string();
    ok(&db.path, &["--as", "karim", "post", "submit", &id]);
    for (language, text) in
        [("fr", "Ouverture de l'exposition de calligraphie"), ("en", "Calligraphy exhibition opens")]
    {
        ok(&db.path, &["--as", "lina", "post", "edit", &id, "--language", language, "--text", text]);
        ok(&db.path, &["--as", "lina", "post", "done", &id, "--language", language]);
    }

    // Karim names Samir with the only passphrase he knows.
    let refused = run(&db.path, &["--as", "samir", "post", "approve", &id]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("Wrong name or passphrase"), "{}", stderr(&refused));
    // No passphrase at all, and no terminal to ask on.
    let bare = Command::new(env!("CARGO_BIN_EXE_diwan"))
        .args(["--db", db.path.to_str().expect("path"), "--as", "samir", "post", "approve", &id])
        .env("LANG", "C")
        .env_remove("DIWAN_PASSPHRASE")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run");
    assert!(stderr(&bare).contains("DIWAN_PASSPHRASE"), "{}", stderr(&bare));
    let state = json(&db.path, &["--json", "post", "show", &id]);
    assert_eq!(state["state"], "in-review", "nothing approved");
    let audit = ok(&db.path, &["audit", "--action", "user.sign-in-failed", "--json"]);
    assert!(audit.contains("user.sign-in-failed"), "the wrong try is audited");

    // Samir's own passphrase approves.
    let approved = run_with(&db.path, &["--as", "samir", "post", "approve", &id], &[("DIWAN_PASSPHRASE", samirs)]);
    assert!(approved.status.success(), "{}", stderr(&approved));
}

/// Encryption from the command line: an administrator encrypts; then
/// nothing opens without a key slot, and a wrong passphrase writes nothing.
#[test]
fn an_encrypted_database_opens_only_with_a_passphrase_that_has_a_slot() {
    let db = db();
    ok(&db.path, &["demo"]);
    assert!(ok(&db.path, &["--as", "amina", "encrypt"]).contains("before-encryption"));
    assert!(fails(&db.path, &["missions", "list"]).contains("encrypted"));
    let before = std::fs::read(&db.path).expect("read");
    let wrong = run_with(&db.path, &["--as", "amina", "missions", "list"], &[("DIWAN_PASSPHRASE", "not hers at all")]);
    assert!(stderr(&wrong).contains("Wrong name or passphrase"));
    assert!(
        fails(&db.path, &["--as", "karim", "missions", "list"]).contains("Wrong name or passphrase"),
        "no slot yet"
    );
    assert_eq!(std::fs::read(&db.path).expect("read"), before, "a wrong passphrase writes nothing");
    assert!(ok(&db.path, &["--as", "amina", "missions", "list"]).contains("DZ-FR-PAR"));
    // Karim gets his slot with a one-time passphrase.
    let given = run_with(
        &db.path,
        &["--as", "amina", "passphrase", "give", "karim"],
        &[("DIWAN_NEW_PASSPHRASE", "first day at the mission")],
    );
    assert!(given.status.success(), "{}", stderr(&given));
    let changed = run_with(
        &db.path,
        &["--as", "karim", "passphrase", "change"],
        &[("DIWAN_PASSPHRASE", "first day at the mission"), ("DIWAN_NEW_PASSPHRASE", "a cedar in the snow")],
    );
    assert!(changed.status.success(), "{}", stderr(&changed));
    let listed =
        run_with(&db.path, &["--as", "karim", "missions", "list"], &[("DIWAN_PASSPHRASE", "a cedar in the snow")]);
    assert!(listed.status.success(), "{}", stderr(&listed));

    // A backup is encrypted; restoring it checks that the passphrase opens the database.
    let copy = db.path.with_file_name("copy.db");
    ok(&db.path, &["--as", "amina", "backup", copy.to_str().expect("path")]);
    assert!(fails(&db.path, &["restore", copy.to_str().expect("path")]).contains("encrypted"));
    let refused = run_with(
        &db.path,
        &["--as", "amina", "restore", copy.to_str().expect("path")],
        &[("DIWAN_PASSPHRASE", "wrong words here")],
    );
    assert!(stderr(&refused).contains("Wrong name or passphrase"));
    assert!(ok(&db.path, &["--as", "amina", "restore", copy.to_str().expect("path")]).contains("before-restore"));
}

#[test]
fn due_lists_a_scheduled_post_from_its_hour_with_each_accounts_approved_text() {
    let db = db();
    ok(&db.path, &["demo"]);
    let arabic = "أمسية شعرية في المركز الثقافي\nالدخول مجاني";
    let post = add_post(&db.path, "1", "culture", "2026-12-16 18:30", arabic);
    let id = post["id"].as_i64().expect("id").to_string();
    ok(&db.path, &["--as", "karim", "post", "submit", &id]);
    for (language, text) in
        [("fr", "Soirée de poésie au centre culturel\nEntrée libre"), ("en", "Poetry evening at the cultural centre")]
    {
        if post["variants"].as_array().expect("variants").iter().any(|v| v["language"] == language) {
            ok(&db.path, &["--as", "lina", "post", "edit", &id, "--language", language, "--text", text]);
            ok(&db.path, &["--as", "lina", "post", "done", &id, "--language", language]);
        }
    }
    ok(&db.path, &["--as", "samir", "post", "approve", &id]);
    ok(&db.path, &["--as", "samir", "post", "schedule", &id]);
    let listed = |at: &str| {
        let due = json(&db.path, &["--json", "due", "--mission", "DZ-FR-PAR", "--at", at]);
        due["due"].as_array().expect("due").iter().find(|p| p["post"].as_i64() == post["id"].as_i64()).cloned()
    };
    assert!(listed("2026-12-16 18:29").is_none(), "not before its hour");
    let item = listed("2026-12-16 18:30").expect("due at its hour");
    assert_eq!(item["reminded"], "samir");
    let shown = json(&db.path, &["--json", "post", "show", &id]);
    for text in item["texts"].as_array().expect("texts") {
        let variant =
            shown["variants"].as_array().expect("variants").iter().find(|v| v["language"] == text["language"]);
        assert_eq!(text["text"], variant.expect("variant")["text"], "the approved text as it is");
    }
    // The text form: the post, then each account with its text indented.
    let printed = ok(&db.path, &["due", "--mission", "DZ-FR-PAR", "--at", "2026-12-16 18:30"]);
    assert!(printed.contains(&format!("due\t#{id}\tDZ-FR-PAR\t2026-12-16T18:30:00+01:00\tsamir")), "{printed}");
    assert!(printed.contains("    أمسية شعرية في المركز الثقافي\n    الدخول مجاني"), "{printed}");
    // Twenty minutes on it is overdue; an instant works without a mission.
    let late = json(&db.path, &["--json", "due", "--at", "2026-12-16T17:50:00Z"]);
    assert!(late["overdue"].as_array().expect("overdue").iter().any(|p| p["post"].as_i64() == post["id"].as_i64()));
    assert!(fails(&db.path, &["due", "--at", "2026-12-16 18:30"]).contains("--mission"));
}

#[test]
fn observances_lists_a_missions_islamic_days_and_holidays_and_an_administrator_sets_the_home_country() {
    let db = db();
    ok(&db.path, &["demo"]);
    let args = ["observances", "--mission", "DZ-FR-PAR", "--from", "2026-07-01", "--to", "2026-07-31"];
    let text = ok(&db.path, &args);
    assert!(text.contains("2026-07-14\t1448-01-29\thost country holiday\tFR\tBastille Day\tnational day"), "{text}");
    assert!(!text.contains("home country"), "no home country set yet: {text}");

    let refused = fails(&db.path, &["--as", "karim", "observances", "--home-country", "DZ"]);
    assert!(refused.contains("administrator"), "{refused}");
    ok(&db.path, &["--as", "amina", "observances", "--home-country", "DZ"]);
    let json: serde_json::Value =
        serde_json::from_str(&ok(&db.path, &[&["--json"][..], &args].concat())).expect("json");
    assert_eq!(json["homeCountry"], "DZ");
    let independence =
        json["observances"].as_array().expect("list").iter().find(|o| o["date"] == "2026-07-05").expect("5 July");
    assert_eq!((independence["layer"].as_str(), independence["national"].as_bool()), (Some("home"), Some(true)));
    assert_eq!(independence["names"]["ar"], "عيد الاستقلال");

    let arabic = ok(
        &db.path,
        &["--lang", "ar", "observances", "--mission", "DZ-FR-PAR", "--from", "2026-03-20", "--to", "2026-03-20"],
    );
    assert!(arabic.contains("عيد الفطر"), "{arabic}");
    let reversed =
        fails(&db.path, &["observances", "--mission", "DZ-FR-PAR", "--from", "2026-03-31", "--to", "2026-03-01"]);
    assert!(!reversed.is_empty());
    // A demo made as if on an impossible day: refused before anything is made.
    let other = db_in(&db);
    let impossible = fails(&other, &["demo", "--today", "2026-02-30"]);
    assert!(impossible.contains("2026-02-30"), "{impossible}");
    assert!(!other.exists(), "no file made");

    // The ministry's own list of days: in from CSV (administrators), out the same.
    let csv = db.path.with_file_name("days.csv");
    std::fs::write(
        &csv,
        "date,kind,ar,fr,en\n05-03,international,اليوم العالمي لحرية الصحافة,,World Press Freedom Day\n",
    )
    .expect("csv");
    let csv = csv.to_str().expect("path");
    assert!(!fails(&db.path, &["--as", "karim", "observances", "--import-days", csv]).is_empty());
    assert!(ok(&db.path, &["--as", "amina", "observances", "--import-days", csv]).contains("One day in the ministry"));
    let out = ok(&db.path, &["observances", "--export-days"]);
    assert_eq!(out, "date,kind,ar,fr,en\n05-03,international,اليوم العالمي لحرية الصحافة,,World Press Freedom Day\n");
    let may = ok(&db.path, &["observances", "--mission", "DZ-FR-PAR", "--from", "2026-05-03", "--to", "2026-05-03"]);
    assert!(may.contains("international") && may.contains("World Press Freedom Day"), "{may}");
}

#[test]
fn report_gives_the_same_numbers_as_text_json_and_csv_and_imports_engagement() {
    let db = db();
    ok(&db.path, &["demo", "--today", "2026-12-02"]);
    let args = ["report", "--mission", "DZ-FR-PAR", "--from", "2026-11-01", "--to", "2026-12-31", "--by", "month"];
    let report = json(&db.path, &[&["--json"][..], &args].concat());
    let total = &report["total"];
    let (planned, approved, published) = (
        total["planned"].as_u64().expect("n"),
        total["approved"].as_u64().expect("n"),
        total["published"].as_u64().expect("n"),
    );
    assert!(planned > 0 && published <= approved && approved <= planned, "{total}");
    let names: Vec<&str> =
        report["periods"].as_array().expect("periods").iter().filter_map(|p| p["name"].as_str()).collect();
    assert_eq!(names, ["2026-11", "2026-12"]);
    let text = ok(&db.path, &args);
    assert!(text.starts_with("Month\tPlanned\tApproved\tPublished\n"), "{text}");
    assert!(text.contains(&format!("All\t{planned}\t{approved}\t{published}\n")), "{text}");
    let csv = ok(&db.path, &[&args[..], &["--csv"]].concat());
    assert!(csv.contains(&format!("mission,DZ-FR-PAR,all,{planned},{approved},{published}\n")), "{csv}");
    let arabic = ok(&db.path, &[&["--lang", "ar"][..], &args].concat());
    assert!(arabic.starts_with("الشهر\tالمخطط لها"), "{arabic}");
    let year = ["report", "--mission", "DZ-FR-PAR", "--from", "2026-11-01", "--to", "2026-12-31", "--by", "year"];
    let refused = fails(&db.path, &year);
    assert!(refused.contains("year") && refused.contains("week, month"), "{refused}");

    // Engagement: an X export whose first row is post 1's address.
    let url = json(&db.path, &["--json", "post", "show", "1"])["publishedUrl"].as_str().expect("published").to_owned();
    let file = db.path.with_file_name("x.csv");
    std::fs::write(
        &file,
        format!("Tweet id,Tweet permalink,Tweet text,time,impressions,engagements\n1,{url},t,x,2500,60\n2,https://x.com/other/status/2,t,x,1,1\n"),
    )
    .expect("csv");
    let file = file.to_str().expect("path");
    let import = ["report", "--mission", "DZ-FR-PAR", "--import-engagement", file];
    assert!(!fails(&db.path, &[&["--as", "lina"][..], &import].concat()).is_empty(), "a translator may not");
    let said = ok(&db.path, &[&["--as", "karim"][..], &import].concat());
    assert!(said.contains("posts matched: 1") && said.contains("https://x.com/other/status/2"), "{said}");
    let after = json(&db.path, &[&["--json"][..], &args].concat());
    assert_eq!(after["engagement"][0]["post"]["id"], 1);
    assert_eq!(after["engagement"][0]["reach"], 2500);
    // The figures are the user's data too: the full export carries them.
    let export = json(&db.path, &["export", "json"]);
    let first = export["posts"].as_array().expect("posts").iter().find(|p| p["id"] == 1).expect("post 1");
    assert_eq!(
        (first["engagement"][0]["platform"].as_str(), first["engagement"][0]["reach"].as_i64()),
        (Some("x"), Some(2500))
    );
    assert!(
        export["ministryDays"].is_array() && export.get("homeCountry").is_some(),
        "the ministry's days and home country"
    );
    let unknown = db.path.with_file_name("unknown.csv");
    std::fs::write(&unknown, "date,views\n2026-11-02,4\n").expect("csv");
    let refused = fails(
        &db.path,
        &["--as", "karim", "report", "--mission", "DZ-FR-PAR", "--import-engagement", unknown.to_str().expect("path")],
    );
    assert!(refused.contains("not an engagement export"), "{refused}");
}
