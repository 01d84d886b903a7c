//! The world's calendar around the plan (#14): dates in the Hijri calendar
//! as Saudi Arabia's Umm al-Qura calendar has them (ICU4X's `icu_calendar`,
//! which carries the official month starts; no hand-made table here), and
//! the Islamic observances a mission plans around, for any span of days.

use chrono::{Datelike, NaiveDate};
use icu_calendar::cal::{Hijri, Iso};
use icu_calendar::Date;

use crate::post::Category;
use crate::vocabulary::vocabulary;

/// A day in the Hijri calendar (Umm al-Qura): year, month 1–12, day 1–30.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct HijriDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// `date` in the Umm al-Qura calendar; `None` far outside the years it covers.
pub fn to_hijri(date: NaiveDate) -> Option<HijriDate> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    let iso = Date::try_new_iso(date.year(), month, day).ok()?;
    let hijri = iso.to_calendar(Hijri::new_umm_al_qura());
    Some(HijriDate { year: hijri.year().extended_year(), month: hijri.month().ordinal, day: hijri.day_of_month().0 })
}

/// The Gregorian day of a Hijri one; `None` for a day the month lacks.
pub fn from_hijri(date: HijriDate) -> Option<NaiveDate> {
    let hijri = Date::try_new_hijri_with_calendar(date.year, date.month, date.day, Hijri::new_umm_al_qura()).ok()?;
    let iso = hijri.to_calendar(Iso);
    NaiveDate::from_ymd_opt(iso.year().extended_year(), u32::from(iso.month().ordinal), u32::from(iso.day_of_month().0))
}

vocabulary! {
    /// The layers of the world's calendar behind a mission's plan, each
    /// shown or hidden on its own.
    pub enum Layer {
        /// Islamic observances (Umm al-Qura).
        Religious => "religious",
        /// The host country's public holidays.
        Host => "host",
        /// The ministry's home country's public holidays.
        Home => "home",
        /// The ministry's own list of days.
        Ministry => "ministry",
    }
}

vocabulary! {
    /// The Islamic observances a mission of the ministry plans around, each
    /// on a fixed day of the Hijri year.
    pub enum IslamicObservance {
        IslamicNewYear => "islamic-new-year",
        Ashura => "ashura",
        Mawlid => "mawlid",
        RamadanStart => "ramadan-start",
        EidAlFitr => "eid-al-fitr",
        DayOfArafah => "day-of-arafah",
        EidAlAdha => "eid-al-adha",
    }
}

impl IslamicObservance {
    /// Its day of the Hijri year: month and day.
    pub fn hijri_day(self) -> (u8, u8) {
        match self {
            Self::IslamicNewYear => (1, 1),
            Self::Ashura => (1, 10),
            Self::Mawlid => (3, 12),
            Self::RamadanStart => (9, 1),
            Self::EidAlFitr => (10, 1),
            Self::DayOfArafah => (12, 9),
            Self::EidAlAdha => (12, 10),
        }
    }

    /// A feast (greetings are in order), rather than a day of fasting or remembrance.
    pub fn is_feast(self) -> bool {
        matches!(self, Self::EidAlFitr | Self::EidAlAdha | Self::Mawlid | Self::IslamicNewYear)
    }
}

/// Whether a post of `category` is routine on a country's national day (a
/// warning): anything but a national occasion, protocol or a crisis
/// message. Greetings on the day are what the day is for.
pub fn routine_on_national_day(category: Category, crisis_priority: bool) -> bool {
    !crisis_priority && !matches!(category, Category::NationalOccasion | Category::Protocol | Category::Crisis)
}

/// The Islamic observances from `from` to `to`, both included, in order of day.
pub fn islamic_observances(from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, IslamicObservance)> {
    let (Some(first), Some(last)) = (to_hijri(from), to_hijri(to)) else { return Vec::new() };
    let mut found = Vec::new();
    for year in first.year..=last.year {
        for observance in IslamicObservance::ALL {
            let (month, day) = observance.hijri_day();
            if let Some(date) = from_hijri(HijriDate { year, month, day }) {
                if (from..=to).contains(&date) {
                    found.push((date, observance));
                }
            }
        }
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
    }

    /// Ramadan's first day and Eid al-Fitr as Saudi Arabia's Umm al-Qura
    /// calendar announced them for 1445, 1446 and 1447.
    #[test]
    fn ramadan_and_eid_al_fitr_fall_where_umm_al_qura_puts_them_three_years_running() {
        for (year, ramadan, eid) in
            [(1445, "2024-03-11", "2024-04-10"), (1446, "2025-03-01", "2025-03-30"), (1447, "2026-02-18", "2026-03-20")]
        {
            assert_eq!(from_hijri(HijriDate { year, month: 9, day: 1 }), Some(day(ramadan)), "1 Ramadan {year}");
            assert_eq!(from_hijri(HijriDate { year, month: 10, day: 1 }), Some(day(eid)), "1 Shawwal {year}");
            let found = islamic_observances(day(ramadan), day(eid));
            assert_eq!(found.first(), Some(&(day(ramadan), IslamicObservance::RamadanStart)));
            assert_eq!(found.last(), Some(&(day(eid), IslamicObservance::EidAlFitr)));
        }
    }

    #[test]
    fn a_day_and_its_hijri_date_convert_both_ways() {
        // 1 Muharram 1448 in Umm al-Qura.
        let new_year = day("2026-06-16");
        assert_eq!(to_hijri(new_year), Some(HijriDate { year: 1448, month: 1, day: 1 }));
        let mut date = day("2026-01-01");
        while date < day("2028-01-01") {
            let hijri = to_hijri(date).expect("in range");
            assert_eq!(from_hijri(hijri), Some(date), "{date} → {hijri:?}");
            date = date.succ_opt().expect("next");
        }
        assert_eq!(from_hijri(HijriDate { year: 1447, month: 13, day: 1 }), None, "no thirteenth month");
    }

    #[test]
    fn only_a_routine_post_is_out_of_place_on_a_national_day() {
        for category in Category::ALL {
            let expected = !matches!(category, Category::NationalOccasion | Category::Protocol | Category::Crisis);
            assert_eq!(routine_on_national_day(category, false), expected, "{category:?}");
            assert!(!routine_on_national_day(category, true), "a crisis message is never routine");
        }
    }

    #[test]
    fn a_year_of_observances_comes_in_order_each_once() {
        let found = islamic_observances(day("2026-01-01"), day("2026-12-31"));
        let names: Vec<&str> = found.iter().map(|(_, o)| o.as_str()).collect();
        assert_eq!(
            names,
            ["ramadan-start", "eid-al-fitr", "day-of-arafah", "eid-al-adha", "islamic-new-year", "ashura", "mawlid"]
        );
        assert!(found.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(IslamicObservance::EidAlAdha.is_feast() && !IslamicObservance::RamadanStart.is_feast());
    }
}
