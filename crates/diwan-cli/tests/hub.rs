//! The desktop's command line against a real hub (PostgreSQL started here,
//! the hub served in this process): killed with SIGKILL in the middle of a
//! pull, each page of posts is written whole or not at all, the file stays
//! whole, and the next sync brings the rest, every post exactly once; and
//! a hub serving TLS itself, reached over https by a desktop trusting the
//! ministry's own certificate authority.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

#[path = "../../diwan-hub/tests/support/mod.rs"]
mod support;
#[path = "../../diwan-hub/tests/support/tls.rs"]
mod tls;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use diwan_core::user::Role;
use diwan_core::MissionCode;
use diwan_protocol::{Outcome, Pushed};
use support::{plan, PgCluster};

const PASSPHRASE: &str = "a long road to Tamanrasset";
const POSTS: i64 = 1_300;

fn diwan(db: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_diwan"));
    command.arg("--db").arg(db).env("DIWAN_PASSPHRASE", PASSPHRASE).env("LANG", "C");
    command
}

/// Posts here, distinct uids, and what SQLite says of the file.
fn here(db: &Path) -> (i64, i64, String) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    (count("SELECT count(*) FROM posts"), count("SELECT count(DISTINCT uid) FROM posts"), integrity)
}

/// A hub database with Paris, its account, Karim (drafter, signed in from
/// a desk) and Samir (supervisor), on its own PostgreSQL.
struct Hub {
    _cluster: PgCluster,
    runtime: tokio::runtime::Runtime,
    url: String,
    karim: diwan_hub::devices::Issued,
}

impl Hub {
    fn start() -> Self {
        let cluster = PgCluster::start();
        let url = cluster.database("hub");
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let paris = MissionCode::parse("DZ-FR-PAR").unwrap();
        let karim = runtime.block_on(async {
            let mut client = diwan_hub::connect(&url).await.unwrap();
            diwan_hub::schema::migrate(&mut client).await.unwrap();
            let now = diwan_hub::now();
            diwan_hub::missions::add(&mut client, &plan::mission("DZ-FR-PAR", "Europe/Paris"), now).await.unwrap();
            diwan_hub::missions::add_account(&mut client, &plan::account("DZ-FR-PAR", "dz_paris"), now).await.unwrap();
            for (name, role) in [("karim", Role::Drafter), ("samir", Role::Supervisor)] {
                diwan_hub::people::add(&mut client, name, name, PASSPHRASE, &[(role, paris.clone())], now)
                    .await
                    .unwrap();
            }
            diwan_hub::devices::sign_in(&mut client, "karim", PASSPHRASE, "desk", now).await.unwrap()
        });
        Self { _cluster: cluster, runtime, url, karim }
    }

    /// Serves the hub over TLS with `tls` on a free loopback port; its address.
    fn tls(&self, tls: &tls::Certificates) -> String {
        self.runtime.block_on(async {
            let config = diwan_hub::server::tls_config(&tls.certificate, &tls.key).await.unwrap();
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            let base = format!("https://localhost:{}", listener.local_addr().unwrap().port());
            let pool = diwan_hub::pool(&self.url).unwrap();
            tokio::spawn(diwan_hub::server::serve_tls(listener, pool, config, std::future::pending()));
            base
        })
    }

    /// Serves the hub over plain HTTP on a free loopback port; its address.
    fn plain(&self) -> String {
        self.runtime.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let base = format!("http://{}", listener.local_addr().unwrap());
            tokio::spawn(diwan_hub::server::serve(
                listener,
                diwan_hub::pool(&self.url).unwrap(),
                std::future::pending(),
            ));
            base
        })
    }
}

#[test]
fn a_desktop_killed_in_the_middle_of_a_pull_brings_every_post_exactly_once_next_time() {
    let hub = Hub::start();
    let (runtime, url, base, karim) = (&hub.runtime, &hub.url, hub.plain(), &hub.karim);
    // Samir's desktop connects while the plan is empty.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("samir.db");
    let connected = diwan(&db).args(["connect", &base, "--name", "samir"]).output().unwrap();
    assert!(connected.status.success(), "{connected:?}");

    // Karim's desktop pushed a season's plan meanwhile: three pages of posts.
    runtime.block_on(async {
        let mut client = diwan_hub::connect(url).await.unwrap();
        let changes: Vec<Pushed> = (0..POSTS)
            .map(|n| Pushed {
                key: format!("k{n}"),
                post: format!("0190-{n:05}"),
                base_version: None,
                change: plan::creation("DZ-FR-PAR", "dz_paris", &format!("منشور رقم {n}")),
                event: None,
            })
            .collect();
        let outcomes =
            diwan_hub::posts::push(&mut client, karim.device, &karim.user, &changes, diwan_hub::now()).await.unwrap();
        assert!(outcomes.iter().all(|o| matches!(o, Outcome::Accepted { .. })));
    });

    // Killed again and again while pulling: whole pages only, a whole file.
    let page = diwan_hub::posts::PULL_PAGE;
    let mut seen = Vec::new();
    for delay in [40, 120, 250, 80, 400, 600] {
        let mut sync = diwan(&db).arg("sync").stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        sync.kill().unwrap(); // SIGKILL
        sync.wait().unwrap();
        let (posts, uids, integrity) = here(&db);
        assert_eq!(integrity, "ok");
        assert_eq!(posts, uids, "no post twice");
        assert!(posts % page == 0 || posts == POSTS, "a page written whole or not at all: {posts}");
        seen.push(posts);
    }
    assert!(seen.iter().any(|n| *n > 0 && *n < POSTS), "a kill landed between pages: {seen:?}");

    // The next sync brings the rest, exactly once, and the trail holds.
    let synced = diwan(&db).args(["--json", "sync"]).output().unwrap();
    assert!(synced.status.success(), "{synced:?}");
    let (posts, uids, _) = here(&db);
    assert_eq!((posts, uids), (POSTS, POSTS));
    assert!(diwan(&db).arg("verify").output().unwrap().status.success());
    let again: serde_json::Value =
        serde_json::from_slice(&diwan(&db).args(["--json", "sync"]).output().unwrap().stdout).unwrap();
    assert_eq!(again["pulled"], 0, "nothing left to bring");
}

#[test]
fn a_desktop_reaches_a_hub_serving_tls_when_it_trusts_the_ministrys_authority() {
    let hub = Hub::start();
    let dir = tempfile::tempdir().unwrap();
    let files = tls::certificates(dir.path());
    let base = hub.tls(&files);
    let db = dir.path().join("samir.db");
    // Without the ministry's authority, the hub's certificate is not trusted: said, nothing kept.
    let stranger =
        diwan(&db).args(["connect", &base, "--name", "samir"]).env("SSL_CERT_FILE", "/nonexistent").output().unwrap();
    assert!(!stranger.status.success());
    assert!(String::from_utf8_lossy(&stranger.stderr).contains("could not be reached"), "{stranger:?}");
    // Trusting it (as the ministry's computers do, by the system's store or SSL_CERT_FILE): connected.
    let trusted =
        diwan(&db).args(["connect", &base, "--name", "samir"]).env("SSL_CERT_FILE", &files.authority).output().unwrap();
    assert!(trusted.status.success(), "{trusted:?}");
    assert!(String::from_utf8_lossy(&trusted.stdout).contains(&format!("Connected to {base}")), "{trusted:?}");
    let synced = diwan(&db).args(["--json", "sync"]).env("SSL_CERT_FILE", &files.authority).output().unwrap();
    assert!(synced.status.success(), "{synced:?}");
}
