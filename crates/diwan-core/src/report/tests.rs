use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

use super::*;

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn post(id: i64, on: &str, stage: PostStage) -> ReportPost {
    ReportPost {
        id: PostId(id),
        day: day(on),
        category: Category::Culture,
        accounts: vec!["@AlgerieFrance".to_owned()],
        platforms: vec!["x".to_owned()],
        languages: vec![lang("fr")],
        complete: vec![lang("fr")],
        source_language: lang("fr"),
        stage,
        overdue: false,
        created: None,
        approved: None,
        engagement: None,
    }
}

fn hours(h: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap() + Duration::hours(h)
}

/// A small mission's month, counted by hand: Monday 30 November to Sunday
/// 13 December 2026 is two ISO weeks (W49, W50).
fn small_month() -> Vec<ReportPost> {
    let mut a = post(1, "2026-11-30", PostStage::Published);
    a.languages = vec![lang("ar"), lang("fr"), lang("en")];
    a.complete = a.languages.clone();
    a.created = Some(hours(0));
    a.approved = Some(hours(10));
    a.engagement = Some(Engagement { reach: 1000, engagement: 50 });
    let mut b = post(2, "2026-12-02", PostStage::Scheduled);
    b.category = Category::Consular;
    b.accounts = vec!["@AlgerieFrance".to_owned(), "@ambalgerie".to_owned()];
    b.platforms = vec!["facebook".to_owned(), "x".to_owned()];
    b.languages = vec![lang("ar"), lang("fr")];
    b.complete = vec![lang("ar")];
    b.source_language = lang("ar");
    b.created = Some(hours(0));
    b.approved = Some(hours(30));
    let mut c = post(3, "2026-12-06", PostStage::InReview);
    c.overdue = true;
    let mut d = post(4, "2026-12-07", PostStage::Published);
    d.languages = vec![lang("ar"), lang("fr"), lang("en")];
    d.complete = vec![lang("ar"), lang("fr"), lang("en")];
    d.source_language = lang("ar");
    d.created = Some(hours(5));
    d.approved = Some(hours(7));
    d.engagement = Some(Engagement { reach: 3000, engagement: 90 });
    let mut e = post(5, "2026-12-08", PostStage::Rejected);
    e.overdue = true;
    let mut f = post(6, "2026-12-09", PostStage::Draft);
    f.overdue = true;
    let outside = post(7, "2026-12-14", PostStage::Published);
    vec![a, b, c, d, e, f, outside]
}

#[test]
fn counts_each_week_as_worked_out_by_hand() {
    let r = report(&small_month(), Period::Week, day("2026-11-30"), day("2026-12-13"));
    let names: Vec<&str> = r.periods.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["2026-W49", "2026-W50"]);
    // W49: posts 1 (published), 2 (scheduled), 3 (in review).
    assert_eq!(r.totals[0], Counts { planned: 3, approved: 2, published: 1 });
    // W50: posts 4 (published), 5 (rejected), 6 (draft); 7 is outside.
    assert_eq!(r.totals[1], Counts { planned: 3, approved: 1, published: 1 });
    assert_eq!(r.total, Counts { planned: 6, approved: 3, published: 2 });
}

#[test]
fn breaks_down_by_account_platform_category_and_language() {
    let r = report(&small_month(), Period::Week, day("2026-11-30"), day("2026-12-13"));
    let rows = |d: Dimension| -> Vec<(String, Counts)> {
        r.breakdowns.iter().find(|(x, _)| *x == d).unwrap().1.iter().map(|row| (row.key.clone(), row.total)).collect()
    };
    assert_eq!(
        rows(Dimension::Account),
        [
            ("@AlgerieFrance".to_owned(), Counts { planned: 6, approved: 3, published: 2 }),
            ("@ambalgerie".to_owned(), Counts { planned: 1, approved: 1, published: 0 }),
        ]
    );
    assert_eq!(
        rows(Dimension::Platform),
        [
            ("facebook".to_owned(), Counts { planned: 1, approved: 1, published: 0 }),
            ("x".to_owned(), Counts { planned: 6, approved: 3, published: 2 }),
        ]
    );
    assert_eq!(
        rows(Dimension::Category),
        [
            ("consular".to_owned(), Counts { planned: 1, approved: 1, published: 0 }),
            ("culture".to_owned(), Counts { planned: 5, approved: 2, published: 2 }),
        ]
    );
    assert_eq!(
        rows(Dimension::Language),
        [
            ("ar".to_owned(), Counts { planned: 3, approved: 3, published: 2 }),
            ("en".to_owned(), Counts { planned: 2, approved: 2, published: 2 }),
            ("fr".to_owned(), Counts { planned: 6, approved: 3, published: 2 }),
        ]
    );
    // Per period too: the consular post is in W49 only.
    let consular = &r.breakdowns.iter().find(|(x, _)| *x == Dimension::Category).unwrap().1[0];
    assert_eq!(consular.periods, [Counts { planned: 1, approved: 1, published: 0 }, Counts::default()]);
}

#[test]
fn coverage_counts_complete_languages_only() {
    let r = report(&small_month(), Period::Month, day("2026-11-30"), day("2026-12-13"));
    // Posts 1 and 4 have all three; post 2's French is not done.
    assert_eq!(r.coverage.posts, 6);
    assert_eq!(r.coverage.all_three, 2);
    assert_eq!(r.coverage.by_language, [("ar".to_owned(), 3), ("fr".to_owned(), 5), ("en".to_owned(), 2)]);
}

#[test]
fn time_to_approval_median_and_90th_percentile() {
    let r = report(&small_month(), Period::Month, day("2026-11-30"), day("2026-12-13"));
    // Waits of the approved posts: 2 h (post 4), 10 h (post 1), 30 h (post 2).
    // Median 10 h; 90th: 10 + 0.8 × (30 − 10) = 26 h.
    assert_eq!(r.approval_times, Some(ApprovalTimes { posts: 3, median: 10 * 3600, p90: 26 * 3600 }));
}

#[test]
fn overdue_leaves_out_the_rejected() {
    let r = report(&small_month(), Period::Month, day("2026-11-30"), day("2026-12-13"));
    assert_eq!(r.overdue, [PostId(3), PostId(6)]);
}

#[test]
fn engagement_per_post_and_per_language() {
    let r = report(&small_month(), Period::Month, day("2026-11-30"), day("2026-12-13"));
    let posts: Vec<(i64, u64)> = r.engagement.iter().map(|e| (e.post.0, e.figures.reach)).collect();
    assert_eq!(posts, [(4, 3000), (1, 1000)]);
    assert_eq!(
        r.engagement_by_language,
        [
            LanguageEngagement { language: lang("ar"), posts: 1, figures: Engagement { reach: 3000, engagement: 90 } },
            LanguageEngagement { language: lang("fr"), posts: 1, figures: Engagement { reach: 1000, engagement: 50 } },
        ]
    );
}

#[test]
fn months_and_weeks_cover_the_span_with_empty_periods() {
    let months = periods(Period::Month, day("2026-11-15"), day("2027-02-01"));
    let names: Vec<&str> = months.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["2026-11", "2026-12", "2027-01", "2027-02"]);
    // 31 December 2026 is a Thursday of ISO week 53 of 2026; 1 January 2027 too.
    let weeks = periods(Period::Week, day("2026-12-31"), day("2027-01-04"));
    let names: Vec<&str> = weeks.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["2026-W53", "2027-W01"]);
    let r = report(&[], Period::Month, day("2026-11-15"), day("2027-02-01"));
    assert_eq!(r.totals, vec![Counts::default(); 4]);
    assert_eq!(r.approval_times, None);
}

#[test]
fn hours_are_rounded_half_an_hour_up() {
    assert_eq!(whole_hours(0), 0);
    assert_eq!(whole_hours(1799), 0);
    assert_eq!(whole_hours(1800), 1);
    assert_eq!(whole_hours(5399), 1);
    assert_eq!(whole_hours(5400), 2);
    assert_eq!(whole_hours(36_000), 10);
}

#[test]
fn percentiles_of_few_values() {
    assert_eq!(percentile(&[], 0.5), None);
    assert_eq!(percentile(&[7], 0.9), Some(7));
    assert_eq!(percentile(&[1, 2, 3, 4], 0.5), Some(3)); // 2.5 rounds away from zero
    assert_eq!(percentile(&[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9), Some(91));
}

fn stage() -> impl Strategy<Value = PostStage> {
    proptest::sample::select(PostStage::ALL.to_vec())
}

proptest! {
    /// Whatever the posts: published ≤ approved ≤ planned in every cell, the
    /// categories (one per post) add up to the totals, and the periods add
    /// up to the whole.
    #[test]
    fn numbers_add_up(posts in proptest::collection::vec((0i64..120, stage(), 0usize..9), 0..60)) {
        let from = day("2026-10-01");
        let posts: Vec<ReportPost> = posts
            .into_iter()
            .enumerate()
            .map(|(i, (offset, stage, category))| {
                let mut p = post(i64::try_from(i).unwrap(), "2026-10-01", stage);
                p.day = from + Duration::days(offset);
                p.category = Category::ALL[category];
                p
            })
            .collect();
        let to = day("2026-12-31");
        for period in Period::ALL {
            let r = report(&posts, period, from, to);
            let sum = r.totals.iter().fold(Counts::default(), |mut s, c| {
                s += *c;
                s
            });
            prop_assert_eq!(sum, r.total);
            prop_assert_eq!(r.total.planned as usize, posts.iter().filter(|p| p.day <= to).count());
            for c in &r.totals {
                prop_assert!(c.published <= c.approved && c.approved <= c.planned);
            }
            let categories = &r.breakdowns.iter().find(|(d, _)| *d == Dimension::Category).unwrap().1;
            let planned: u32 = categories.iter().map(|row| row.total.planned).sum();
            prop_assert_eq!(planned, r.total.planned);
        }
    }
}
