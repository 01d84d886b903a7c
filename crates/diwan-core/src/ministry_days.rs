//! The ministry's own list of days (#14): the international days it marks
//! (World Press Freedom Day, Women's Day, the UN's days), anniversaries of
//! relations, and days of mourning. Administrators keep the list (CSV in
//! and out); the calendar shows it as a layer of its own.

use chrono::{Datelike, NaiveDate};

use crate::message::{Localized, MessageArg};
use crate::vocabulary::vocabulary;

/// The longest name a day may have, in each language.
pub const MAX_NAME_CHARS: usize = 200;

vocabulary! {
    /// What kind of day the ministry marks.
    pub enum MinistryDayKind {
        International => "international",
        Anniversary => "anniversary",
        Mourning => "mourning",
    }
}

/// One day of the ministry's list: every year on its month and day, or
/// once, in `year`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinistryDay {
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
    pub kind: MinistryDayKind,
    pub ar: String,
    pub fr: String,
    pub en: String,
}

/// Why a day of the list cannot be kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MinistryDayError {
    #[error("{date} is no day of the calendar")]
    DateInvalid { date: String },
    #[error("{kind} is no kind of day")]
    KindUnknown { kind: String },
    #[error("a day needs a name in at least one language")]
    NameMissing,
    #[error("a name of at most {max} characters")]
    NameTooLong { max: usize },
}

impl Localized for MinistryDayError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::DateInvalid { .. } => "error-ministry-day-date",
            Self::KindUnknown { .. } => "error-ministry-day-kind",
            Self::NameMissing => "error-ministry-day-name-missing",
            Self::NameTooLong { .. } => "error-ministry-day-name-too-long",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::DateInvalid { date } => vec![("date", date.as_str().into())],
            Self::KindUnknown { kind } => vec![("kind", kind.as_str().into())],
            Self::NameMissing => Vec::new(),
            Self::NameTooLong { max } => vec![("max", i64::try_from(*max).unwrap_or(i64::MAX).into())],
        }
    }
}

impl MinistryDay {
    /// A day as typed: `date` is `MM-DD` (every year) or `YYYY-MM-DD`
    /// (once); names trimmed, at least one given.
    pub fn parse(date: &str, kind: &str, [ar, fr, en]: [&str; 3]) -> Result<Self, MinistryDayError> {
        let date = date.trim();
        let invalid = || MinistryDayError::DateInvalid { date: date.to_owned() };
        let (year, month_day) = match date.len() {
            5 => (None, date),
            10 => (Some(date[..4].parse::<i32>().map_err(|_| invalid())?), date.get(5..).ok_or_else(invalid)?),
            _ => return Err(invalid()),
        };
        let (month, day) = month_day.split_once('-').ok_or_else(invalid)?;
        let (month, day) = (month.parse::<u32>().map_err(|_| invalid())?, day.parse::<u32>().map_err(|_| invalid())?);
        // Every year: a day some year has (29 February too, in leap years).
        if NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day).is_none() {
            return Err(invalid());
        }
        let kind = MinistryDayKind::from_name(kind.trim())
            .ok_or_else(|| MinistryDayError::KindUnknown { kind: kind.to_owned() })?;
        let [ar, fr, en] = [ar, fr, en].map(|n| n.trim().to_owned());
        if ar.is_empty() && fr.is_empty() && en.is_empty() {
            return Err(MinistryDayError::NameMissing);
        }
        if [&ar, &fr, &en].iter().any(|n| n.chars().count() > MAX_NAME_CHARS) {
            return Err(MinistryDayError::NameTooLong { max: MAX_NAME_CHARS });
        }
        Ok(Self { month, day, year, kind, ar, fr, en })
    }

    /// How the list writes its date: `MM-DD`, or `YYYY-MM-DD` for a day once.
    pub fn date_text(&self) -> String {
        match self.year {
            Some(year) => format!("{year:04}-{:02}-{:02}", self.month, self.day),
            None => format!("{:02}-{:02}", self.month, self.day),
        }
    }

    /// The days from `from` to `to` it falls on (a 29 February only in leap years).
    pub fn dates_in(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let years = match self.year {
            Some(year) => year..=year,
            None => from.year()..=to.year(),
        };
        years
            .filter_map(|year| NaiveDate::from_ymd_opt(year, self.month, self.day))
            .filter(|date| (from..=to).contains(date))
            .collect()
    }

    /// Whether a post of `crisis_priority` on `date` falls on this day as a
    /// day of mourning (a warning): any post but a crisis message.
    pub fn mourns(&self, date: NaiveDate, crisis_priority: bool) -> bool {
        self.kind == MinistryDayKind::Mourning && !crisis_priority && !self.dates_in(date, date).is_empty()
    }

    /// Its name in `language` (`ar`, `fr` or `en`), else the first it has.
    pub fn name(&self, language: &str) -> &str {
        let wanted = match language {
            "ar" => &self.ar,
            "fr" => &self.fr,
            _ => &self.en,
        };
        [wanted, &self.en, &self.fr, &self.ar].into_iter().find(|n| !n.is_empty()).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
    }

    #[test]
    fn a_yearly_day_falls_each_year_and_a_day_once_only_in_its_year() {
        let press = MinistryDay::parse(
            "05-03",
            "international",
            ["اليوم العالمي لحرية الصحافة", "", "World Press Freedom Day"],
        )
        .expect("a day");
        assert_eq!(press.dates_in(day("2026-01-01"), day("2027-12-31")), [day("2026-05-03"), day("2027-05-03")]);
        assert_eq!((press.date_text(), press.name("fr")), ("05-03".to_owned(), "World Press Freedom Day"));
        let once = MinistryDay::parse("2026-10-14", "anniversary", ["", "60 ans de relations", ""]).expect("once");
        assert_eq!(once.dates_in(day("2026-01-01"), day("2030-12-31")), [day("2026-10-14")]);
        let leap = MinistryDay::parse("02-29", "mourning", ["", "", "Day of remembrance"]).expect("leap day");
        assert_eq!(leap.dates_in(day("2026-01-01"), day("2028-12-31")), [day("2028-02-29")]);
    }

    #[test]
    fn a_post_on_a_day_of_mourning_is_out_of_place_unless_it_is_a_crisis_message() {
        let mourning = MinistryDay::parse("11-11", "mourning", ["", "", "Day of mourning"]).expect("a day");
        assert!(mourning.mourns(day("2026-11-11"), false));
        assert!(!mourning.mourns(day("2026-11-11"), true), "a crisis message goes out");
        assert!(!mourning.mourns(day("2026-11-12"), false));
        let press = MinistryDay::parse("05-03", "international", ["", "", "Press"]).expect("a day");
        assert!(!press.mourns(day("2026-05-03"), false), "not a day of mourning");
    }

    #[test]
    fn an_impossible_date_an_unknown_kind_or_no_name_is_refused() {
        let names = ["", "", "A day"];
        for date in ["02-30", "13-01", "2026-02-29", "5-3", "2026/05/03", ""] {
            assert_eq!(
                MinistryDay::parse(date, "international", names),
                Err(MinistryDayError::DateInvalid { date: date.to_owned() }),
                "{date}"
            );
        }
        assert_eq!(
            MinistryDay::parse("05-03", "holiday", names),
            Err(MinistryDayError::KindUnknown { kind: "holiday".into() })
        );
        assert_eq!(MinistryDay::parse("05-03", "international", [" ", "", ""]), Err(MinistryDayError::NameMissing));
        let long = "م".repeat(MAX_NAME_CHARS + 1);
        assert!(matches!(
            MinistryDay::parse("05-03", "international", [&long, "", ""]),
            Err(MinistryDayError::NameTooLong { .. })
        ));
    }
}
