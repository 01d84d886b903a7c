//! A mission's blackout: whole days of its own calendar on which it posts
//! nothing routine — a national mourning the host or the home country
//! declares, an election silence. The mission marks them itself, since such
//! days come with the news, not a year ahead; any post planned inside one is
//! a warning (`calendar::in_blackout`).

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::calendar::local_days_to_utc;
use crate::message::{Localized, MessageArg};
use crate::mission::MissionCode;
use crate::user::{Role, User};

/// The longest blackout one marking covers, in days (a forty-day mourning
/// fits; a year typed for a day does not).
pub const MAX_DAYS: i64 = 60;

/// The longest reason, in characters.
pub const MAX_REASON_CHARS: usize = 200;

/// A period `[start, end)` in which a mission posts nothing routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blackout {
    pub mission: MissionCode,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub reason: String,
}

/// Why a blackout cannot be marked or lifted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BlackoutError {
    #[error("only a supervisor or an administrator of {mission} marks or lifts its blackouts")]
    RoleMissing { mission: String },
    #[error("the blackout ends before it starts")]
    Reversed,
    #[error("a blackout covers at most {days} days")]
    TooLong { days: i64 },
    #[error("a blackout needs a reason")]
    ReasonMissing,
    #[error("a reason of at most {max} characters")]
    ReasonTooLong { max: usize },
}

impl Localized for BlackoutError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::RoleMissing { .. } => "error-blackout-role",
            Self::Reversed => "error-blackout-reversed",
            Self::TooLong { .. } => "error-blackout-too-long",
            Self::ReasonMissing => "error-blackout-reason-missing",
            Self::ReasonTooLong { .. } => "error-blackout-reason-too-long",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::RoleMissing { mission } => vec![("mission", mission.as_str().into())],
            Self::TooLong { days } => vec![("days", (*days).into())],
            Self::ReasonTooLong { max } => vec![("max", i64::try_from(*max).unwrap_or(i64::MAX).into())],
            Self::Reversed | Self::ReasonMissing => Vec::new(),
        }
    }
}

/// Whether `actor` may mark or lift `mission`'s blackouts: its supervisors
/// and administrators, who answer for what it says on a day of mourning.
pub fn may_change(actor: &User, mission: &MissionCode) -> Result<(), BlackoutError> {
    if actor.has_role(mission, Role::Supervisor) || actor.has_role(mission, Role::Admin) {
        Ok(())
    } else {
        Err(BlackoutError::RoleMissing { mission: mission.to_string() })
    }
}

impl Blackout {
    /// The mission's local days `from..=to` (in `zone`, whose clock says
    /// where each day starts and ends, summer time included), marked by
    /// `actor` for `reason`.
    pub fn mark(
        actor: &User,
        mission: MissionCode,
        zone: Tz,
        (from, to): (NaiveDate, NaiveDate),
        reason: &str,
    ) -> Result<Self, BlackoutError> {
        may_change(actor, &mission)?;
        let (start, end) = local_days_to_utc(zone, from, to).map_err(|_| BlackoutError::Reversed)?;
        if (to - from).num_days() + 1 > MAX_DAYS {
            return Err(BlackoutError::TooLong { days: MAX_DAYS });
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(BlackoutError::ReasonMissing);
        }
        if reason.chars().count() > MAX_REASON_CHARS {
            return Err(BlackoutError::ReasonTooLong { max: MAX_REASON_CHARS });
        }
        Ok(Self { mission, start, end, reason: reason.to_owned() })
    }

    /// The local days it covers in `zone`: its first and its last.
    pub fn local_days(&self, zone: Tz) -> (NaiveDate, NaiveDate) {
        let last = self.end - chrono::Duration::seconds(1);
        (self.start.with_timezone(&zone).date_naive(), last.with_timezone(&zone).date_naive())
    }
}

#[cfg(test)]
mod tests {
    use chrono_tz::Europe;
    use proptest::prelude::*;

    use super::*;
    use crate::user::UserName;

    fn paris() -> MissionCode {
        MissionCode::parse("DZ-FR-PAR").expect("code")
    }

    fn person(role: Role) -> User {
        let mut user = User::new(UserName::parse("samir").expect("name"), "Samir");
        user.grant(paris(), role);
        user
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).expect("time").with_timezone(&Utc)
    }

    #[test]
    fn a_supervisor_marks_whole_local_days_across_the_change_to_winter_time() {
        // Paris goes back an hour in the night of 24 to 25 October 2026.
        let marked = Blackout::mark(
            &person(Role::Supervisor),
            paris(),
            Europe::Paris,
            (day("2026-10-24"), day("2026-10-26")),
            "  حداد وطني  ",
        )
        .expect("marked");
        assert_eq!(marked.start, utc("2026-10-23T22:00:00Z"));
        assert_eq!(marked.end, utc("2026-10-26T23:00:00Z"));
        assert_eq!(marked.reason, "حداد وطني");
        assert_eq!(marked.local_days(Europe::Paris), (day("2026-10-24"), day("2026-10-26")));
        let admin =
            Blackout::mark(&person(Role::Admin), paris(), Europe::Paris, (day("2026-10-24"), day("2026-10-24")), "x");
        assert!(admin.is_ok());
    }

    #[test]
    fn drafters_translators_and_other_missions_are_refused() {
        for role in [Role::Drafter, Role::Translator] {
            let refused =
                Blackout::mark(&person(role), paris(), Europe::Paris, (day("2026-10-24"), day("2026-10-24")), "x");
            assert_eq!(refused, Err(BlackoutError::RoleMissing { mission: "DZ-FR-PAR".into() }));
        }
        let beijing = MissionCode::parse("DZ-CN-PEK").expect("code");
        assert!(may_change(&person(Role::Supervisor), &beijing).is_err());
        assert!(may_change(&person(Role::Supervisor), &paris()).is_ok());
    }

    #[test]
    fn a_reversed_or_overlong_span_and_a_missing_or_overlong_reason_are_refused() {
        let mark = |from: &str, to: &str, reason: &str| {
            Blackout::mark(&person(Role::Supervisor), paris(), Europe::Paris, (day(from), day(to)), reason)
        };
        assert_eq!(mark("2026-10-24", "2026-10-23", "x"), Err(BlackoutError::Reversed));
        assert!(mark("2026-10-01", "2026-11-29", "x").is_ok(), "sixty days");
        assert_eq!(mark("2026-10-01", "2026-11-30", "x"), Err(BlackoutError::TooLong { days: MAX_DAYS }));
        assert_eq!(mark("2026-10-24", "2026-10-24", " \n "), Err(BlackoutError::ReasonMissing));
        let long = "ح".repeat(MAX_REASON_CHARS + 1);
        assert_eq!(
            mark("2026-10-24", "2026-10-24", &long),
            Err(BlackoutError::ReasonTooLong { max: MAX_REASON_CHARS })
        );
        assert!(mark("2026-10-24", "2026-10-24", &long[2..]).is_ok(), "at the limit");
    }

    proptest! {
        /// Whatever the days and the zone's clock changes, the blackout
        /// covers exactly the local days asked for.
        #[test]
        fn the_days_marked_are_the_days_covered(offset in 0i64..3650, length in 0i64..MAX_DAYS) {
            let from = day("2025-01-01") + chrono::Duration::days(offset);
            let to = from + chrono::Duration::days(length);
            for zone in [Europe::Paris, chrono_tz::America::Santiago, chrono_tz::Asia::Riyadh] {
                let marked = Blackout::mark(&person(Role::Supervisor), paris(), zone, (from, to), "x").expect("marked");
                prop_assert_eq!(marked.local_days(zone), (from, to));
                prop_assert!(marked.start < marked.end);
            }
        }
    }
}
