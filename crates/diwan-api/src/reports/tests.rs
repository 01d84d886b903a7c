//! The report of a small month worked out by hand, on the demo's Paris
//! mission in March 2027, where the demo plans nothing.

use std::cell::Cell;

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::dto::{CountsDto, NewPostDto, PostEditDto, ReportDto, ReportRequestDto};
use crate::Diwan;

thread_local! {
    static NOW: Cell<i64> = Cell::new(crate::testing::clock().timestamp());
}

/// A clock each test moves by hand.
fn clock() -> DateTime<Utc> {
    DateTime::from_timestamp(NOW.with(Cell::get), 0).unwrap_or_default()
}

fn set_now(at: DateTime<Utc>) {
    NOW.with(|now| now.set(at.timestamp()));
}

/// Monday 1 March 2027, 08:00 UTC, and `h` hours after.
fn t0(h: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 8, 0, 0).unwrap() + Duration::hours(h)
}

fn demo() -> Diwan {
    set_now(crate::testing::clock());
    let mut diwan = Diwan::open_in_memory(clock).expect("open");
    diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
    diwan
}

/// A post of Karim's at Paris (source Arabic; its accounts post in ar, fr
/// and en), translated into `languages` by Lina, created at `created` and
/// submitted (in translation while a language is left).
fn submitted(diwan: &mut Diwan, created: DateTime<Utc>, day: &str, accounts: Vec<i64>, languages: &[&str]) -> i64 {
    set_now(created);
    let input = NewPostDto {
        accounts,
        ..crate::testing::paris_post("culture", &format!("{day} 10:00"), &format!("أمسية الخط العربي {day}"))
    };
    let post = diwan.create_post("karim", input).expect("post");
    for language in languages {
        let edit = PostEditDto {
            language: Some((*language).to_owned()),
            text: Some(format!("Calligraphy evening {day} ({language})")),
            ..PostEditDto::default()
        };
        diwan.edit_post("lina", post.id, edit).expect("translate");
        diwan.mark_translated("lina", post.id, language, Some("test")).expect("done");
    }
    diwan.submit_post("karim", post.id).expect("submit");
    post.id
}

fn approve(diwan: &mut Diwan, post: i64, at: DateTime<Utc>) {
    set_now(at);
    diwan.approve_post("samir", post, false).expect("approve");
}

fn publish(diwan: &mut Diwan, post: i64, url: &str) {
    diwan.schedule_post("karim", post).expect("schedule");
    diwan.publish_post("karim", post, url).expect("publish");
}

fn request(period: &str) -> ReportRequestDto {
    ReportRequestDto {
        mission: "DZ-FR-PAR".into(),
        from: "2027-03-01".into(),
        to: "2027-03-14".into(),
        period: period.into(),
    }
}

/// Five posts over two weeks (W09: 1–7 March, W10: 8–14 March):
/// - A, 2 March: created T0, approved T0+10 h, published;
/// - B, 3 March: on X and Facebook, created T0, approved T0+30 h;
/// - C, 4 March: created T0, its French done, its English not: in
///   translation (overdue by the 20th);
/// - D, 9 March: created T0+5 h, approved T0+7 h, published;
/// - E, 10 March: an economy draft in French (overdue by the 20th).
///
/// Every post goes out in ar, fr and en (the accounts' languages).
fn small_month() -> (Diwan, [i64; 5]) {
    let mut diwan = demo();
    let before = diwan.report(&request("week")).expect("report");
    assert_eq!(before.total.planned, 0, "the demo plans nothing in March 2027");
    let both = ["fr", "en"];
    let a = submitted(&mut diwan, t0(0), "2027-03-02", vec![1], &both);
    let b = submitted(&mut diwan, t0(0), "2027-03-03", vec![1, 2], &both);
    let c = submitted(&mut diwan, t0(0), "2027-03-04", vec![1], &["fr"]);
    let d = submitted(&mut diwan, t0(5), "2027-03-09", vec![1], &both);
    approve(&mut diwan, a, t0(10));
    approve(&mut diwan, b, t0(30));
    approve(&mut diwan, d, t0(7));
    publish(&mut diwan, a, "https://x.com/dz_fr_par_x/status/111");
    publish(&mut diwan, d, "https://x.com/dz_fr_par_x/status/222");
    set_now(t0(40));
    let input = NewPostDto {
        source_language: "fr".into(),
        ..crate::testing::paris_post("economy", "2027-03-10 10:00", "Forum économique")
    };
    let e = diwan.create_post("karim", input).expect("draft").id;
    set_now(Utc.with_ymd_and_hms(2027, 3, 20, 12, 0, 0).unwrap());
    (diwan, [a, b, c, d, e])
}

fn counts(planned: u32, approved: u32, published: u32) -> CountsDto {
    CountsDto { planned, approved, published }
}

fn breakdown<'r>(report: &'r ReportDto, dimension: &str) -> Vec<(&'r str, CountsDto)> {
    let rows = &report.breakdowns.iter().find(|b| b.dimension == dimension).expect("dimension").rows;
    rows.iter().map(|r| (r.key.as_str(), r.total)).collect()
}

#[test]
fn a_small_month_counted_by_hand() {
    let (diwan, [a, _b, c, d, e]) = small_month();
    let report = diwan.report(&request("week")).expect("report");
    let names: Vec<&str> = report.periods.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["2027-W09", "2027-W10"]);
    assert_eq!(report.totals, [counts(3, 2, 1), counts(2, 1, 1)]);
    assert_eq!(report.total, counts(5, 3, 2));
    assert_eq!(
        breakdown(&report, "account"),
        [("@dz_fr_par_facebook", counts(1, 1, 0)), ("@dz_fr_par_x", counts(5, 3, 2))]
    );
    assert_eq!(breakdown(&report, "platform"), [("facebook", counts(1, 1, 0)), ("x", counts(5, 3, 2))]);
    assert_eq!(breakdown(&report, "category"), [("culture", counts(4, 3, 2)), ("economy", counts(1, 0, 0))]);
    assert_eq!(
        breakdown(&report, "language"),
        [("ar", counts(5, 3, 2)), ("en", counts(5, 3, 2)), ("fr", counts(5, 3, 2))]
    );
    // A, B and D have all three; C lacks English; E has only its French.
    assert_eq!((report.coverage.posts, report.coverage.all_three), (5, 3));
    let shares: Vec<(&str, u32)> = report.coverage.by_language.iter().map(|l| (l.language.as_str(), l.posts)).collect();
    assert_eq!(shares, [("ar", 4), ("fr", 5), ("en", 3)]);
    // Waits 2 h (D), 10 h (A), 30 h (B): median 10 h, 90th 26 h.
    let times = report.approval_times.expect("approved posts");
    assert_eq!((times.posts, times.median_seconds, times.p90_seconds), (3, 10 * 3600, 26 * 3600));
    let overdue: Vec<i64> = report.overdue.iter().map(|p| p.id).collect();
    assert_eq!(overdue, [c, e]);
    assert!(report.engagement.is_empty(), "nothing imported yet");
    let _ = (a, d);
}

#[test]
fn months_give_the_same_sums_as_weeks() {
    let (diwan, _) = small_month();
    let report = diwan.report(&request("month")).expect("report");
    assert_eq!(report.periods.len(), 1);
    assert_eq!(report.totals, [counts(5, 3, 2)]);
}

const X_EXPORT: &str = "\u{feff}Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate\n\
    111,https://twitter.com/dz_fr_par_x/status/111,t,2027-03-02 09:00 +0000,\"1,500\",75,0.05\n\
    222,https://x.com/dz_fr_par_x/status/222?s=20,t,2027-03-09 09:00 +0000,4000,120,0.03\n\
    999,https://x.com/someone/status/999,t,2027-03-09 09:00 +0000,10,1,0.1\n";

#[test]
fn engagement_is_matched_by_address_and_reported_per_post_and_language() {
    let (mut diwan, [a, _, _, d, _]) = small_month();
    assert!(diwan.import_engagement("lina", "DZ-FR-PAR", X_EXPORT).is_err(), "a translator may not");
    let imported = diwan.import_engagement("karim", "DZ-FR-PAR", X_EXPORT).expect("import");
    assert_eq!((imported.platform.as_str(), imported.rows, imported.matched, imported.unmatched), ("x", 3, 2, 1));
    assert_eq!(imported.unmatched_urls, ["https://x.com/someone/status/999"]);
    let report = diwan.report(&request("week")).expect("report");
    let posts: Vec<(i64, u64, u64)> = report.engagement.iter().map(|e| (e.post.id, e.reach, e.engagement)).collect();
    assert_eq!(posts, [(d, 4000, 120), (a, 1500, 75)]);
    let languages: Vec<(&str, u32, u64, u64)> =
        report.engagement_by_language.iter().map(|l| (l.language.as_str(), l.posts, l.reach, l.engagement)).collect();
    assert_eq!(languages, [("ar", 2, 5500, 195)]);

    // A newer export replaces the figures; it does not add to them.
    let again = X_EXPORT.replace("4000,120", "4200,130");
    diwan.import_engagement("karim", "DZ-FR-PAR", &again).expect("again");
    let report = diwan.report(&request("week")).expect("report");
    assert_eq!(report.engagement[0].reach, 4200);
    let filter = crate::dto::AuditFilterDto {
        post: None,
        user: None,
        action: Some("engagement.imported".into()),
        from: None,
        to: None,
    };
    assert_eq!(diwan.audit_log(&filter).expect("audit").events.len(), 2, "each import audited");
}

#[test]
fn a_file_diwan_does_not_know_or_a_bad_row_changes_nothing() {
    let (mut diwan, _) = small_month();
    let unknown =
        diwan.import_engagement("karim", "DZ-FR-PAR", "date,title,views\n2027-03-02,x,4\n").expect_err("unknown");
    assert_eq!(unknown.to_dto().code, "error-import-unknown-export");
    let bad = X_EXPORT.replace("4000", "many");
    let err = diwan.import_engagement("karim", "DZ-FR-PAR", &bad).expect_err("bad figure");
    let dto = err.to_dto();
    assert_eq!(dto.code, "error-import-record-invalid");
    assert_eq!(dto.args.get("line"), Some(&crate::dto::ArgDto::Number(3)), "{dto:?}");
    let report = diwan.report(&request("week")).expect("report");
    assert!(report.engagement.is_empty(), "nothing kept from a refused file");
}

#[test]
fn linkedin_s_description_line_comes_before_its_header() {
    let (mut diwan, [a, ..]) = small_month();
    let export = "All posts from 1 March 2027 to 14 March 2027\n\
        Post title,Post link,Post type,Impressions,Clicks,Likes,Comments,Reposts\n\
        Soirée,https://x.com/dz_fr_par_x/status/111,Organic,300,5,6,1,2\n";
    let imported = diwan.import_engagement("karim", "DZ-FR-PAR", export).expect("import");
    assert_eq!((imported.platform.as_str(), imported.matched), ("linkedin", 1));
    let report = diwan.report(&request("week")).expect("report");
    assert_eq!(report.engagement.iter().find(|e| e.post.id == a).map(|e| (e.reach, e.engagement)), Some((300, 14)));
}

#[test]
fn bad_requests_are_refused_in_words() {
    let diwan = demo();
    let mut wrong = request("fortnight");
    assert_eq!(diwan.report(&wrong).expect_err("period").to_dto().code, "error-period-unknown");
    wrong = request("week");
    wrong.to = "2027-02-01".into();
    assert!(diwan.report(&wrong).is_err(), "reversed");
    wrong.to = "2030-01-01".into();
    assert_eq!(diwan.report(&wrong).expect_err("long").to_dto().code, "error-span-too-long");
    wrong = request("week");
    wrong.mission = "XX-YY".into();
    assert_eq!(diwan.report(&wrong).expect_err("mission").to_dto().code, "error-mission-not-found");
}

#[test]
fn the_csv_holds_the_same_numbers() {
    let (diwan, _) = small_month();
    let csv = diwan.report_csv(&request("week")).expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "dimension,key,period,planned,approved,published");
    assert!(lines.contains(&"mission,DZ-FR-PAR,2027-W09,3,2,1"), "{csv}");
    assert!(lines.contains(&"mission,DZ-FR-PAR,all,5,3,2"));
    assert!(lines.contains(&"platform,facebook,all,1,1,0"));
    assert!(lines.contains(&"approval-median-seconds,,36000,,,"));
    assert!(lines.contains(&"coverage-all-three,ar+fr+en,3,,,"));
}
