//! The calendar's rules: local days in a mission's zone, clashes between
//! posts on one account, blackout periods, and text already planned.
//!
//! Times are stored in UTC; a mission's calendar is its own local days, which
//! are 23 or 25 hours long when the clocks change.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::account::AccountId;
use crate::blackout::Blackout;
use crate::message::{Localized, MessageArg};
use crate::mission::MissionCode;
use crate::post::PostId;
use crate::text::fold_for_comparison;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    #[error("{time} does not exist in {zone} (the clocks skip it)")]
    Skipped { time: NaiveDateTime, zone: Tz },
    #[error("the range ends before it starts")]
    RangeReversed,
    #[error("{input:?} is not a date or time")]
    Unparsable { input: String },
}

impl Localized for TimeError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Skipped { .. } => "error-time-skipped",
            Self::RangeReversed => "error-time-range-reversed",
            Self::Unparsable { .. } => "error-time-unparsable",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Skipped { time, zone } => {
                vec![("time", time.format("%Y-%m-%d %H:%M").to_string().into()), ("zone", zone.name().into())]
            }
            Self::RangeReversed => Vec::new(),
            Self::Unparsable { input } => vec![("input", input.as_str().into())],
        }
    }
}

/// Parses `YYYY-MM-DD` (an impossible date such as 2026-02-30 is an error).
pub fn parse_date(input: &str) -> Result<NaiveDate, TimeError> {
    NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| TimeError::Unparsable { input: input.to_owned() })
}

/// Parses `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM` as a mission's local time.
pub fn parse_local(input: &str) -> Result<NaiveDateTime, TimeError> {
    let input_trimmed = input.trim();
    ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(input_trimmed, f).ok())
        .ok_or_else(|| TimeError::Unparsable { input: input.to_owned() })
}

/// A local time in `zone` as UTC. A time the clocks skip is an error; a time
/// that happens twice (clocks going back) is its first occurrence.
pub fn local_to_utc(zone: Tz, local: NaiveDateTime) -> Result<DateTime<Utc>, TimeError> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(TimeError::Skipped { time: local, zone }),
    }
}

/// The first instant of a local day. Where the clocks skip midnight (some
/// zones change at 00:00), the day starts at the first minute that exists.
pub fn start_of_day(zone: Tz, day: NaiveDate) -> DateTime<Utc> {
    let mut local = day.and_time(NaiveTime::MIN);
    for _ in 0..=(24 * 60) {
        if let Ok(t) = local_to_utc(zone, local) {
            return t;
        }
        local += Duration::minutes(1);
    }
    // No zone skips a whole day at the minute level except across the date
    // line (Samoa, 2011-12-30), where the day simply has no instants.
    zone.from_utc_datetime(&local).with_timezone(&Utc)
}

/// The UTC instants `[start, end)` covering local days `from..=to` in `zone`.
pub fn local_days_to_utc(
    zone: Tz,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(DateTime<Utc>, DateTime<Utc>), TimeError> {
    if to < from {
        return Err(TimeError::RangeReversed);
    }
    let end_day = to.succ_opt().ok_or(TimeError::RangeReversed)?;
    Ok((start_of_day(zone, from), start_of_day(zone, end_day)))
}

/// What the calendar rules need to know of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub id: PostId,
    pub mission: MissionCode,
    pub accounts: Vec<AccountId>,
    pub at: DateTime<Utc>,
    /// Every language's text, for duplicate detection.
    pub texts: Vec<String>,
    /// A crisis message: what a mission says in mourning, never out of place.
    pub crisis_priority: bool,
}

/// Two posts on one account closer together than the mission wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub account: AccountId,
    pub first: PostId,
    pub second: PostId,
    pub gap: Duration,
}

/// Pairs of posts on the same account less than `min_gap` apart.
pub fn conflicts(posts: &[Planned], min_gap: Duration) -> Vec<Conflict> {
    let mut by_account: BTreeMap<AccountId, Vec<(DateTime<Utc>, PostId)>> = BTreeMap::new();
    for post in posts {
        for account in &post.accounts {
            by_account.entry(*account).or_default().push((post.at, post.id));
        }
    }
    let mut found = Vec::new();
    for (account, mut times) in by_account {
        times.sort();
        for (i, (at, id)) in times.iter().enumerate() {
            for (later_at, later_id) in &times[i + 1..] {
                let gap = *later_at - *at;
                if gap >= min_gap {
                    break;
                }
                found.push(Conflict { account, first: *id, second: *later_id, gap });
            }
        }
    }
    found
}

/// Posts that fall inside a blackout of their own mission, crisis messages
/// aside (a condolence is what such days are for). `blackouts` is read once
/// per post, so callers pass them as they hold them, without a copy.
pub fn in_blackout<'a, B>(posts: &'a [Planned], blackouts: B) -> Vec<(&'a Planned, &'a Blackout)>
where
    B: IntoIterator<Item = &'a Blackout> + Clone,
{
    posts
        .iter()
        .filter(|p| !p.crisis_priority)
        .flat_map(move |p| {
            blackouts
                .clone()
                .into_iter()
                .filter(move |b| b.mission == p.mission && b.start <= p.at && p.at < b.end)
                .map(move |b| (p, b))
        })
        .collect()
}

/// Another post on a shared account, within `window` of `candidate`, with a
/// text that folds to the same as one of the candidate's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub post: PostId,
    pub account: AccountId,
}

pub fn duplicates(candidate: &Planned, others: &[Planned], window: Duration) -> Vec<Duplicate> {
    let mine: Vec<String> = candidate.texts.iter().map(|t| fold_for_comparison(t)).filter(|t| !t.is_empty()).collect();
    let mut found = Vec::new();
    for other in others {
        if other.id == candidate.id || (other.at - candidate.at).abs() > window {
            continue;
        }
        let same_text = other.texts.iter().any(|t| mine.contains(&fold_for_comparison(t)));
        if !same_text {
            continue;
        }
        if let Some(account) = candidate.accounts.iter().find(|a| other.accounts.contains(a)) {
            found.push(Duplicate { post: other.id, account: *account });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use chrono_tz::{America, Asia, Europe};

    use super::*;

    fn date(s: &str) -> NaiveDate {
        parse_date(s).expect("date")
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("rfc3339").with_timezone(&Utc)
    }

    #[test]
    fn local_days_span_23_or_25_hours_when_the_clocks_change() {
        // Paris springs forward on 2026-03-29 and falls back on 2026-10-25.
        let (start, end) = local_days_to_utc(Europe::Paris, date("2026-03-29"), date("2026-03-29")).expect("range");
        assert_eq!((start, end), (utc("2026-03-28T23:00:00Z"), utc("2026-03-29T22:00:00Z")));
        assert_eq!(end - start, Duration::hours(23));
        let (start, end) = local_days_to_utc(Europe::Paris, date("2026-10-25"), date("2026-10-25")).expect("range");
        assert_eq!(end - start, Duration::hours(25));
        let (start, end) = local_days_to_utc(Europe::Paris, date("2026-03-01"), date("2026-03-31")).expect("month");
        assert_eq!((start, end), (utc("2026-02-28T23:00:00Z"), utc("2026-03-31T22:00:00Z")));
    }

    #[test]
    fn a_day_whose_midnight_is_skipped_starts_at_its_first_minute() {
        // Santiago springs forward at 24:00 on 2026-09-05, so 2026-09-06 starts at 01:00 local (04:00 UTC).
        let start = start_of_day(America::Santiago, date("2026-09-06"));
        assert_eq!(start, utc("2026-09-06T04:00:00Z"));
    }

    #[test]
    fn skipped_local_times_are_errors_and_repeated_ones_take_the_first() {
        let skipped = parse_local("2026-03-29 02:30").expect("parse");
        assert!(matches!(local_to_utc(Europe::Paris, skipped), Err(TimeError::Skipped { .. })));
        let repeated = parse_local("2026-10-25 02:30").expect("parse");
        assert_eq!(local_to_utc(Europe::Paris, repeated), Ok(utc("2026-10-25T00:30:00Z")));
        assert_eq!(
            local_to_utc(Asia::Baghdad, parse_local("2026-07-01T09:00").expect("parse")),
            Ok(utc("2026-07-01T06:00:00Z"))
        );
    }

    #[test]
    fn impossible_dates_and_reversed_ranges_are_refused() {
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_local("2026-13-01 10:00").is_err());
        assert_eq!(
            local_days_to_utc(Europe::Paris, date("2026-03-02"), date("2026-03-01")),
            Err(TimeError::RangeReversed)
        );
    }

    fn planned(id: i64, accounts: &[i64], at: &str, text: &str) -> Planned {
        Planned {
            id: PostId(id),
            mission: MissionCode::parse("DZ-FR-PAR").expect("code"),
            accounts: accounts.iter().map(|a| AccountId(*a)).collect(),
            at: utc(at),
            texts: vec![text.to_owned()],
            crisis_priority: false,
        }
    }

    #[test]
    fn posts_on_one_account_within_the_gap_conflict() {
        let posts = [
            planned(1, &[10, 11], "2026-12-01T09:00:00Z", "a"),
            planned(2, &[10], "2026-12-01T09:20:00Z", "b"),
            planned(3, &[11], "2026-12-01T11:00:00Z", "c"),
            planned(4, &[12], "2026-12-01T09:05:00Z", "d"),
        ];
        let found = conflicts(&posts, Duration::minutes(30));
        assert_eq!(
            found,
            [Conflict { account: AccountId(10), first: PostId(1), second: PostId(2), gap: Duration::minutes(20) }]
        );
        assert!(conflicts(&posts, Duration::minutes(10)).is_empty());
    }

    #[test]
    fn posts_in_a_blackout_of_their_mission_are_reported_crisis_messages_aside() {
        let condolence = Planned { crisis_priority: true, ..planned(3, &[10], "2026-12-01T10:00:00Z", "تعزية") };
        let posts = [
            planned(1, &[10], "2026-12-01T09:00:00Z", "a"),
            planned(2, &[10], "2026-12-04T09:00:00Z", "b"),
            condolence,
        ];
        let mourning = Blackout {
            mission: MissionCode::parse("DZ-FR-PAR").expect("code"),
            start: utc("2026-11-30T23:00:00Z"),
            end: utc("2026-12-03T23:00:00Z"),
            reason: "حداد وطني".into(),
        };
        let elsewhere = Blackout { mission: MissionCode::parse("IQ-CN-PEK").expect("code"), ..mourning.clone() };
        let blackouts = [mourning, elsewhere];
        let found = in_blackout(&posts, &blackouts);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.id, PostId(1));
        assert_eq!(found[0].1.reason, "حداد وطني");
    }

    #[test]
    fn the_same_text_on_the_same_account_recently_is_a_duplicate() {
        let candidate = planned(1, &[10], "2026-12-10T09:00:00Z", "تُهنِّئ السفارة الشعب الفرنسي");
        let others = [
            planned(2, &[10], "2026-12-08T09:00:00Z", "تهنئ السفارة  الشعب الفرنسي"),
            planned(3, &[11], "2026-12-08T09:00:00Z", "تهنئ السفارة الشعب الفرنسي"),
            planned(4, &[10], "2026-10-01T09:00:00Z", "تهنئ السفارة الشعب الفرنسي"),
            planned(5, &[10], "2026-12-09T09:00:00Z", "نص آخر"),
        ];
        assert_eq!(
            duplicates(&candidate, &others, Duration::days(30)),
            [Duplicate { post: PostId(2), account: AccountId(10) }]
        );
    }
}
