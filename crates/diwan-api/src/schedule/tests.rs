use std::io::BufReader;

use crate::testing::{self, approved};

/// (UID, DTSTART) of every event, read by an independent parser (`ical`).
fn events(ics: &str) -> Vec<(String, String, String)> {
    let mut calendars = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let calendar = calendars.next().expect("a calendar").expect("parses");
    calendar
        .events
        .iter()
        .map(|event| {
            let value = |name: &str| {
                event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
            };
            (value("UID"), value("DTSTART"), value("DESCRIPTION"))
        })
        .collect()
}

#[test]
fn the_approved_schedule_reads_back_with_stable_uids_and_utc_times_across_a_clock_change() {
    let mut diwan = testing::demo();
    // Paris changes its clocks on 25 October 2026: 10:00 is 08:00 UTC before, 09:00 after.
    let before = approved(&mut diwan, "2026-10-24", "أمسية للخط العربي قبل تغيير الساعة");
    let after = approved(&mut diwan, "2026-10-26", "أمسية للخط العربي بعد تغيير الساعة");
    let draft = diwan
        .create_post("karim", crate::testing::paris_post("culture", "2026-10-25 10:00", "مسودة لا تُنشر"))
        .expect("draft")
        .id;

    let ics = diwan.export_ics("DZ-FR-PAR", "2026-10-20", "2026-10-30").expect("ics");
    assert!(ics.lines().all(|line| line.len() <= 75), "lines folded at 75 octets");
    let found = events(&ics);
    let start_of = |post: i64| {
        found
            .iter()
            .find(|(uid, _, _)| uid.starts_with(&format!("diwan-post-{post}-")))
            .map(|(_, start, _)| start.clone())
    };
    assert_eq!(start_of(before).as_deref(), Some("20261024T080000Z"));
    assert_eq!(start_of(after).as_deref(), Some("20261026T090000Z"));
    assert_eq!(start_of(draft), None, "only approved or scheduled posts go out");
    let description =
        &found.iter().find(|(uid, _, _)| uid.starts_with(&format!("diwan-post-{before}-"))).expect("event").2;
    assert!(description.contains("أمسية للخط العربي") || description.contains("Soirée"), "{description}");
    // Exported again: the same UIDs, so a calendar that imports it updates instead of duplicating.
    let again = events(&diwan.export_ics("DZ-FR-PAR", "2026-10-20", "2026-10-30").expect("ics"));
    let uids = |events: &[(String, String, String)]| events.iter().map(|e| e.0.clone()).collect::<Vec<_>>();
    assert_eq!(uids(&again), uids(&found));
}

#[test]
fn the_csv_opens_in_excel_with_its_arabic_one_row_per_language_and_account() {
    let mut diwan = testing::demo();
    let post = approved(&mut diwan, "2026-10-24", "أمسية للخط العربي");
    let csv = diwan.export_csv("DZ-FR-PAR", "2026-10-24", "2026-10-24").expect("csv");
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let ours: Vec<&csv::StringRecord> = rows.iter().filter(|r| r.get(0) == Some(post.to_string().as_str())).collect();
    assert!(!ours.is_empty());
    assert!(ours.iter().all(|r| r.get(8) == Some("approved")));
    assert!(ours.iter().any(|r| r.get(9).is_some_and(|t| t.contains("أمسية") || t.contains("Soirée"))));
    assert!(diwan.export_csv("XX-YY-ZZZ", "2026-10-24", "2026-10-24").is_err(), "an unknown mission is an error");
}

#[test]
fn the_schedule_is_saved_where_the_dialog_chose_and_only_under_its_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut diwan = testing::demo();
    let post = approved(&mut diwan, "2026-12-21", "أمسية موسيقية");
    let export = |format, name: &str| crate::dto::ScheduleExportDto {
        format,
        mission: "DZ-FR-PAR".into(),
        from: "2026-12-01".into(),
        to: "2026-12-31".into(),
        path: dir.path().join(name).display().to_string(),
    };
    diwan.save_schedule(&export(crate::dto::ScheduleFormat::Ics, "paris.ICS")).expect("ics");
    let ics = std::fs::read_to_string(dir.path().join("paris.ICS")).expect("written");
    assert!(ics.contains(&format!("diwan-post-{post}-")));
    diwan.save_schedule(&export(crate::dto::ScheduleFormat::Csv, "paris.csv")).expect("csv");
    assert!(std::fs::read_to_string(dir.path().join("paris.csv")).expect("written").starts_with('\u{feff}'));
    let refused = diwan.save_schedule(&export(crate::dto::ScheduleFormat::Csv, "diwan.db")).expect_err("not a .csv");
    assert_eq!(diwan_core::Localized::message_id(&refused), "error-export-extension");
    assert!(!dir.path().join("diwan.db").exists(), "nothing written");
    let names: Vec<_> =
        std::fs::read_dir(dir.path()).expect("list").filter_map(Result::ok).map(|e| e.file_name()).collect();
    assert_eq!(names.len(), 2, "no partial file left: {names:?}");
}
