//! Daily backups kept beside the database: which day's copy to take and
//! which old ones to remove, decided apart from the disk.

use std::collections::BTreeSet;

use chrono::{Duration, NaiveDate};

use crate::message::{Localized, MessageArg};

/// How many days of daily backups are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    days: u32,
}

impl Retention {
    pub const DEFAULT_DAYS: u32 = 14;
    pub const MAX_DAYS: u32 = 365;

    pub fn new(days: u32) -> Result<Self, BackupError> {
        if (1..=Self::MAX_DAYS).contains(&days) {
            Ok(Self { days })
        } else {
            Err(BackupError::DaysInvalid { max: Self::MAX_DAYS })
        }
    }

    /// The stored value, or the default when missing or no longer valid.
    pub fn from_stored(stored: Option<&str>) -> Self {
        stored.and_then(|s| s.parse().ok()).and_then(|d| Self::new(d).ok()).unwrap_or_default()
    }

    pub fn days(self) -> u32 {
        self.days
    }
}

impl Default for Retention {
    fn default() -> Self {
        Self { days: Self::DEFAULT_DAYS }
    }
}

/// The file name of one day's backup: `diwan-2026-12-02.db`.
pub fn daily_name(day: NaiveDate) -> String {
    format!("diwan-{}.db", day.format("%Y-%m-%d"))
}

/// The day a file name is the backup of; `None` for anything else in the
/// folder (which is never touched).
pub fn day_of(name: &str) -> Option<NaiveDate> {
    let day = name.strip_prefix("diwan-")?.strip_suffix(".db")?;
    let parsed = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    (daily_name(parsed) == name).then_some(parsed)
}

/// What to do today: take today's copy unless it exists, and remove the
/// copies older than the retention (today's counts as the first day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyPlan {
    pub take: Option<NaiveDate>,
    pub remove: Vec<NaiveDate>,
}

pub fn plan(today: NaiveDate, existing: &BTreeSet<NaiveDate>, retention: Retention) -> DailyPlan {
    let oldest_kept = today - Duration::days(i64::from(retention.days) - 1);
    DailyPlan {
        take: (!existing.contains(&today)).then_some(today),
        remove: existing.iter().copied().filter(|day| *day < oldest_kept).collect(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error("keep daily backups for 1 to {max} days")]
    DaysInvalid { max: u32 },
}

impl Localized for BackupError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::DaysInvalid { .. } => "error-backup-days-invalid",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::DaysInvalid { max } => vec![("max", i64::from(*max).into())],
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("day")
    }

    #[test]
    fn names_read_back_and_nothing_else_is_a_backup() {
        assert_eq!(daily_name(day("2026-12-02")), "diwan-2026-12-02.db");
        assert_eq!(day_of("diwan-2026-12-02.db"), Some(day("2026-12-02")));
        for other in [
            "diwan-2026-12-2.db",
            "diwan-2026-02-30.db",
            "notes.txt",
            "diwan-2026-12-02.db-wal",
            "x-diwan-2026-12-02.db",
        ] {
            assert_eq!(day_of(other), None, "{other}");
        }
    }

    #[test]
    fn today_is_taken_once_and_the_oldest_go() {
        let existing: BTreeSet<_> = ["2026-11-17", "2026-11-18", "2026-11-19", "2026-12-01"].map(day).into();
        let plan = plan(day("2026-12-02"), &existing, Retention::default());
        assert_eq!(plan.take, Some(day("2026-12-02")));
        assert_eq!(plan.remove, vec![day("2026-11-17"), day("2026-11-18")], "14 days: 19 Nov to 2 Dec stay");
        let mut with_today = existing;
        with_today.insert(day("2026-12-02"));
        assert_eq!(super::plan(day("2026-12-02"), &with_today, Retention::default()).take, None);
    }

    #[test]
    fn retention_is_bounded() {
        assert!(Retention::new(0).is_err());
        assert!(Retention::new(366).is_err());
        assert_eq!(Retention::from_stored(Some("30")).days(), 30);
        assert_eq!(Retention::from_stored(Some("x")).days(), 14);
    }

    proptest! {
        /// Whatever is there, today's copy is never removed, nothing newer
        /// than the retention goes, and what stays spans at most `days` days.
        #[test]
        fn the_plan_keeps_exactly_the_window(offsets in proptest::collection::btree_set(-400i64..400, 0..40), days in 1u32..60) {
            let today = day("2026-12-02");
            let existing: BTreeSet<_> = offsets.iter().map(|o| today + Duration::days(*o)).collect();
            let retention = Retention::new(days).expect("days");
            let plan = plan(today, &existing, retention);
            prop_assert!(!plan.remove.contains(&today));
            for removed in &plan.remove {
                prop_assert!((today - *removed).num_days() >= i64::from(days));
            }
            for kept in existing.iter().filter(|d| !plan.remove.contains(d)) {
                prop_assert!((today - *kept).num_days() < i64::from(days));
            }
        }
    }
}
