//! Countries' public holidays (#14), read from maintained data: the
//! `date-holidays` package's, written to `data/holidays.tsv` by
//! `scripts/holidays/generate.mjs` (`make holidays-data`) for the years
//! Diwan plans in. A host country's holidays and the home country's are
//! two of the calendar's layers; a national day among them is what a
//! routine post should not fall on.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::country::CountryCode;

static DATA: &str = include_str!("../data/holidays.tsv");

/// The years the data covers: beyond them, no holiday is known.
pub const YEARS: RangeInclusive<i32> = 2025..=2035;

/// One public holiday of a country on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    /// The country's national day (independence, revolution, republic…).
    pub national: bool,
    /// Its name in English, French and Arabic (the country's own name
    /// where the data has none in a language).
    pub en: &'static str,
    pub fr: &'static str,
    pub ar: &'static str,
}

/// Every holiday in the data, by country, each country's in order of day.
fn by_country() -> &'static BTreeMap<&'static str, Vec<Holiday>> {
    static TABLE: OnceLock<BTreeMap<&'static str, Vec<Holiday>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: BTreeMap<&'static str, Vec<Holiday>> = BTreeMap::new();
        for line in DATA.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let fields: Vec<&'static str> = line.split('\t').collect();
            let [country, national, en, fr, ar, days] = fields[..] else { continue };
            let holidays = table.entry(country).or_default();
            for day in days.split(',') {
                if let Ok(date) = NaiveDate::parse_from_str(day, "%Y-%m-%d") {
                    holidays.push(Holiday { date, national: national == "1", en, fr, ar });
                }
            }
        }
        for holidays in table.values_mut() {
            holidays.sort_by_key(|h| h.date);
        }
        table
    })
}

/// `country`'s public holidays from `from` to `to`, both included, in order of day.
pub fn holidays(country: &CountryCode, from: NaiveDate, to: NaiveDate) -> Vec<Holiday> {
    by_country()
        .get(country.as_str())
        .map(|all| all.iter().filter(|h| (from..=to).contains(&h.date)).cloned().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
    }

    fn national(country: &str, year: i32) -> Vec<(NaiveDate, &'static str)> {
        let code = CountryCode::parse(country).expect("code");
        let (from, to) =
            (NaiveDate::from_ymd_opt(year, 1, 1).expect("day"), NaiveDate::from_ymd_opt(year, 12, 31).expect("day"));
        holidays(&code, from, to).into_iter().filter(|h| h.national).map(|h| (h.date, h.en)).collect()
    }

    #[test]
    fn host_and_home_countries_national_days_are_known() {
        assert_eq!(national("FR", 2026), [(day("2026-07-14"), "Bastille Day")]);
        assert_eq!(
            national("DZ", 2027),
            [(day("2027-07-05"), "Independence Day"), (day("2027-11-01"), "Revolution Day")]
        );
        assert_eq!(national("DE", 2030), [(day("2030-10-03"), "National Holiday")]);
        assert_eq!(national("SA", 2026).last(), Some(&(day("2026-09-23"), "National Day")));
    }

    #[test]
    fn a_countrys_holidays_come_in_order_within_the_span_with_names_in_three_languages() {
        let france = CountryCode::parse("FR").expect("code");
        let may = holidays(&france, day("2026-05-01"), day("2026-05-31"));
        let days: Vec<NaiveDate> = may.iter().map(|h| h.date).collect();
        assert_eq!(days, [day("2026-05-01"), day("2026-05-08"), day("2026-05-14"), day("2026-05-25")]);
        assert_eq!((may[0].en, may[0].fr, may[0].ar), ("Labour Day", "Fête du travail", "يوم العمال"));
        // Easter moves: the data knows each year's Monday.
        assert_eq!(holidays(&france, day("2027-03-29"), day("2027-03-29")).len(), 1);
        assert!(holidays(&france, day("2040-07-14"), day("2040-07-14")).is_empty(), "beyond the data's years");
        assert!(YEARS.contains(&2035) && !YEARS.contains(&2036));
    }
}
