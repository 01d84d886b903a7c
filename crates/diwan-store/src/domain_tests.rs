//! The store keeps what the core decides: round trips, one transaction per
//! write, the audit trail's protection, and the calendar query.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, TimeZone, Utc};
use diwan_core::account::{AccountId, NewAccount};
use diwan_core::approval::PolicyBook;
use diwan_core::audit::{self, AuditAction, AuditBreak, NewAuditEvent};
use diwan_core::blackout::Blackout;
use diwan_core::calendar::{local_days_to_utc, parse_date};
use diwan_core::platform::Platform;
use diwan_core::post::{Category, NewPost, Post, PostError, Targets, TranslationCheck};
use diwan_core::user::{Role, User, UserName};
use diwan_core::{LanguageCode, MissionCode, MissionNames, NewMission};

use crate::{CalendarQuery, Store, StoreError};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 8, 0, 0).single().expect("time")
}

fn code() -> MissionCode {
    MissionCode::parse("DZ-FR-PAR").expect("code")
}

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("language")
}

fn user(name: &str, role: Role) -> User {
    let mut user = User::new(UserName::parse(name).expect("name"), name);
    user.grant(code(), role);
    user
}

/// A store with one mission, two accounts and a drafter, translator and supervisor.
fn store() -> Store {
    let mut store = Store::open_in_memory().expect("open");
    seed(&mut store);
    store
}

fn seed(store: &mut Store) {
    let mission = NewMission {
        code: "DZ-FR-PAR".into(),
        names: MissionNames {
            ar: "سفارة الجزائر في فرنسا".into(), fr: "Ambassade".into(), en: "Embassy".into()
        },
        kind: "embassy".into(),
        host_country: "FR".into(),
        time_zone: "Europe/Paris".into(),
        working_languages: vec!["ar".into(), "fr".into()],
    }
    .validate()
    .expect("mission");
    store
        .write(|w| {
            w.insert_mission(&mission, now())?;
            for (platform, handle) in [(Platform::X, "AlgerieFrance"), (Platform::Facebook, "ambassade.algerie")] {
                w.insert_account(&NewAccount {
                    mission: code(),
                    platform,
                    handle: handle.into(),
                    languages: vec!["ar".into(), "fr".into()],
                    limit_override: None,
                })?;
            }
            for (name, role) in [("karim", Role::Drafter), ("lina", Role::Translator), ("samir", Role::Supervisor)] {
                w.insert_user(&user(name, role), now())?;
            }
            Ok::<_, StoreError>(())
        })
        .expect("seed");
}

fn new_post(at: DateTime<Utc>, text: &str) -> NewPost {
    NewPost {
        mission: code(),
        time_zone: chrono_tz::Europe::Paris,
        targets: BTreeSet::from([AccountId(1)]),
        category: Category::Culture,
        source_language: lang("ar"),
        languages: vec![lang("fr")],
        at,
        text: text.into(),
        note: Some("للاستخدام الداخلي".into()),
        crisis_priority: false,
    }
}

fn add_post(store: &mut Store, at: DateTime<Utc>, text: &str) -> Post {
    store
        .write(|w| {
            let drafter = w.read().user(&UserName::parse("karim").expect("name"))?.expect("drafter");
            let post = Post::create(w.next_post_id()?, new_post(at, text), &drafter).map_err(StoreError::invalid)?;
            w.insert_post(&post, now())?;
            Ok::<_, StoreError>(post)
        })
        .expect("post")
}

/// Marks the French translation done, overriding whatever check fails.
fn done(post: &mut Post, translator: &User, targets: &Targets) {
    let check = TranslationCheck { targets, glossary: &[], digits: None };
    post.mark_translated(translator, &lang("fr"), check, Some("store test"), now()).expect("done");
}

#[test]
fn users_come_back_with_their_roles() {
    let store = store();
    let lina = store.read().user(&UserName::parse("lina").expect("name")).expect("read").expect("lina");
    assert!(lina.has_role(&code(), Role::Translator));
    assert!(!lina.has_role(&code(), Role::Supervisor));
    assert_eq!(store.read().user(&UserName::parse("nobody").expect("name")).expect("read"), None);
}

#[test]
fn a_post_round_trips_through_every_workflow_step() {
    let mut store = store();
    let mut post = add_post(&mut store, now() + Duration::days(3), "تهنئة بمناسبة العيد الوطني");
    assert_eq!(store.read().post(post.id).expect("read"), Some(post.clone()));
    let people: Vec<User> = ["karim", "lina", "samir"]
        .iter()
        .map(|n| store.read().user(&UserName::parse(n).expect("name")).expect("read").expect("user"))
        .collect();
    // A plain space before "!" fails the French spacing check.
    post.edit_text(&people[1], &lang("fr"), "Félicitations à l'occasion de la fête nationale !").expect("translate");
    let targets = Targets {
        accounts: post.targets.iter().map(|id| store.read().account(*id).expect("read").expect("account")).collect(),
        has_media: false,
    };
    // Overridden, so that the override's four columns make the round trip too.
    done(&mut post, &people[1], &targets);
    assert!(post.variants[&lang("fr")].qa_override.is_some());
    post.submit(&people[0], &targets).expect("submit");
    post.approve(&people[2], &targets, &PolicyBook::ministry_default(), false, now()).expect("approve");
    post.schedule(&people[0], &targets).expect("schedule");
    store.write(|w| w.update_post(&post, now())).expect("save");
    let loaded = store.read().post(post.id).expect("read").expect("post");
    assert_eq!(loaded, post);
    assert_eq!(loaded.approved_content, Some(loaded.content_hash()), "the approval binding survives the round trip");
}

#[test]
fn each_post_gets_its_own_uid_when_created_and_keeps_it() {
    let mut store = store();
    let first = add_post(&mut store, now() + Duration::days(1), "نص أول");
    let second = add_post(&mut store, now() + Duration::days(2), "نص ثان");
    let uid = |store: &Store, post: &Post| store.read().post_uid(post.id).expect("read").expect("a uid");
    let (a, b) = (uid(&store, &first), uid(&store, &second));
    assert_ne!(a, b);
    let parsed = uuid::Uuid::parse_str(&a).expect("a UUID");
    assert_eq!(parsed.get_version_num(), 7, "time-ordered, made offline");
    store.write(|w| w.update_post(&first, now())).expect("save");
    assert_eq!(uid(&store, &first), a, "an update keeps it");
}

#[test]
fn a_failed_write_changes_nothing() {
    let mut store = store();
    let result = store.write(|w| {
        let drafter = w.read().user(&UserName::parse("karim").expect("name"))?.expect("drafter");
        let post = Post::create(w.next_post_id()?, new_post(now(), "نص"), &drafter).map_err(StoreError::invalid)?;
        w.insert_post(&post, now())?;
        // The second step fails: an unknown account. The post above must not stay.
        let mut bad = post.clone();
        bad.id = w.next_post_id()?;
        bad.targets = BTreeSet::from([AccountId(99)]);
        w.insert_post(&bad, now())
    });
    assert!(matches!(result, Err(StoreError::NotFound { kind: "account", .. })), "{result:?}");
    assert!(store.read().post_ids().expect("ids").is_empty());
}

#[test]
fn a_core_refusal_keeps_its_message_id() {
    let mut store = store();
    let result = store.write(|w| {
        let translator = w.read().user(&UserName::parse("lina").expect("name"))?.expect("translator");
        Post::create(w.next_post_id()?, new_post(now(), "نص"), &translator).map_err(StoreError::invalid)
    });
    let err = result.expect_err("a translator cannot start a post");
    assert_eq!(
        diwan_core::Localized::message_id(&err),
        diwan_core::Localized::message_id(&PostError::RoleMissing { role: Role::Drafter, mission: String::new() })
    );
}

fn event(n: u32) -> NewAuditEvent {
    NewAuditEvent::new(now() + Duration::seconds(n.into()), "karim", AuditAction::PostCreated, format!("post:{n}"))
}

#[test]
fn the_audit_trail_refuses_changes_and_verify_finds_them_when_forced() {
    let mut store = store();
    store
        .write(|w| {
            for n in 0..4 {
                w.append_audit(event(n))?;
            }
            Ok::<_, StoreError>(())
        })
        .expect("append");
    let read = |store: &Store| {
        audit::verify(&store.read().audit_events().expect("events"), store.read().audit_head().expect("head"))
    };
    assert_eq!(read(&store), Ok(4));

    let update = store.conn.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2", []);
    assert!(update.is_err(), "the trigger refuses an update");
    assert!(store.conn.execute("DELETE FROM audit_events WHERE seq = 2", []).is_err(), "and a delete");

    // Someone who drops the triggers is still found out.
    store
        .conn
        .execute_batch("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;")
        .expect("drop");
    store.conn.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2", []).expect("tamper");
    assert_eq!(read(&store), Err(AuditBreak::Edited { seq: 2 }));
}

#[test]
fn events_appended_together_chain_exactly_as_appended_one_by_one() {
    let (mut one_by_one, mut together) = (store(), store());
    one_by_one.write(|w| (0..5).try_for_each(|n| w.append_audit(event(n)).map(|_| ()))).expect("append");
    together
        .write(|w| {
            w.append_audit(event(0))?;
            assert_eq!(w.append_audits((1..5).map(event))?, 4);
            assert_eq!(w.append_audits(std::iter::empty())?, 0, "nothing to append moves nothing");
            Ok::<_, StoreError>(())
        })
        .expect("append");
    let trail =
        |store: &Store| (store.read().audit_events().expect("events"), store.read().audit_head().expect("head"));
    assert_eq!(trail(&together), trail(&one_by_one));
    let (events, head) = trail(&together);
    assert_eq!(audit::verify(&events, head), Ok(5));
    // Read as a stream, the same events in the same order.
    let mut streamed = Vec::new();
    together
        .read()
        .each_audit_event(|e| {
            streamed.push(e);
            Ok::<_, StoreError>(())
        })
        .expect("stream");
    assert_eq!(streamed, events);
}

#[test]
fn events_deleted_from_the_end_are_found() {
    let mut store = store();
    store.write(|w| (0..3).try_for_each(|n| w.append_audit(event(n)).map(|_| ()))).expect("append");
    store
        .conn
        .execute_batch("DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq = 3;")
        .expect("tamper");
    let result = audit::verify(&store.read().audit_events().expect("events"), store.read().audit_head().expect("head"));
    assert_eq!(result, Err(AuditBreak::Truncated { last: 2, head: 3 }));
}

#[test]
fn the_calendar_returns_a_local_range_across_a_clock_change_with_filters() {
    let mut store = store();
    let paris = chrono_tz::Europe::Paris;
    let local = |s: &str| {
        diwan_core::calendar::local_to_utc(paris, diwan_core::calendar::parse_local(s).expect("parse")).expect("utc")
    };
    // 2026-10-25 is 25 hours long in Paris: 00:30 and 23:30 local are both inside it.
    let early = add_post(&mut store, local("2026-10-25 00:30"), "أول");
    let late = add_post(&mut store, local("2026-10-25 23:30"), "آخر");
    let next_day = add_post(&mut store, local("2026-10-26 00:10"), "بعد");
    let (from, to) =
        local_days_to_utc(paris, parse_date("2026-10-25").expect("d"), parse_date("2026-10-25").expect("d"))
            .expect("range");
    let query = CalendarQuery { from, to, ..Default::default() };
    let ids: Vec<i64> = store.read().calendar(&query).expect("calendar").iter().map(|e| e.id).collect();
    assert_eq!(ids, [early.id.0, late.id.0]);
    assert!(!ids.contains(&next_day.id.0));

    let by_mission = CalendarQuery { mission: Some(code()), ..query.clone() };
    assert_eq!(store.read().calendar(&by_mission).expect("calendar").len(), 2);
    let entry = &store.read().calendar(&by_mission).expect("calendar")[0];
    assert_eq!(entry.preview, "أول");
    assert_eq!(entry.targets, [1]);
    assert_eq!(
        entry.variants.iter().map(|v| (&*v.language, v.state)).collect::<Vec<_>>(),
        [("ar", "draft"), ("fr", "missing")]
    );

    let filters = [
        (CalendarQuery { platform: Some(Platform::Facebook), ..query.clone() }, 0),
        (CalendarQuery { platform: Some(Platform::X), ..query.clone() }, 2),
        (CalendarQuery { account: Some(AccountId(2)), ..query.clone() }, 0),
        (CalendarQuery { language: Some(lang("fr")), ..query.clone() }, 0),
        (CalendarQuery { language: Some(lang("ar")), ..query.clone() }, 2),
        (CalendarQuery { state: Some("draft".into()), ..query.clone() }, 2),
        (CalendarQuery { category: Some(Category::Crisis), ..query.clone() }, 0),
        (CalendarQuery { mission: Some(MissionCode::parse("IQ-CN-PEK").expect("code")), ..query }, 0),
    ];
    for (query, expected) in filters {
        assert_eq!(store.read().calendar(&query).expect("calendar").len(), expected, "{query:?}");
    }
}

#[test]
fn the_calendar_shows_an_up_to_date_translation_in_the_display_language_else_the_source() {
    let mut store = store();
    let post = add_post(&mut store, now(), "تهنئة بمناسبة العيد الوطني");
    let query = CalendarQuery {
        from: now() - Duration::hours(1),
        to: now() + Duration::hours(1),
        display_language: Some(lang("fr")),
        ..Default::default()
    };
    let shown = |store: &Store, query: &CalendarQuery| {
        let entry = store.read().calendar(query).expect("calendar").remove(0);
        (entry.preview_language.into_owned(), entry.preview)
    };
    // No French yet: the Arabic source, said to be Arabic.
    assert_eq!(shown(&store, &query), ("ar".to_owned(), "تهنئة بمناسبة العيد الوطني".to_owned()));

    let lina = store.read().user(&UserName::parse("lina").expect("name")).expect("read").expect("lina");
    let karim = store.read().user(&UserName::parse("karim").expect("name")).expect("read").expect("karim");
    let mut translated = post.clone();
    translated.edit_text(&lina, &lang("fr"), "Félicitations pour la fête nationale").expect("translate");
    store.write(|w| w.update_post(&translated, now())).expect("save");
    assert_eq!(shown(&store, &query).0, "ar", "a translation not yet done is not shown");
    done(&mut translated, &lina, &Targets::default());
    store.write(|w| w.update_post(&translated, now())).expect("save");
    assert_eq!(shown(&store, &query), ("fr".to_owned(), "Félicitations pour la fête nationale".to_owned()));
    let arabic = CalendarQuery { display_language: Some(lang("ar")), ..query.clone() };
    assert_eq!(shown(&store, &arabic).0, "ar");
    let english = CalendarQuery { display_language: Some(lang("en")), ..query.clone() };
    assert_eq!(shown(&store, &english).0, "ar", "a language the post lacks shows the source");

    // A translation left behind by a new source is not shown as the post.
    translated.edit_text(&karim, &lang("ar"), "تهنئة حارة بمناسبة العيد الوطني").expect("edit source");
    store.write(|w| w.update_post(&translated, now())).expect("save");
    assert_eq!(shown(&store, &query), ("ar".to_owned(), "تهنئة حارة بمناسبة العيد الوطني".to_owned()));
}

#[test]
fn blackouts_comments_and_media_round_trip() {
    let mut store = store();
    let post = add_post(&mut store, now(), "نص");
    let blackout =
        Blackout { mission: code(), start: now(), end: now() + Duration::days(3), reason: "حداد وطني".into() };
    let blackout_id = store
        .write(|w| {
            let blackout_id = w.add_blackout(&blackout)?;
            let comment = w.add_comment(post.id, Some(&lang("fr")), "samir", "Préciser la date", now())?;
            w.resolve_comment(comment, "lina", now())?;
            w.add_media(&crate::Media {
                id: 0,
                post: post.id,
                content_hash: diwan_core::hash::Hasher::new().field("image").finish(),
                file_name: "photo.jpg".into(),
                media_type: "image/jpeg".into(),
                alt: vec![
                    (lang("ar"), "السفير يقدّم أوراق الاعتماد".into()),
                    (lang("fr"), "L'ambassadeur présente ses lettres de créance".into()),
                ],
            })?;
            Ok::<_, StoreError>(blackout_id)
        })
        .expect("write");
    assert_eq!(
        store.read().blackouts(Some(&code()), now(), now() + Duration::days(1)).expect("read"),
        [(blackout_id, blackout.clone())]
    );
    assert!(store
        .read()
        .blackouts(Some(&code()), now() + Duration::days(4), now() + Duration::days(5))
        .expect("read")
        .is_empty());
    assert_eq!(store.read().blackout(blackout_id).expect("read"), Some(blackout));
    store.write(|w| w.remove_blackout(blackout_id)).expect("lifted");
    assert_eq!(store.read().blackout(blackout_id).expect("read"), None);
    let err = store.write(|w| w.remove_blackout(blackout_id)).expect_err("already lifted");
    assert!(matches!(err, StoreError::NotFound { .. }));
    let comments = store.read().comments(post.id).expect("comments");
    assert_eq!(comments[0].resolved_by.as_deref(), Some("lina"));
    let err = store.write(|w| w.resolve_comment(comments[0].id, "lina", now())).expect_err("already resolved");
    assert!(matches!(err, StoreError::NotFound { .. }));
    let media = store.read().media(post.id).expect("media");
    assert_eq!(media[0].alt.len(), 2);
}

#[test]
fn upgrading_withdraws_approvals_that_did_not_cover_the_images() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diwan.db");
    let mut store = Store::open(&path).expect("open");
    seed(&mut store);
    let people: Vec<User> = ["karim", "lina", "samir"]
        .iter()
        .map(|n| store.read().user(&UserName::parse(n).expect("name")).expect("read").expect("user"))
        .collect();
    let mut pictured = add_post(&mut store, now() + Duration::days(2), "صورة السفير");
    let mut plain = add_post(&mut store, now() + Duration::days(3), "نص بلا صورة");
    let targets = Targets {
        accounts: vec![store.read().account(AccountId(1)).expect("read").expect("account")],
        has_media: false,
    };
    for post in [&mut pictured, &mut plain] {
        post.edit_text(&people[1], &lang("fr"), "Texte").expect("translate");
        done(post, &people[1], &targets);
        post.submit(&people[0], &targets).expect("submit");
        post.approve(&people[2], &targets, &PolicyBook::ministry_default(), false, now()).expect("approve");
    }
    // As schema 4 kept them: the image row beside an approval that never covered it.
    store
        .write(|w| {
            w.update_post(&pictured, now())?;
            w.update_post(&plain, now())?;
            w.add_comment(plain.id, None, "karim", "ملاحظة قبل الفريق", now())?;
            w.add_media(&crate::Media {
                id: 0,
                post: pictured.id,
                content_hash: diwan_core::hash::Hasher::new().field("image").finish(),
                file_name: "photo.jpg".into(),
                media_type: "image/jpeg".into(),
                alt: Vec::new(),
            })?;
            // What later migrations created goes too, so they run again.
            w.tx.execute_batch(
                "DROP TABLE approval_policies; DROP INDEX posts_paused_by; \
                 ALTER TABLE posts DROP COLUMN paused_by; DROP TABLE crises; DROP TABLE seen_texts; \
                 DROP TABLE credentials; DROP INDEX posts_uid; ALTER TABLE posts DROP COLUMN uid; \
                 ALTER TABLE posts DROP COLUMN hub_version; DROP TABLE sync_outbox; DROP TABLE sync_conflicts; \
                 DROP TABLE hub_heads; DROP TABLE hub_links; DROP TABLE hub_people; DROP TABLE ministry_days; DROP TABLE engagement; DROP TABLE post_templates; \
                 DROP INDEX comments_uid; ALTER TABLE comments DROP COLUMN uid;",
            )?;
            w.tx.pragma_update(None, "user_version", 4)?;
            Ok::<_, StoreError>(())
        })
        .expect("as schema 4");
    drop(store);

    let store = Store::open(&path).expect("upgrade");
    let read = store.read();
    let upgraded = read.post(pictured.id).expect("read").expect("post");
    assert_eq!(upgraded.state, diwan_core::post::PostState::InReview, "back to review");
    assert!(upgraded.approvals.is_empty() && upgraded.approved_content.is_none());
    // A comment from before gets its uid (migration 17's repair).
    let comments = read.comments(plain.id).expect("comments, each with a uid");
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].uid.len(), 36, "{:?}", comments[0].uid);
    let untouched = read.post(plain.id).expect("read").expect("post");
    assert_eq!(untouched.approved_content, Some(untouched.content_hash()), "a post without images keeps its approval");
    let trail = read.audit_events().expect("trail");
    let last = trail.last().expect("an event");
    assert_eq!((last.event.actor.as_str(), last.event.action.as_str()), ("system", "post.approval-withdrawn"));
    assert_eq!(last.event.subject, format!("post:{}", pictured.id.0));
    assert!(
        audit::verify(&trail, read.audit_head().expect("head")).is_ok(),
        "the repair's event is chained like any other"
    );
}

#[test]
fn the_outbox_keeps_changes_in_order_until_the_hub_takes_or_refuses_them() {
    let mut store = store();
    let post = add_post(&mut store, now(), "نص");
    let uid = store.read().post_uid(post.id).expect("read").expect("uid");
    assert!(!store.read().post_is_shared(post.id).expect("read"), "made before any hub");
    let keys = store
        .write(|w| {
            let create = w.queue_change(&uid, None, "karim", r#"{"kind":"create"}"#, now())?;
            let submit = w.queue_change(&uid, None, "karim", r#"{"kind":"submit"}"#, now())?;
            let edit = w.queue_change(&uid, None, "karim", r#"{"kind":"edit-text"}"#, now())?;
            w.append_audit(NewAuditEvent::new(now(), "karim", AuditAction::PostEdited, "post:1"))?;
            Ok::<_, StoreError>([create, submit, edit])
        })
        .expect("queued");
    assert!(store.read().post_is_shared(post.id).expect("read"), "on its way");
    let pending = store.read().pending_changes().expect("pending");
    assert_eq!(
        pending.iter().map(|p| p.key.as_str()).collect::<Vec<_>>(),
        keys.iter().map(String::as_str).collect::<Vec<_>>()
    );
    // Each is linked to the event that ended its transaction.
    let head = store.read().audit_head().expect("head").expect("an event");
    let linked = crate::ChainLink { seq: i64::try_from(head.seq).expect("seq"), hash: head.hash.to_hex() };
    assert!(pending.iter().all(|p| p.event.as_ref() == Some(&linked)), "{pending:?}");

    // Taken: the post is at that version, and what was made after builds on
    // it; the hub's event for it is kept linked to this desktop's.
    let recorded = crate::ChainLink { seq: 7, hash: "cd".repeat(32) };
    store.write(|w| w.change_accepted(&keys[0], 1, Some(&recorded))).expect("accepted");
    let links = store.read().hub_links().expect("links");
    assert_eq!(links, [crate::HubLink { key: keys[0].clone(), here: linked, hub: recorded }]);
    assert_eq!(store.read().post_hub_version(post.id).expect("read"), Some(1));
    let pending = store.read().pending_changes().expect("pending");
    assert_eq!(pending.iter().map(|p| p.base_version).collect::<Vec<_>>(), [Some(1), Some(1)]);

    // Refused: out of the outbox, kept with its text and the hub's reason.
    let at = now() + Duration::minutes(5);
    store.write(|w| w.change_refused(&keys[2], "error-sync-decided-meanwhile", "{}", true, at)).expect("refused");
    assert_eq!(store.read().pending_count().expect("count"), 1);
    let refused = store.read().refused_changes().expect("refused");
    assert_eq!(refused.len(), 1);
    assert_eq!((refused[0].pending.change.as_str(), refused[0].conflict), (r#"{"kind":"edit-text"}"#, true));
    assert_eq!(refused[0].refused_at, at);
    // Dropped by its author: gone.
    let dropped = store.write(|w| w.forget_refused(&keys[2])).expect("dropped");
    assert_eq!(dropped.map(|d| d.code), Some("error-sync-decided-meanwhile".to_owned()));
    assert!(store.read().refused_changes().expect("refused").is_empty());
}

#[test]
fn every_crisis_from_before_team_mode_gets_its_own_uid() {
    let mut store = store();
    let supervisor = user("samir", Role::Supervisor);
    let window = (now(), now() + Duration::days(1));
    store
        .write(|w| {
            for _ in 0..3 {
                let id = w.next_crisis_id()?;
                let crisis = diwan_core::crisis::Crisis::declare(
                    id,
                    &supervisor,
                    BTreeSet::from([code()]),
                    window,
                    "حداد",
                    now(),
                )
                .map_err(StoreError::invalid)?;
                w.save_crisis(&crisis)?;
            }
            // As schema 12 left them: no uid.
            w.tx.execute("UPDATE crises SET uid = NULL", [])?;
            crate::crisis::give_crises_uids(w)
        })
        .expect("repaired");
    let uids = store.read().crisis_uids().expect("uids");
    assert_eq!(uids.len(), 3);
    let distinct: BTreeSet<&String> = uids.iter().map(|(_, uid)| uid).collect();
    assert_eq!(distinct.len(), 3, "each its own");
}

#[test]
fn a_reports_facts_are_its_span_s_posts_with_their_creation_and_summed_figures() {
    let mut store = store();
    let day = |d: i64| now() + Duration::days(d);
    let early = add_post(&mut store, day(1), "قبل");
    let inside = add_post(&mut store, day(3), "داخل");
    let quiet = add_post(&mut store, day(4), "بلا أرقام");
    let late = add_post(&mut store, day(9), "بعد");
    store
        .write(|w| {
            // Should the trail name a post's creation twice, the first counts.
            for (post, hours) in [(&inside, 5), (&inside, 7), (&quiet, 2)] {
                let subject = format!("post:{}", post.id.0);
                w.append_audit(NewAuditEvent::new(
                    now() + Duration::hours(hours),
                    "karim",
                    AuditAction::PostCreated,
                    subject,
                ))?;
            }
            w.append_audit(NewAuditEvent::new(
                now(),
                "karim",
                AuditAction::PostEdited,
                format!("post:{}", quiet.id.0),
            ))?;
            let figures = |reach, engagement| diwan_core::report::Engagement { reach, engagement };
            w.put_engagement(inside.id, Platform::X, "https://x.com/a/status/1", figures(100, 7), now())?;
            w.put_engagement(inside.id, Platform::Facebook, "https://facebook.com/p/1", figures(50, 3), now())?;
            w.put_engagement(late.id, Platform::X, "https://x.com/a/status/2", figures(9, 9), now())?;
            Ok::<_, StoreError>(())
        })
        .expect("facts");
    let facts = store.read().report_facts_between(&code(), day(2), day(5)).expect("facts");
    assert_eq!(
        facts,
        [
            crate::ReportFacts {
                id: inside.id,
                created: Some(now() + Duration::hours(5)),
                engagement: Some(diwan_core::report::Engagement { reach: 150, engagement: 10 }),
            },
            crate::ReportFacts { id: quiet.id, created: Some(now() + Duration::hours(2)), engagement: None },
        ]
    );
    assert!(!facts.iter().any(|f| f.id == early.id || f.id == late.id), "only the span's posts");
}
