//! A desktop and a real hub: the hub served over HTTP against a private
//! PostgreSQL (started here), the desktop a temporary SQLite file.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "tests fail loudly")]

#[path = "../../diwan-hub/tests/support/mod.rs"]
mod support;

use diwan_api::{ApiError, Diwan, Localized};
use diwan_core::user::Role;
use diwan_core::{MissionCode, MissionNames, NewMission};
use support::PgCluster;

const PASSPHRASE: &str = "a long road to Tamanrasset";

fn code(code: &str) -> MissionCode {
    MissionCode::parse(code).unwrap()
}

fn mission(code: &str, city: &str, country: &str, zone: &str) -> NewMission {
    NewMission {
        code: code.to_owned(),
        names: MissionNames {
            ar: format!("سفارة الجزائر في {city}"),
            fr: format!("Ambassade d'Algérie à {city}"),
            en: format!("Embassy of Algeria in {city}"),
        },
        kind: "embassy".to_owned(),
        host_country: country.to_owned(),
        time_zone: zone.to_owned(),
        working_languages: vec!["ar".into(), "fr".into(), "en".into()],
    }
}

/// Runs hub work to its end on the hub's runtime.
fn on_hub<T>(
    runtime: &tokio::runtime::Runtime,
    url: &str,
    work: impl AsyncFnOnce(&mut tokio_postgres::Client) -> T,
) -> T {
    runtime.block_on(async {
        let mut client = diwan_hub::connect(url).await.expect("connect");
        work(&mut client).await
    })
}

fn refusal(error: ApiError) -> &'static str {
    error.message_id()
}

#[test]
fn a_desktop_connects_pulls_its_missions_and_colleagues_follows_their_roles_and_signs_in_offline() {
    let cluster = PgCluster::start();
    let url = cluster.database("hub");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    on_hub(&runtime, &url, async |hub| {
        diwan_hub::schema::migrate(hub).await.unwrap();
        let now = diwan_hub::now();
        diwan_hub::missions::add(hub, &mission("DZ-FR-PAR", "Paris", "FR", "Europe/Paris"), now).await.unwrap();
        diwan_hub::missions::add(hub, &mission("DZ-DE-BER", "Berlin", "DE", "Europe/Berlin"), now).await.unwrap();
        let people = [
            ("karim", Role::Drafter, "DZ-FR-PAR"),
            ("samir", Role::Supervisor, "DZ-FR-PAR"),
            ("lina", Role::Translator, "DZ-DE-BER"),
        ];
        for (name, role, at) in people {
            diwan_hub::people::add(hub, name, name, PASSPHRASE, &[(role, code(at))], now).await.unwrap();
        }
        diwan_hub::people::add(hub, "idris", "Idris", PASSPHRASE, &[], now).await.unwrap();
        for (at, handle) in [("DZ-FR-PAR", "AlgerieFrance"), ("DZ-DE-BER", "AlgerieBerlin")] {
            let account = diwan_core::account::NewAccount {
                mission: code(at),
                platform: diwan_core::platform::Platform::X,
                handle: handle.to_owned(),
                languages: vec!["fr".into(), "ar".into()],
                limit_override: None,
            };
            diwan_hub::missions::add_account(hub, &account, now).await.unwrap();
        }
    });
    let base = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(diwan_hub::server::serve(listener, diwan_hub::pool(&url).unwrap(), std::future::pending()));
        base
    });

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("diwan.db");
    let mut desk = Diwan::open(&db).unwrap();

    // A wrong passphrase: refused in the hub's words, nothing written here.
    let wrong = desk.connect_hub(&base, "karim", "not the passphrase at all", "Paris desk").unwrap_err();
    assert_eq!(refusal(wrong), "error-sign-in-wrong");
    assert_eq!(desk.hub_url().unwrap(), None);
    assert!(desk.missions().unwrap().is_empty());

    // Someone with no role anywhere on the hub: told so, nothing written,
    // and the device token the hub gave is handed back.
    let idle = desk.connect_hub(&base, "idris", PASSPHRASE, "Paris desk").unwrap_err();
    assert_eq!(refusal(idle), "error-hub-no-missions");
    assert_eq!(desk.hub_url().unwrap(), None);
    let devices = on_hub(&runtime, &url, async |hub| diwan_hub::devices::list(&*hub, Some("idris")).await.unwrap());
    assert!(devices.len() == 1 && devices[0].revoked, "{devices:?}");

    let report = desk.connect_hub(&base, "karim", PASSPHRASE, "Paris desk").unwrap();
    assert_eq!((report.pushed, report.pulled, report.refused), (0, 4, 0), "Paris, its account, Karim and Samir");
    let codes: Vec<String> = desk.missions().unwrap().iter().map(|m| m.code.clone()).collect();
    assert_eq!(codes, ["DZ-FR-PAR"], "only Karim's mission");
    let names: Vec<String> = desk.users().unwrap().iter().map(|u| u.name.clone()).collect();
    assert_eq!(names, ["karim", "samir"], "only who works there");
    let handles: Vec<String> = desk.accounts(Some("DZ-FR-PAR")).unwrap().iter().map(|a| a.handle.clone()).collect();
    assert_eq!(handles, ["AlgerieFrance"], "Paris's account, not Berlin's");
    assert_eq!(desk.sync_hub().unwrap().pulled, 0, "nothing new: nothing written");

    // Roles change on the hub; the next sync brings exactly that.
    on_hub(&runtime, &url, async |hub| {
        let now = diwan_hub::now();
        diwan_hub::people::grant(hub, "samir", Role::Admin, &code("DZ-FR-PAR"), now).await.unwrap();
        diwan_hub::people::revoke(hub, "samir", Role::Supervisor, &code("DZ-FR-PAR"), now).await.unwrap();
        diwan_hub::people::grant(hub, "lina", Role::Translator, &code("DZ-FR-PAR"), now).await.unwrap();
    });
    assert_eq!(desk.sync_hub().unwrap().pulled, 3, "Samir's two changes and Lina joining Paris");
    let samir = desk.users().unwrap().into_iter().find(|u| u.name == "samir").unwrap();
    let roles: Vec<String> = samir.roles.iter().map(|r| format!("{:?}@{}", r.role, r.mission)).collect();
    assert_eq!(roles, ["Admin@DZ-FR-PAR"]);
    assert!(desk.users().unwrap().iter().any(|u| u.name == "lina"));
    assert!(desk.missions().unwrap().iter().all(|m| m.code == "DZ-FR-PAR"), "Berlin stays Lina's business");
    let events = desk.verify_audit().unwrap();
    assert!(events >= 7, "each change recorded: {events}");

    // IT revokes this computer: the hub refuses it, and nothing changes here.
    on_hub(&runtime, &url, async |hub| {
        let devices = diwan_hub::devices::list(&*hub, Some("karim")).await.unwrap();
        diwan_hub::devices::revoke(hub, devices[0].id, "system", diwan_hub::now()).await.unwrap();
    });
    assert_eq!(refusal(desk.sync_hub().unwrap_err()), "error-hub-token-refused");
    assert_eq!(desk.verify_audit().unwrap(), events);

    // The hub gone: said, and Karim still signs in here with his passphrase.
    drop(runtime);
    assert_eq!(refusal(desk.sync_hub().unwrap_err()), "error-hub-unreachable");
    drop(desk);
    let offline = Diwan::open_as(&db, "karim", PASSPHRASE).expect("offline sign-in");
    assert_eq!(offline.acting_user().unwrap(), "karim");
}
