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

/// A hub served over HTTP on a private PostgreSQL, with Paris and Berlin
/// (one account each, posting in Arabic), Karim (drafter) and Samir
/// (supervisor) at Paris, Lina (translator) at Berlin, and Idris (no role).
struct Hub {
    _cluster: PgCluster,
    runtime: tokio::runtime::Runtime,
    url: String,
    base: String,
}

fn start_hub() -> Hub {
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
                languages: vec!["ar".into()],
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

    Hub { _cluster: cluster, runtime, url, base }
}

#[test]
fn a_desktop_connects_pulls_its_missions_and_colleagues_follows_their_roles_and_signs_in_offline() {
    let Hub { _cluster, runtime, url, base } = start_hub();
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

/// A desktop of its own, connected to the hub as `name`.
fn desk(hub: &Hub, dir: &tempfile::TempDir, name: &str) -> Diwan {
    let mut desk = Diwan::open(&dir.path().join(format!("{name}.db"))).unwrap();
    desk.connect_hub(&hub.base, name, PASSPHRASE, &format!("{name}'s desk")).unwrap();
    desk
}

/// Two desktops, each in a folder of its own: Karim's, where he drafted
/// `text` at Paris and sent it on (synced), and Samir's, which brought it.
struct TwoDesks {
    a: Diwan,
    b: Diwan,
    /// The post's number on Karim's desktop and on Samir's.
    here: i64,
    there: i64,
    _folders: [tempfile::TempDir; 2],
}

fn in_review_on_two_desks(hub: &Hub, text: &str) -> TwoDesks {
    let folders = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let mut a = desk(hub, &folders[0], "karim");
    let account = a.accounts(Some("DZ-FR-PAR")).unwrap()[0].id;
    let here = a.create_post("karim", new_post(account, text)).unwrap().id;
    a.submit_post("karim", here).unwrap();
    a.sync_hub().unwrap();
    let b = desk(hub, &folders[1], "samir");
    let there = only_post(&b).id;
    TwoDesks { a, b, here, there, _folders: folders }
}

/// An Arabic culture post at Paris on `account`, for 5 December.
fn new_post(account: i64, text: &str) -> diwan_api::dto::NewPostDto {
    diwan_api::dto::NewPostDto {
        mission: "DZ-FR-PAR".into(),
        accounts: vec![account],
        category: "culture".into(),
        source_language: "ar".into(),
        languages: vec![],
        local_time: "2026-12-05 10:00".into(),
        text: text.into(),
        note: None,
        crisis_priority: false,
        template: None,
    }
}

/// A post's state by its name.
fn state(post: &diwan_api::dto::PostDto) -> String {
    serde_json::to_value(post.state).unwrap().as_str().unwrap().to_owned()
}

/// The one post each desktop here holds: its number 1 (nothing else was made there).
fn only_post(desk: &Diwan) -> diwan_api::dto::PostDto {
    assert!(desk.post(2).is_err(), "one post only");
    desk.post(1).unwrap()
}

#[test]
fn an_offline_edit_meets_an_approval_the_approval_stands_and_the_edit_comes_back_to_its_author() {
    let hub = start_hub();
    let dir = tempfile::tempdir().unwrap();
    let mut a = desk(&hub, &dir, "karim");
    let account = a.accounts(Some("DZ-FR-PAR")).unwrap()[0].id;
    let created = a.create_post("karim", new_post(account, "تحتفل سفارة الجزائر بيوم الثقافة")).unwrap();
    a.submit_post("karim", created.id).unwrap();
    assert_eq!(a.hub_status().unwrap().waiting, 2);
    let report = a.sync_hub().unwrap();
    assert_eq!((report.pushed, report.refused), (2, 0));
    assert_eq!(a.hub_status().unwrap().waiting, 0);

    // Samir's desktop brings the post, under a number of its own.
    let mut b = desk(&hub, &dir, "samir");
    let there = only_post(&b);
    assert_eq!(
        (state(&there).as_str(), there.variants[0].text.as_str()),
        ("in-review", "تحتفل سفارة الجزائر بيوم الثقافة")
    );

    // Both offline: Karim edits, Samir approves. Samir syncs first.
    let karims_text = "تحتفل سفارة الجزائر بيوم الثقافة العربية في باريس";
    let edit = diwan_api::dto::PostEditDto { text: Some(karims_text.into()), ..Default::default() };
    a.edit_post("karim", created.id, edit).unwrap();
    b.approve_post("samir", there.id, false).unwrap();
    assert_eq!(b.sync_hub().unwrap().pushed, 1);
    let report = a.sync_hub().unwrap();
    assert_eq!((report.pushed, report.refused), (0, 1));

    // The approval stands, on both desktops; Karim's text is kept for him.
    for desk in [&mut a, &mut b] {
        desk.sync_hub().unwrap();
        let post = only_post(desk);
        assert_eq!(state(&post), "approved");
        assert_eq!(post.variants[0].text, "تحتفل سفارة الجزائر بيوم الثقافة");
    }
    let refused = a.refused_changes().unwrap();
    assert_eq!(refused.len(), 1);
    assert_eq!(
        (refused[0].kind.as_str(), refused[0].text.as_deref(), refused[0].conflict, refused[0].reason.code.as_str()),
        ("edit-text", Some(karims_text), true, "error-sync-decided-meanwhile")
    );
    assert_eq!(a.hub_status().unwrap().refused, 1);

    // Karim redoes it on the approved post: the approval is withdrawn, in
    // the open, and Samir's desktop brings the new text to review.
    a.redo_refused_change("karim", &refused[0].key).unwrap();
    assert!(a.refused_changes().unwrap().is_empty());
    assert_eq!(a.sync_hub().unwrap().pushed, 1);
    b.sync_hub().unwrap();
    let post = only_post(&b);
    assert_eq!((state(&post).as_str(), post.variants[0].text.as_str()), ("in-review", karims_text));
    assert!(post.approvals.is_empty());

    // Both trails hold, and so does the hub's.
    a.verify_audit().unwrap();
    b.verify_audit().unwrap();
    on_hub(&hub.runtime, &hub.url, async |client| diwan_hub::audit::verify(&*client).await.unwrap());
}

#[test]
fn an_approval_of_text_that_changed_meanwhile_comes_back_even_from_a_wrong_clock_and_a_dropped_one_is_gone() {
    let hub = start_hub();
    let TwoDesks { mut a, b, here: id, there, _folders } = in_review_on_two_desks(&hub, "نص أول");
    // Samir's computer is six hours behind: by its clock he approved before
    // Karim edited. The hub goes by what it accepted, never by clocks.
    let mut b = b.with_clock(|| chrono::Utc::now() - chrono::Duration::hours(6));

    // The roles swapped: Karim's edit lands first, Samir approved the old text.
    let edit = diwan_api::dto::PostEditDto { text: Some("نص ثان".into()), ..Default::default() };
    a.edit_post("karim", id, edit).unwrap();
    b.approve_post("samir", there, false).unwrap();
    assert_eq!(a.sync_hub().unwrap().pushed, 1);
    assert_eq!(b.sync_hub().unwrap().refused, 1);
    let post = only_post(&b);
    assert_eq!(
        (state(&post).as_str(), post.variants[0].text.as_str()),
        ("in-review", "نص ثان"),
        "the hub's, not approved"
    );
    let refused = b.refused_changes().unwrap();
    assert_eq!(
        (refused[0].kind.as_str(), refused[0].reason.code.as_str()),
        ("approve", "error-sync-decided-on-old-content")
    );

    // Samir drops it (he will read the new text first): gone, and recorded.
    b.drop_refused_change("samir", &refused[0].key).unwrap();
    assert!(b.refused_changes().unwrap().is_empty());
    assert_eq!(refusal(b.drop_refused_change("samir", &refused[0].key).unwrap_err()), "error-refused-change-not-found");
    let log = b.audit_log(&Default::default()).unwrap();
    assert!(log.events.iter().any(|e| e.action == "post.change-dropped"), "recorded");
}

#[test]
fn a_crisis_declared_meanwhile_holds_back_a_post_scheduled_offline_until_it_ends() {
    let hub = start_hub();
    let TwoDesks { mut a, mut b, here: id, there, _folders } =
        in_review_on_two_desks(&hub, "تحتفل السفارة بيوم الثقافة");
    b.approve_post("samir", there, false).unwrap();
    b.sync_hub().unwrap();
    a.sync_hub().unwrap();
    assert_eq!(state(&only_post(&a)), "approved");

    // Karim schedules it offline; meanwhile Samir declares a crisis over its day and syncs first.
    a.schedule_post("karim", id).unwrap();
    let crisis = diwan_api::dto::NewCrisisDto {
        missions: vec!["DZ-FR-PAR".into()],
        from: "2026-12-05 00:00".into(),
        to: "2026-12-06 00:00".into(),
        reason: "حداد وطني".into(),
    };
    b.declare_crisis("samir", &crisis).unwrap();
    assert_eq!(b.sync_hub().unwrap().pushed, 1, "the crisis");
    let report = a.sync_hub().unwrap();
    assert_eq!((report.pushed, report.refused), (0, 1));
    let refused = a.refused_changes().unwrap();
    assert_eq!((refused[0].kind.as_str(), refused[0].reason.code.as_str()), ("schedule", "error-post-paused"));
    // Here too the post is now held back by Samir's crisis, approved, not scheduled.
    let crises = a.crises().unwrap();
    assert_eq!(crises.len(), 1, "the crisis came with the post");
    assert_eq!(crises[0].paused.len(), 1);
    assert_eq!(state(&only_post(&a)), "approved");

    // Redone while the crisis holds, it is refused here too, and nothing
    // changes: the refused change is still there to redo later.
    let waiting = a.hub_status().unwrap().waiting;
    assert!(a.redo_refused_change("karim", &refused[0].key).is_err());
    assert_eq!(a.refused_changes().unwrap().len(), 1, "kept after a redo that failed");
    assert_eq!(a.hub_status().unwrap().waiting, waiting, "nothing queued");

    // Samir ends it, resuming; Karim redoes his scheduling, and it goes through.
    let end = diwan_api::dto::EndCrisisDto { resolution: diwan_api::names::ResolutionName::Resume, posts: vec![] };
    let crisis_id = b.crises().unwrap()[0].id;
    b.end_crisis("samir", crisis_id, &end).unwrap();
    b.sync_hub().unwrap();
    a.sync_hub().unwrap();
    assert!(a.crises().unwrap()[0].paused.is_empty(), "ended: nothing held back here");
    a.redo_refused_change("karim", &refused[0].key).unwrap();
    assert!(a.refused_changes().unwrap().is_empty(), "forgotten with the redo");
    assert_eq!(a.sync_hub().unwrap().pushed, 1);
    b.sync_hub().unwrap();
    assert_eq!(state(&only_post(&b)), "scheduled");
    a.verify_audit().unwrap();
    b.verify_audit().unwrap();
}

#[test]
fn an_approval_policy_set_on_one_desktop_reaches_the_others_through_the_hub() {
    let hub = start_hub();
    on_hub(&hub.runtime, &hub.url, async |client| {
        let paris = [(Role::Admin, code("DZ-FR-PAR"))];
        diwan_hub::people::add(client, "amina", "Amina", PASSPHRASE, &paris, diwan_hub::now()).await.unwrap();
    });
    let dir = tempfile::tempdir().unwrap();
    let mut admin = desk(&hub, &dir, "amina");
    let two = diwan_api::dto::PolicyInputDto {
        category: "culture".into(),
        steps: vec!["supervisor".into(), "supervisor".into()],
        fast_track: None,
    };
    admin.set_policy("amina", &two).unwrap();
    assert_eq!(admin.sync_hub().unwrap().pushed, 1);

    let karim = desk(&hub, &dir, "karim");
    let culture = |desk: &Diwan| {
        let policies = desk.policies().unwrap();
        policies.into_iter().find(|p| serde_json::to_value(p.category).unwrap() == "culture").unwrap().steps
    };
    assert_eq!(culture(&karim), ["supervisor", "supervisor"]);
    karim.verify_audit().unwrap();
}

#[test]
fn a_desktop_catches_a_hub_whose_audit_chain_was_written_again() {
    let hub = start_hub();
    let dir = tempfile::tempdir().unwrap();
    let mut karim = desk(&hub, &dir, "karim");
    let account = karim.accounts(Some("DZ-FR-PAR")).unwrap()[0].id;
    karim.create_post("karim", new_post(account, "نص")).unwrap();
    karim.sync_hub().unwrap();
    let checked = karim.verify_hub().unwrap();
    assert!(checked.events > 0 && checked.heads >= 2, "{checked:?}");

    // Someone with the database's keys rewrites an old event and chains
    // every later one again: the hub's own check passes...
    on_hub(&hub.runtime, &hub.url, async |client| {
        use diwan_core::audit::{self, ChainHead, NewAuditEvent};
        use diwan_core::hash::ContentHash;
        let rows = client
            .query("SELECT seq, at, actor, action, subject, before, after, detail FROM audit_events ORDER BY seq", &[])
            .await
            .unwrap();
        let mut head: Option<ChainHead> = None;
        for row in &rows {
            let hash = |column: &str| row.get::<_, Option<String>>(column).and_then(|h| ContentHash::from_hex(&h));
            let seq: i64 = row.get(0);
            let detail: String = if seq == 2 { "nothing happened here".into() } else { row.get(7) };
            let event = NewAuditEvent {
                at: row.get(1),
                actor: row.get(2),
                action: row.get(3),
                subject: row.get(4),
                before: hash("before"),
                after: hash("after"),
                detail,
            };
            let chained = audit::append(head, event);
            client
                .execute(
                    "UPDATE audit_events SET detail = $2, prev = $3, hash = $4 WHERE seq = $1",
                    &[&seq, &chained.event.detail, &chained.prev.0.as_slice(), &chained.hash.0.as_slice()],
                )
                .await
                .unwrap();
            head = Some(ChainHead { seq: chained.seq, hash: chained.hash });
        }
        let head = head.unwrap();
        let seq = i64::try_from(head.seq).unwrap();
        client.execute("UPDATE audit_head SET seq = $1, hash = $2", &[&seq, &head.hash.0.as_slice()]).await.unwrap();
        diwan_hub::audit::verify(&*client).await.expect("the rewritten chain verifies on its own");
    });
    // ...but not against what this desktop saw.
    assert_eq!(refusal(karim.verify_hub().unwrap_err()), "error-hub-chain-differs");
}

#[test]
fn each_change_the_hub_took_is_linked_to_both_chains_and_a_desktop_trail_written_again_is_caught() {
    let hub = start_hub();
    let dir = tempfile::tempdir().unwrap();
    let mut karim = desk(&hub, &dir, "karim");
    let account = karim.accounts(Some("DZ-FR-PAR")).unwrap()[0].id;
    let created = karim.create_post("karim", new_post(account, "تحتفل سفارة الجزائر بيوم الثقافة")).unwrap();
    karim.submit_post("karim", created.id).unwrap();
    assert_eq!(karim.sync_hub().unwrap().pushed, 2);
    let checked = karim.verify_hub().unwrap();
    assert_eq!(checked.linked, 2, "both changes linked: {checked:?}");

    // The hub's event for the creation names this desktop's event for it,
    // by number and hash, as this desktop's trail has it.
    let trail = rusqlite::Connection::open(dir.path().join("karim.db")).unwrap();
    let named: Vec<String> = on_hub(&hub.runtime, &hub.url, async |client| {
        let rows = client
            .query("SELECT detail FROM audit_events WHERE action = 'post.created' ORDER BY seq", &[])
            .await
            .unwrap();
        rows.iter().map(|r| r.get::<_, String>(0)).collect()
    });
    assert_eq!(named.len(), 1, "{named:?}");
    let (seq, hash) = named[0].rsplit_once("desktop event ").unwrap().1.split_once(' ').unwrap();
    let here: String = trail
        .query_row("SELECT hash FROM audit_events WHERE seq = ?1", [seq.parse::<i64>().unwrap()], |r| r.get(0))
        .unwrap();
    assert_eq!(here, hash);

    // Someone rewrites this desktop's trail from that event on and chains
    // every later event again: it verifies by itself...
    rechain_from(&trail, seq.parse().unwrap(), "nothing happened here");
    karim.verify_audit().expect("the rewritten trail verifies on its own");
    // ...but the hub recorded the creation under another event.
    assert_eq!(refusal(karim.verify_hub().unwrap_err()), "error-linked-event-differs");
}

/// Rewrites the detail of this desktop's audit event `from` and hashes it
/// and every later event again, as someone holding the file could.
fn rechain_from(trail: &rusqlite::Connection, from: i64, detail: &str) {
    use diwan_core::audit::{self, ChainHead, NewAuditEvent};
    use diwan_core::hash::ContentHash;
    // The file's guard against edits goes first: its holder can drop it.
    trail.execute_batch("DROP TRIGGER audit_events_no_update").unwrap();
    let mut head: Option<ChainHead> = trail
        .query_row("SELECT seq, hash FROM audit_events WHERE seq = ?1", [from - 1], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })
        .ok()
        .map(|(seq, hash)| ChainHead { seq: u64::try_from(seq).unwrap(), hash: ContentHash::from_hex(&hash).unwrap() });
    let mut statement = trail
        .prepare("SELECT seq, at, actor, action, subject, before_hash, after_hash, detail FROM audit_events WHERE seq >= ?1 ORDER BY seq")
        .unwrap();
    let rows: Vec<(i64, NewAuditEvent)> = statement
        .query_map([from], |r| {
            let hash = |h: Option<String>| h.and_then(|h| ContentHash::from_hex(&h));
            let seq: i64 = r.get(0)?;
            Ok((
                seq,
                NewAuditEvent {
                    at: r.get::<_, String>(1)?.parse().unwrap(),
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    subject: r.get(4)?,
                    before: hash(r.get(5)?),
                    after: hash(r.get(6)?),
                    detail: if seq == from { detail.to_owned() } else { r.get(7)? },
                },
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (seq, event) in rows {
        let chained = audit::append(head, event);
        trail
            .execute(
                "UPDATE audit_events SET detail = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1",
                rusqlite::params![seq, chained.event.detail, chained.prev.to_hex(), chained.hash.to_hex()],
            )
            .unwrap();
        head = Some(ChainHead { seq: chained.seq, hash: chained.hash });
    }
    let head = head.unwrap();
    trail
        .execute(
            "UPDATE audit_head SET seq = ?1, hash = ?2",
            rusqlite::params![i64::try_from(head.seq).unwrap(), head.hash.to_hex()],
        )
        .unwrap();
}

#[test]
fn several_people_on_one_desktop_each_send_what_they_did_as_themselves() {
    let hub = start_hub();
    let dir = tempfile::tempdir().unwrap();
    let mut desk = desk(&hub, &dir, "karim");
    let account = desk.accounts(Some("DZ-FR-PAR")).unwrap()[0].id;

    // Karim drafts and sends on; Samir, at the same computer but not
    // connected to the hub, approves: his approval waits for him.
    let created = desk.create_post("karim", new_post(account, "تحتفل سفارة الجزائر بيوم الثقافة")).unwrap();
    desk.submit_post("karim", created.id).unwrap();
    desk.approve_post("samir", created.id, false).unwrap();
    let report = desk.sync_hub().unwrap();
    assert_eq!((report.pushed, report.refused), (2, 0));
    let status = desk.hub_status().unwrap();
    assert_eq!((status.people.as_slice(), status.waiting, status.refused), (&["karim".to_owned()][..], 1, 0));

    // Samir connects here as himself: his approval goes, under his name.
    desk.connect_hub(&hub.base, "samir", PASSPHRASE, "karim's desk").unwrap();
    assert_eq!(desk.hub_status().unwrap().people, ["karim", "samir"]);
    assert_eq!(desk.sync_hub().unwrap().pushed, 1);
    let approvers: Vec<String> = on_hub(&hub.runtime, &hub.url, async |client| {
        let rows = client.query("SELECT actor FROM audit_events WHERE action = 'post.approved'", &[]).await.unwrap();
        rows.iter().map(|r| r.get(0)).collect()
    });
    assert_eq!(approvers, ["samir"]);
    assert_eq!(state(&only_post(&desk)), "approved");

    // IT revokes Samir's token on this computer: Karim's work still goes,
    // Samir is named, his next change waits for him, nothing is written.
    on_hub(&hub.runtime, &hub.url, async |client| {
        let devices = diwan_hub::devices::list(&*client, Some("samir")).await.unwrap();
        diwan_hub::devices::revoke(client, devices[0].id, "system", diwan_hub::now()).await.unwrap();
    });
    desk.schedule_post("karim", created.id).unwrap();
    let events = desk.verify_audit().unwrap();
    let report = desk.sync_hub().unwrap();
    assert_eq!((report.pushed, report.signed_out.as_slice()), (1, &["samir".to_owned()][..]));
    assert_eq!(desk.verify_audit().unwrap(), events, "nothing written for the refusal");

    // One database, one hub: connecting to another is refused, nothing written.
    let other = desk.connect_hub("https://another-hub.example", "karim", PASSPHRASE, "karim's desk").unwrap_err();
    assert_eq!(refusal(other), "error-hub-other-connected");
    assert_eq!(desk.hub_url().unwrap().as_deref(), Some(hub.base.as_str()));
    a_hub_that_refuses_every_token_here_says_so(&hub, &mut desk);
}

/// With every token here revoked, the sync's answer is the refusal itself.
fn a_hub_that_refuses_every_token_here_says_so(hub: &Hub, desk: &mut Diwan) {
    on_hub(&hub.runtime, &hub.url, async |client| {
        for device in diwan_hub::devices::list(&*client, Some("karim")).await.unwrap() {
            diwan_hub::devices::revoke(client, device.id, "system", diwan_hub::now()).await.unwrap();
        }
    });
    assert_eq!(refusal(desk.sync_hub().unwrap_err()), "error-hub-token-refused");
}

#[test]
fn a_comment_made_on_one_desktop_reaches_the_other_and_its_resolution_comes_back() {
    let hub = start_hub();
    let TwoDesks { mut a, mut b, here, there, _folders } =
        in_review_on_two_desks(&hub, "تحتفل سفارة الجزائر بيوم الثقافة");

    // Karim asks a question on the Arabic text, offline, then syncs.
    a.add_comment("karim", here, Some("ar"), "هل التاريخ صحيح؟").unwrap();
    assert_eq!(a.sync_hub().unwrap().pushed, 1);
    assert!(b.sync_hub().unwrap().pulled >= 1);
    let comments = b.comments(there).unwrap();
    assert_eq!(comments.len(), 1);
    assert_eq!(
        (comments[0].author.as_str(), comments[0].body.as_str(), comments[0].language.as_deref()),
        ("karim", "هل التاريخ صحيح؟", Some("ar"))
    );

    // Samir resolves it and approves: both reach Karim; the comment is no
    // conflict for the approval, and nothing is doubled.
    b.resolve_comment("samir", there, comments[0].id).unwrap();
    b.approve_post("samir", there, false).unwrap();
    let report = b.sync_hub().unwrap();
    assert_eq!((report.pushed, report.refused), (2, 0));
    a.sync_hub().unwrap();
    let comments = a.comments(here).unwrap();
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].resolved_by.as_deref(), Some("samir"));
    assert_eq!(state(&only_post(&a)), "approved");
    assert_eq!(a.sync_hub().unwrap().pulled, 0, "nothing new: nothing written");
    a.verify_audit().unwrap();
    b.verify_audit().unwrap();
}

#[test]
fn an_image_attached_on_one_desktop_reaches_the_other_whole_and_an_approval_covers_it_on_both() {
    let hub = start_hub();
    let dir = tempfile::tempdir().unwrap();
    let mut a = desk(&hub, &dir, "karim");
    let account = a.accounts(Some("DZ-FR-PAR")).unwrap()[0].id;
    let created = a.create_post("karim", new_post(account, "تحتفل سفارة الجزائر بيوم الثقافة")).unwrap();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR the ambassador at the cultural centre".to_vec();
    let attached = a.attach_media("karim", created.id, "السفير.png", &png).unwrap();
    a.set_media_alt("karim", attached[0].id, "ar", "السفير في المركز الثقافي").unwrap();
    a.submit_post("karim", created.id).unwrap();
    let report = a.sync_hub().unwrap();
    assert_eq!((report.pushed, report.refused), (4, 0), "created, attached, described, sent on");

    // Samir's desktop (its own folder) brings the post, the image's bytes
    // and its alt text; he approves what he sees, image included.
    let other = tempfile::tempdir().unwrap();
    let mut b = desk(&hub, &other, "samir");
    let there = only_post(&b).id;
    let media = b.media(there).unwrap();
    assert_eq!(media.len(), 1);
    assert_eq!(media[0].alt.get("ar").map(String::as_str), Some("السفير في المركز الثقافي"));
    assert_eq!(b.media_file(media[0].id).unwrap(), png, "the same bytes");
    b.approve_post("samir", there, false).unwrap();
    assert_eq!(b.sync_hub().unwrap().pushed, 1);
    a.sync_hub().unwrap();
    let here = only_post(&a);
    assert_eq!(state(&here), "approved", "the approval is bound here too, image and all");

    // Karim takes the image out: the approval is withdrawn on both sides.
    a.remove_media("karim", a.media(created.id).unwrap()[0].id).unwrap();
    assert_eq!(a.sync_hub().unwrap().pushed, 1);
    b.sync_hub().unwrap();
    assert!(b.media(there).unwrap().is_empty());
    assert_eq!(state(&only_post(&b)), "in-review");
    a.verify_audit().unwrap();
    b.verify_audit().unwrap();
}

#[test]
fn an_image_attached_offline_to_a_post_approved_meanwhile_comes_back_and_is_redone_from_its_kept_bytes() {
    let hub = start_hub();
    let TwoDesks { mut a, mut b, here, there, _folders } =
        in_review_on_two_desks(&hub, "تحتفل سفارة الجزائر بيوم الثقافة");

    // Offline: Karim adds a photo while Samir approves the text alone.
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR a photo added late".to_vec();
    a.attach_media("karim", here, "late.png", &png).unwrap();
    b.approve_post("samir", there, false).unwrap();
    b.sync_hub().unwrap();
    let report = a.sync_hub().unwrap();
    assert_eq!(report.refused, 1);
    // The approved post as the hub has it, without the photo; the photo's
    // change is kept for Karim.
    assert!(a.media(here).unwrap().is_empty());
    assert_eq!(state(&only_post(&a)), "approved");
    let refused = a.refused_changes().unwrap();
    assert_eq!((refused[0].kind.as_str(), refused[0].can_redo), ("attach-media", true));

    // Redone from the bytes kept here: the approval is withdrawn in the open.
    a.redo_refused_change("karim", &refused[0].key).unwrap();
    assert_eq!(a.sync_hub().unwrap().pushed, 1);
    b.sync_hub().unwrap();
    assert_eq!(b.media_file(b.media(there).unwrap()[0].id).unwrap(), png);
    assert_eq!(state(&only_post(&b)), "in-review");
}
