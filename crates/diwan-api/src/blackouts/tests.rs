use crate::dto::{AuditFilterDto, CalendarRequestDto, NewBlackoutDto, WarningDto};
use crate::{testing, ApiError, Diwan};

fn mourning(first_day: &str, last_day: &str, reason: &str) -> NewBlackoutDto {
    NewBlackoutDto {
        mission: "DZ-FR-PAR".into(),
        first_day: first_day.into(),
        last_day: last_day.into(),
        reason: reason.into(),
    }
}

fn in_blackout_in_composer(diwan: &Diwan, post: i64) -> Option<String> {
    diwan.post(post).expect("post").warnings.into_iter().find_map(|w| match w {
        WarningDto::Blackout { reason, .. } => Some(reason),
        _ => None,
    })
}

fn in_blackout_on_calendar(diwan: &Diwan, from: &str, to: &str) -> Vec<i64> {
    let request = CalendarRequestDto {
        mission: Some("DZ-FR-PAR".into()),
        from: from.into(),
        to: to.into(),
        ..Default::default()
    };
    let calendar = diwan.calendar(&request).expect("calendar");
    calendar.warnings.iter().filter(|w| matches!(w.warning, WarningDto::Blackout { .. })).map(|w| w.post).collect()
}

fn audited(diwan: &Diwan, action: &str) -> Vec<(String, String, String)> {
    let filter = AuditFilterDto { action: Some(action.into()), ..Default::default() };
    diwan.audit_log(&filter).expect("audit").events.into_iter().map(|e| (e.actor, e.subject, e.detail)).collect()
}

#[test]
fn a_supervisor_marks_days_of_mourning_and_the_posts_on_them_are_warned_of() {
    let mut diwan = testing::demo();
    let inside = testing::submitted(&mut diwan, "2026-11-26", "أمسية ثقافية في باريس");
    let after = testing::submitted(&mut diwan, "2026-11-28", "أمسية ثقافية أخرى في باريس");
    assert_eq!(in_blackout_in_composer(&diwan, inside), None);
    let condolence = crate::dto::NewPostDto {
        crisis_priority: true,
        ..testing::paris_post("crisis", "2026-11-26 18:00", "تتقدم السفارة بأحر التعازي")
    };
    let condolence = diwan.create_post("karim", condolence).expect("a crisis message").id;

    let marked = diwan.mark_blackout("samir", &mourning("2026-11-25", "2026-11-27", " حداد وطني ")).expect("marked");
    assert_eq!((marked.first_day.as_str(), marked.last_day.as_str()), ("2026-11-25", "2026-11-27"));
    assert_eq!(
        (marked.start.as_str(), marked.end.as_str()),
        ("2026-11-25T00:00:00+01:00", "2026-11-28T00:00:00+01:00")
    );
    assert_eq!(marked.reason, "حداد وطني");

    assert_eq!(in_blackout_in_composer(&diwan, inside).as_deref(), Some("حداد وطني"));
    assert_eq!(in_blackout_in_composer(&diwan, after), None);
    assert_eq!(in_blackout_in_composer(&diwan, condolence), None, "a condolence is what such days are for");
    let on_calendar = in_blackout_on_calendar(&diwan, "2026-11-25", "2026-11-30");
    assert!(on_calendar.contains(&inside) && !on_calendar.contains(&after), "{on_calendar:?}");
    assert!(!on_calendar.contains(&condolence), "{on_calendar:?}");
    let listed = diwan.blackouts(Some("DZ-FR-PAR")).expect("blackouts");
    assert!(listed.contains(&marked), "{listed:?}");
    assert_eq!(
        audited(&diwan, "blackout.marked"),
        [(
            "samir".to_owned(),
            format!("blackout:{}", marked.id),
            "DZ-FR-PAR 2026-11-25..2026-11-27: حداد وطني".to_owned()
        )]
    );

    // An administrator lifts it (the mourning cut short): the warning goes.
    diwan.lift_blackout("amina", marked.id).expect("lifted");
    assert_eq!(in_blackout_in_composer(&diwan, inside), None);
    assert!(!diwan.blackouts(Some("DZ-FR-PAR")).expect("blackouts").contains(&marked));
    assert_eq!(audited(&diwan, "blackout.lifted").len(), 1);
    let again = diwan.lift_blackout("amina", marked.id).expect_err("already lifted");
    assert!(matches!(again, ApiError::Store(_)), "{again:?}");
}

#[test]
fn a_refused_marking_or_lifting_changes_nothing_and_says_why() {
    let mut diwan = testing::demo();
    let before = diwan.blackouts(None).expect("blackouts");
    let refusals = [
        ("karim", mourning("2026-11-25", "2026-11-27", "حداد"), "error-blackout-role"),
        ("lina", mourning("2026-11-25", "2026-11-27", "حداد"), "error-blackout-role"),
        ("samir", mourning("2026-11-27", "2026-11-25", "حداد"), "error-blackout-reversed"),
        ("samir", mourning("2026-02-30", "2026-03-01", "حداد"), "error-time-unparsable"),
        ("samir", mourning("2026-11-25", "2027-11-25", "حداد"), "error-blackout-too-long"),
        ("samir", mourning("2026-11-25", "2026-11-27", "   "), "error-blackout-reason-missing"),
        (
            "samir",
            NewBlackoutDto { mission: "DZ-FR-NCE".into(), ..mourning("2026-11-25", "2026-11-27", "x") },
            "error-mission-not-found",
        ),
    ];
    for (actor, input, id) in refusals {
        let error = diwan.mark_blackout(actor, &input).expect_err("refused");
        assert_eq!(diwan_core::Localized::message_id(&error), id, "{actor} {input:?}: {error}");
    }
    let demo_blackout = before[0].id;
    let error = diwan.lift_blackout("karim", demo_blackout).expect_err("a drafter");
    assert_eq!(diwan_core::Localized::message_id(&error), "error-blackout-role");
    assert_eq!(diwan.blackouts(None).expect("blackouts"), before);
    assert!(audited(&diwan, "blackout.marked").is_empty());
    assert!(audited(&diwan, "blackout.lifted").is_empty());
}
