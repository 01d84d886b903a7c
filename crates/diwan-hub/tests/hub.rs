//! The hub against a real PostgreSQL, started by the test itself: its
//! schema, its people and roles, devices signing in over HTTP, and the
//! audit chain it keeps.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

mod support;

use std::process::Command;

use diwan_core::user::Role;
use diwan_core::MissionCode;
use diwan_hub::{audit, devices, people, schema, HubError};
use serde_json::{json, Value};
use support::PgCluster;
use tokio_postgres::Client;

const PASSPHRASE: &str = "a long road to Tamanrasset";

async fn connect(url: &str) -> Client {
    diwan_hub::connect(url).await.expect("connect")
}

fn paris() -> MissionCode {
    MissionCode::parse("DZ-FR-PAR").unwrap()
}

/// A migrated hub database with Samir (supervisor at Paris) and Karim (drafter).
async fn hub_with_people(cluster: &PgCluster, name: &str) -> (String, Client) {
    let url = cluster.database(name);
    let mut client = connect(&url).await;
    schema::migrate(&mut client).await.expect("migrate");
    people::add(&mut client, "samir", "Samir Ouali", PASSPHRASE, &[(Role::Supervisor, paris())], diwan_hub::now())
        .await
        .expect("samir");
    people::add(&mut client, "karim", "Karim Benali", PASSPHRASE, &[(Role::Drafter, paris())], diwan_hub::now())
        .await
        .expect("karim");
    (url, client)
}

#[tokio::test]
async fn the_schema_is_created_once_and_a_foreign_or_newer_database_is_refused_untouched() {
    let cluster = PgCluster::start();
    let mut client = connect(&cluster.database("hub")).await;
    assert_eq!(schema::version(&client).await.unwrap(), 0);
    assert_eq!(schema::migrate(&mut client).await.unwrap(), 0, "found empty");
    assert_eq!(schema::migrate(&mut client).await.unwrap(), schema::SCHEMA_VERSION, "again: nothing to do");
    assert_eq!(schema::version(&client).await.unwrap(), schema::SCHEMA_VERSION);

    // Someone else's database: refused, and nothing of the hub's written into it.
    let mut other = connect(&cluster.database("payroll")).await;
    other.batch_execute("CREATE TABLE salaries (who text, amount int)").await.unwrap();
    assert!(matches!(schema::migrate(&mut other).await, Err(HubError::NotHub)));
    let tables: i64 = other
        .query_one("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(tables, 1, "only its own table");

    // A newer hub's database: refused.
    client.execute("UPDATE hub_meta SET value = '99' WHERE key = 'schema_version'", &[]).await.unwrap();
    assert!(matches!(
        schema::migrate(&mut client).await,
        Err(HubError::TooNew { found: 99, supported }) if supported == schema::SCHEMA_VERSION
    ));
}

#[tokio::test]
async fn people_and_roles_follow_the_desktops_rules_and_every_change_is_chained() {
    let cluster = PgCluster::start();
    let (_, mut client) = hub_with_people(&cluster, "hub").await;
    let (samir, phc) = people::find(&client, &name("samir")).await.unwrap().expect("samir");
    assert!(samir.has_role(&paris(), Role::Supervisor));
    assert!(phc.starts_with("$argon2id$"), "only a hash is kept");

    // Refused, and nothing written: a name taken, a passphrase too short, a role unknown.
    let events = audit::verify(&client).await.unwrap();
    let again = people::add(&mut client, "samir", "Other", PASSPHRASE, &[], diwan_hub::now()).await;
    assert!(matches!(again, Err(HubError::PersonExists { .. })));
    let short = people::add(&mut client, "lina", "Lina", "short", &[], diwan_hub::now()).await;
    assert_eq!(diwan_core::Localized::message_id(&short.unwrap_err()), "error-passphrase-too-short");
    assert!(people::find(&client, &name("lina")).await.unwrap().is_none());
    assert!(people::parse_role("chef@DZ-FR-PAR").is_err());
    assert_eq!(audit::verify(&client).await.unwrap(), events, "no event for what was refused");

    people::grant(&mut client, "karim", Role::Translator, &paris(), diwan_hub::now()).await.unwrap();
    people::grant(&mut client, "karim", Role::Translator, &paris(), diwan_hub::now()).await.unwrap();
    people::revoke(&mut client, "karim", Role::Drafter, &paris(), diwan_hub::now()).await.unwrap();
    let (karim, _) = people::find(&client, &name("karim")).await.unwrap().unwrap();
    assert!(karim.has_role(&paris(), Role::Translator) && !karim.has_role(&paris(), Role::Drafter));
    assert_eq!(audit::verify(&client).await.unwrap(), events + 2, "granted once, revoked once");
    assert!(matches!(
        people::grant(&mut client, "nobody", Role::Admin, &paris(), diwan_hub::now()).await,
        Err(HubError::PersonUnknown { .. })
    ));

    // An event edited in the database is found.
    client.execute("UPDATE audit_events SET detail = 'admin@DZ-FR-PAR' WHERE seq = 2", &[]).await.unwrap();
    assert!(matches!(audit::verify(&client).await, Err(HubError::AuditBroken { seq: 2 })));
}

#[tokio::test]
async fn two_hubs_adding_people_at_once_chain_one_after_the_other() {
    let cluster = PgCluster::start();
    let (url, client) = hub_with_people(&cluster, "hub").await;
    let before = audit::verify(&client).await.unwrap();
    let mut writers = Vec::new();
    for hub in 0..2 {
        let url = url.clone();
        writers.push(tokio::spawn(async move {
            let mut client = connect(&url).await;
            for n in 0..5 {
                let name = format!("attache{hub}{n}");
                people::add(&mut client, &name, &name, PASSPHRASE, &[(Role::Drafter, paris())], diwan_hub::now())
                    .await
                    .expect("add");
            }
        }));
    }
    for writer in writers {
        writer.await.unwrap();
    }
    // Each person: added, and granted one role.
    assert_eq!(audit::verify(&client).await.unwrap(), before + 2 * 5 * 2);
}

/// Serves the hub on a free loopback port; returns its base URL.
async fn serve(url: &str) -> String {
    let pool = diwan_hub::pool(url).expect("pool");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(diwan_hub::server::serve(listener, pool, std::future::pending()));
    base
}

/// A request from a desktop: the status and the JSON answer.
async fn call(method: &str, url: String, token: Option<&str>, body: Option<Value>) -> (u16, Value) {
    let method = method.to_owned();
    let token = token.map(ToOwned::to_owned);
    tokio::task::spawn_blocking(move || {
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let auth = token.map(|t| format!("Bearer {t}")).unwrap_or_default();
        let mut response = match (method.as_str(), body) {
            ("GET", _) => agent.get(&url).header("Authorization", &auth).call(),
            (_, Some(body)) => agent.post(&url).header("Authorization", &auth).send_json(body),
            (_, None) => agent.post(&url).header("Authorization", &auth).send_empty(),
        }
        .expect("the hub answers");
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn a_desktop_signs_in_for_a_token_that_opens_the_hub_until_it_is_revoked() {
    let cluster = PgCluster::start();
    let (url, mut client) = hub_with_people(&cluster, "hub").await;
    let base = serve(&url).await;

    let (status, health) = call("GET", format!("{base}/v1/health"), None, None).await;
    assert_eq!((status, health["schemaVersion"].as_u64()), (200, Some(u64::from(schema::SCHEMA_VERSION))));

    // A wrong passphrase and an unknown name: the same refusal, in the desktop's terms.
    for (name, passphrase) in [("samir", "not the passphrase at all"), ("nobody", PASSPHRASE)] {
        let asked = json!({ "name": name, "passphrase": passphrase, "device": "Paris desk 1" });
        let (status, refusal) = call("POST", format!("{base}/v1/sign-in"), None, Some(asked)).await;
        assert_eq!((status, refusal["code"].as_str()), (401, Some("error-sign-in-wrong")), "{name}");
    }
    let (status, me) = call("GET", format!("{base}/v1/me"), Some("made-up"), None).await;
    assert_eq!((status, me["code"].as_str()), (401, Some("error-hub-token-refused")));

    let asked = json!({ "name": "samir", "passphrase": PASSPHRASE, "device": "Paris desk 1" });
    let (status, signed_in) = call("POST", format!("{base}/v1/sign-in"), None, Some(asked.clone())).await;
    assert_eq!(status, 200, "{signed_in}");
    let token = signed_in["token"].as_str().expect("a token").to_owned();
    assert_eq!(signed_in["person"]["roles"]["DZ-FR-PAR"], json!(["supervisor"]));
    let stored: i64 = client
        .query_one("SELECT count(*) FROM devices WHERE token_sha256 = sha256($1::text::bytea)", &[&token])
        .await
        .unwrap()
        .get(0);
    assert_eq!(stored, 1, "the token's hash is kept, and only that");
    let plain: i64 = client
        .query_one("SELECT count(*) FROM devices WHERE encode(token_sha256, 'hex') = $1", &[&token])
        .await
        .unwrap()
        .get(0);
    assert_eq!(plain, 0);

    let (status, me) = call("GET", format!("{base}/v1/me"), Some(&token), None).await;
    assert_eq!((status, me["name"].as_str(), me["displayName"].as_str()), (200, Some("samir"), Some("Samir Ouali")));

    // Signing out revokes this device only; IT revokes another.
    let (_, second) = call("POST", format!("{base}/v1/sign-in"), None, Some(asked)).await;
    let other = second["token"].as_str().expect("a second device").to_owned();
    let (status, _) = call("POST", format!("{base}/v1/sign-out"), Some(&token), None).await;
    assert_eq!(status, 204);
    let (status, _) = call("GET", format!("{base}/v1/me"), Some(&token), None).await;
    assert_eq!(status, 401, "a signed-out token opens nothing");
    assert_eq!(call("GET", format!("{base}/v1/me"), Some(&other), None).await.0, 200, "the other device still in");
    let id = second["device"].as_i64().expect("device id");
    assert!(devices::revoke(&mut client, id, "system", diwan_hub::now()).await.unwrap());
    assert!(!devices::revoke(&mut client, id, "system", diwan_hub::now()).await.unwrap(), "once");
    assert_eq!(call("GET", format!("{base}/v1/me"), Some(&other), None).await.0, 401, "revoked by IT");
    let listed = devices::list(&client, Some("samir")).await.unwrap();
    assert_eq!((listed.len(), listed.iter().all(|d| d.revoked)), (2, true));

    // Every step is in the chain: two failures, two sign-ins, two revocations.
    let actions: Vec<String> = client
        .query("SELECT action FROM audit_events WHERE action LIKE 'device.%' OR action = 'user.sign-in-failed' ORDER BY seq", &[])
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(
        actions,
        [
            "user.sign-in-failed",
            "user.sign-in-failed",
            "device.signed-in",
            "device.signed-in",
            "device.revoked",
            "device.revoked"
        ]
    );
    audit::verify(&client).await.expect("intact");
}

#[tokio::test]
async fn the_hub_program_initialises_adds_people_and_verifies() {
    let cluster = PgCluster::start();
    let url = cluster.database("hub");
    let hub = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_diwan-hub"))
            .args(args)
            .env("DIWAN_HUB_PG", &url)
            .env("DIWAN_HUB_PASSPHRASE", PASSPHRASE)
            .output()
            .expect("run diwan-hub")
    };
    let stdout = |output: &std::process::Output| String::from_utf8_lossy(&output.stdout).into_owned();
    let init = hub(&["init"]);
    assert!(init.status.success(), "{init:?}");
    assert!(stdout(&init).contains(&format!("hub schema {} (was 0)", schema::SCHEMA_VERSION)));
    let added = hub(&["user", "add", "amina", "--display-name", "Amina Belkacem", "--role", "admin@DZ-FR-PAR"]);
    assert!(added.status.success(), "{added:?}");
    let mission = hub(&[
        "mission",
        "add",
        "DZ-FR-PAR",
        "--ar",
        "سفارة الجزائر في باريس",
        "--fr",
        "Ambassade d'Algérie à Paris",
        "--en",
        "Embassy of Algeria in Paris",
        "--country",
        "FR",
        "--zone",
        "Europe/Paris",
    ]);
    assert!(mission.status.success(), "{mission:?}");
    let account = hub(&["account", "add", "DZ-FR-PAR", "x", "@AlgerieFrance", "--languages", "fr,ar"]);
    assert!(account.status.success(), "{account:?}");
    let twice = hub(&["account", "add", "DZ-FR-PAR", "x", "AlgerieFrance"]);
    assert!(String::from_utf8_lossy(&twice.stderr).contains("on the hub already"), "{twice:?}");
    let nowhere = hub(&["account", "add", "DZ-XX-000", "x", "Nobody"]);
    assert!(String::from_utf8_lossy(&nowhere.stderr).contains("no mission with code DZ-XX-000"), "{nowhere:?}");
    let refused = hub(&["user", "add", "rania", "--role", "chef@DZ-FR-PAR"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("chef"), "says which role: {refused:?}");
    // `user role` is `user grant` by the name for it.
    let role = hub(&["user", "role", "amina", "supervisor@DZ-FR-PAR"]);
    assert!(role.status.success(), "{role:?}");
    let verified = hub(&["verify"]);
    assert!(stdout(&verified).contains("intact: 5 events"), "user, role, mission, account, role: {verified:?}");

    let nowhere =
        Command::new(env!("CARGO_BIN_EXE_diwan-hub")).arg("init").env_remove("DIWAN_HUB_PG").output().unwrap();
    assert!(!nowhere.status.success());
    assert!(String::from_utf8_lossy(&nowhere.stderr).contains("give --pg URL"), "{nowhere:?}");
}

fn name(name: &str) -> diwan_core::user::UserName {
    diwan_core::user::UserName::parse(name).unwrap()
}

#[path = "support/tls.rs"]
mod tls;

#[tokio::test]
async fn the_hub_serves_tls_itself_to_desktops_that_trust_the_ministrys_authority() {
    let cluster = PgCluster::start();
    let (url, _) = hub_with_people(&cluster, "hub").await;
    let dir = tempfile::tempdir().unwrap();
    let files = tls::certificates(dir.path());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let hub_program = env!("CARGO_BIN_EXE_diwan-hub");
    let serve = |cert: &std::path::Path, key: &std::path::Path| {
        Command::new(hub_program)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--tls-cert"])
            .arg(cert)
            .arg("--tls-key")
            .arg(key)
            .env("DIWAN_HUB_PG", &url)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("diwan-hub serve")
    };

    // A key that is not a key: said before anything listens.
    let refused = serve(&files.certificate, &files.authority).wait_with_output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("certificate or key cannot be used"), "{refused:?}");

    let mut hub = serve(&files.certificate, &files.key);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(std::time::Instant::now() < deadline, "the hub did not start");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let authority = std::fs::read(&files.authority).unwrap();
    let answers = tokio::task::spawn_blocking(move || {
        let agent = |trusted: Option<&[u8]>| -> ureq::Agent {
            let mut tls = ureq::tls::TlsConfig::builder().provider(ureq::tls::TlsProvider::Rustls);
            if let Some(pem) = trusted {
                let certificate = ureq::tls::Certificate::from_pem(pem).unwrap().to_owned();
                tls = tls.root_certs(ureq::tls::RootCerts::new_with_certs(&[certificate]));
            }
            ureq::Agent::config_builder().tls_config(tls.build()).build().into()
        };
        let health = format!("https://localhost:{port}/v1/health");
        let trusted: Value = agent(Some(&authority)).get(&health).call().unwrap().body_mut().read_json().unwrap();
        let stranger = agent(None).get(&health).call().map(|_| ());
        let plain = agent(Some(&authority)).get(&format!("http://localhost:{port}/v1/health")).call().map(|_| ());
        (trusted, stranger, plain)
    })
    .await
    .unwrap();
    assert_eq!(answers.0, json!({ "schemaVersion": schema::SCHEMA_VERSION }));
    assert!(answers.1.is_err(), "a certificate from an authority the desktop does not trust is refused");
    assert!(answers.2.is_err(), "no plain HTTP on a TLS hub");
    hub.kill().unwrap();
    hub.wait().unwrap();
}
