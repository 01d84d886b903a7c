//! The world's calendar around a mission's plan (#14): the Islamic
//! observances (Umm al-Qura), the host country's public holidays and the
//! ministry's home country's, each a layer of the calendar. The days and
//! names are the core's (`diwan_core::observance`, `diwan_core::holidays`).

use chrono::NaiveDate;
use diwan_core::audit::AuditAction;
use diwan_core::calendar::{self, TimeError};
use diwan_core::holidays::{self, Holiday};
use diwan_core::ministry_days::MinistryDay;
use diwan_core::observance::{self, HijriDate, Layer};
use diwan_core::post::Category;
use diwan_core::CountryCode;
use diwan_core::MissionCode;

use crate::dto::{HijriDayDto, MinistryDayDto, NamesDto, ObservanceDto, ObservancesDto, WarningDto};
use crate::exchange::ministry_days_csv;
use crate::{ApiError, Diwan};

/// The setting that holds the ministry's home country (ISO 3166-1 alpha-2).
const HOME_COUNTRY: &str = "home-country";

/// The longest span asked at once: a year and a little, as a calendar shows.
const MAX_DAYS: i64 = 400;

fn hijri(date: NaiveDate) -> String {
    observance::to_hijri(date)
        .map_or_else(String::new, |HijriDate { year, month, day }| format!("{year:04}-{month:02}-{day:02}"))
}

/// A holiday's names, as the data has them.
fn holiday_names(h: &Holiday) -> NamesDto {
    NamesDto { ar: h.ar.to_owned(), fr: h.fr.to_owned(), en: h.en.to_owned() }
}

/// A listed day's names, each language falling back to the first name it has.
fn listed_names(day: &MinistryDay) -> NamesDto {
    NamesDto { ar: day.name("ar").to_owned(), fr: day.name("fr").to_owned(), en: day.name("en").to_owned() }
}

fn holiday(layer: Layer, country: &CountryCode, h: Holiday) -> ObservanceDto {
    ObservanceDto {
        date: h.date.to_string(),
        layer: layer.as_str().to_owned(),
        key: None,
        names: Some(holiday_names(&h)),
        national: h.national,
        country: Some(country.as_str().to_owned()),
        hijri: hijri(h.date),
        kind: None,
    }
}

/// The warning for a post of `category` on local day `day` when that is a
/// national day of `host` and the post is routine there (the core's rule).
pub(crate) fn national_day_warning(
    host: &CountryCode,
    day: NaiveDate,
    category: Category,
    crisis_priority: bool,
) -> Option<WarningDto> {
    if !observance::routine_on_national_day(category, crisis_priority) {
        return None;
    }
    let national = holidays::holidays(host, day, day).into_iter().find(|h| h.national)?;
    Some(WarningDto::NationalDay { country: host.as_str().to_owned(), names: holiday_names(&national) })
}

/// Each day from `from` to `to` in the Hijri calendar; none over more than
/// [`MAX_DAYS`] (or a reversed span).
pub(crate) fn hijri_days(from: NaiveDate, to: NaiveDate) -> Vec<HijriDayDto> {
    if to < from || (to - from).num_days() > MAX_DAYS {
        return Vec::new();
    }
    from.iter_days()
        .take_while(|d| *d <= to)
        .filter_map(|date| {
            observance::to_hijri(date).map(|h| HijriDayDto {
                date: date.to_string(),
                year: h.year,
                month: h.month,
                day: h.day,
            })
        })
        .collect()
}

/// The warning for a post on local day `day` when the ministry's list
/// mourns then (the core's rule).
pub(crate) fn mourning_warning(days: &[MinistryDay], day: NaiveDate, crisis_priority: bool) -> Option<WarningDto> {
    let mourning = days.iter().find(|d| d.mourns(day, crisis_priority))?;
    Some(WarningDto::MourningDay { names: listed_names(mourning) })
}

impl Diwan {
    /// The observances on `mission`'s days `from..=to` (`YYYY-MM-DD`), in
    /// order of day: religious, then the host's holidays, then the home
    /// country's, on each day.
    pub fn observances(&self, mission: &str, from: &str, to: &str) -> Result<ObservancesDto, ApiError> {
        let code = MissionCode::parse(mission)?;
        let found =
            self.store.read().mission(&code)?.ok_or_else(|| ApiError::MissionNotFound { code: mission.to_owned() })?;
        let (from, to) = (calendar::parse_date(from)?, calendar::parse_date(to)?);
        if to < from {
            return Err(TimeError::RangeReversed.into());
        }
        if (to - from).num_days() > MAX_DAYS {
            return Err(ApiError::SpanTooLong { days: MAX_DAYS });
        }
        let home = self.home_country()?;
        let mut observances: Vec<ObservanceDto> = observance::islamic_observances(from, to)
            .into_iter()
            .map(|(date, which)| ObservanceDto {
                date: date.to_string(),
                layer: Layer::Religious.as_str().to_owned(),
                key: Some(which.as_str().to_owned()),
                names: None,
                national: false,
                country: None,
                hijri: hijri(date),
                kind: None,
            })
            .collect();
        let host = found.host_country;
        observances.extend(holidays::holidays(&host, from, to).into_iter().map(|h| holiday(Layer::Host, &host, h)));
        if let Some(home) = home.as_ref().and_then(|c| CountryCode::parse(c)) {
            observances.extend(holidays::holidays(&home, from, to).into_iter().map(|h| holiday(Layer::Home, &home, h)));
        }
        for listed in self.store.read().ministry_days()? {
            for date in listed.dates_in(from, to) {
                observances.push(ObservanceDto {
                    date: date.to_string(),
                    layer: Layer::Ministry.as_str().to_owned(),
                    key: None,
                    names: Some(listed_names(&listed)),
                    national: false,
                    country: None,
                    hijri: hijri(date),
                    kind: Some(listed.kind.as_str().to_owned()),
                });
            }
        }
        // Stable: within a day, the layers keep the order above.
        observances.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(ObservancesDto {
            mission: code.to_string(),
            host_country: host.as_str().to_owned(),
            home_country: home,
            observances,
        })
    }

    /// The ministry's own list of days as CSV (`exchange::ministry_days_csv`).
    pub fn export_ministry_days_csv(&self) -> Result<String, ApiError> {
        Ok(ministry_days_csv::write(&self.store.read().ministry_days()?))
    }

    /// Saves [`Diwan::export_ministry_days_csv`] at `path` (a `.csv`).
    pub fn save_ministry_days(&self, path: &str) -> Result<(), ApiError> {
        crate::schedule::save_text(path, "csv", &self.export_ministry_days_csv()?)
    }

    /// The ministry's own list of days, in order of month and day.
    pub fn ministry_days(&self) -> Result<Vec<MinistryDayDto>, ApiError> {
        Ok(self
            .store
            .read()
            .ministry_days()?
            .iter()
            .map(|d| MinistryDayDto { date: d.date_text(), kind: d.kind.as_str().to_owned(), names: listed_names(d) })
            .collect())
    }

    /// Replaces the ministry's list of days with the CSV `text` (an
    /// administrator at any mission); every row is checked first, a bad one
    /// named by its line, and nothing changes then. Returns how many days.
    pub fn import_ministry_days_csv(&mut self, actor: &str, text: &str) -> Result<u32, ApiError> {
        let actor = self.user(actor)?;
        if !actor.administers_any() {
            return Err(diwan_core::sign_in::SignInError::NotAdministrator.into());
        }
        let days = ministry_days_csv::read(text)?;
        let now = self.now();
        let count = u32::try_from(days.len()).unwrap_or(u32::MAX);
        self.store.write(|w| {
            w.replace_ministry_days(&days)?;
            w.append_audit(
                diwan_core::audit::NewAuditEvent::new(
                    now,
                    actor.name.to_string(),
                    AuditAction::MinistryDaysImported,
                    "ministry-days".to_owned(),
                )
                .with_detail(format!("{count} days")),
            )?;
            Ok::<_, ApiError>(())
        })?;
        Ok(count)
    }

    /// One day's date in the Hijri calendar (Umm al-Qura), for the
    /// composer's date field.
    pub fn hijri_date(&self, date: &str) -> Result<HijriDayDto, ApiError> {
        let day = calendar::parse_date(date)?;
        hijri_days(day, day).pop().ok_or_else(|| TimeError::Unparsable { input: date.to_owned() }.into())
    }

    /// The ministry's home country, once an administrator has set it.
    pub fn home_country(&self) -> Result<Option<String>, ApiError> {
        Ok(self.store.read().setting(HOME_COUNTRY)?)
    }

    /// Sets the ministry's home country (an administrator at any mission); audited.
    pub fn set_home_country(&mut self, actor: &str, country: &str) -> Result<(), ApiError> {
        let code = CountryCode::parse(country.trim())
            .ok_or_else(|| diwan_core::ValidationError::CountryUnknown { country: country.to_owned() })?;
        self.set_admin_setting(actor, HOME_COUNTRY, code.as_str(), AuditAction::HomeCountrySet)
    }
}

#[cfg(test)]
mod tests {
    use crate::testing;

    #[test]
    fn a_missions_days_show_islamic_observances_its_hosts_holidays_and_the_home_countrys() {
        let mut diwan = testing::demo();
        // Paris, July 2026: Ashura is 25 June; Bastille Day and Algeria's
        // Independence Day fall in the span.
        let before = diwan.observances("DZ-FR-PAR", "2026-07-01", "2026-07-31").expect("observances");
        assert_eq!(before.host_country, "FR");
        let host: Vec<(&str, bool)> =
            before.observances.iter().filter(|o| o.layer == "host").map(|o| (o.date.as_str(), o.national)).collect();
        assert_eq!(host, [("2026-07-14", true)]);
        assert_eq!(before.home_country, None);
        assert!(before.observances.iter().all(|o| o.layer != "home"), "no home layer before it is set");

        // The home country, set by an administrator, adds its layer.
        assert!(diwan.set_home_country("karim", "DZ").is_err(), "a drafter may not");
        assert!(diwan.set_home_country("amina", "XX").is_err(), "not a country");
        diwan.set_home_country("amina", "DZ").expect("an administrator sets it");
        let after = diwan.observances("DZ-FR-PAR", "2026-07-01", "2026-07-31").expect("observances");
        let home: Vec<&str> = after.observances.iter().filter(|o| o.layer == "home").map(|o| o.date.as_str()).collect();
        assert_eq!(home, ["2026-07-05"]);
        assert_eq!(
            after.observances.iter().find(|o| o.date == "2026-07-05").map(|o| o.hijri.as_str()),
            Some("1448-01-20")
        );

        // Ramadan and Eid al-Fitr 1447 on Paris's calendar.
        let spring = diwan.observances("DZ-FR-PAR", "2026-02-01", "2026-03-31").expect("observances");
        let religious: Vec<(&str, &str)> =
            spring.observances.iter().filter_map(|o| o.key.as_deref().map(|k| (o.date.as_str(), k))).collect();
        assert_eq!(religious, [("2026-02-18", "ramadan-start"), ("2026-03-20", "eid-al-fitr")]);

        assert!(diwan.observances("DZ-FR-PAR", "2026-03-31", "2026-02-01").is_err(), "reversed");
        assert!(diwan.observances("XX-XX-XXX", "2026-03-01", "2026-03-31").is_err(), "no such mission");
    }

    /// The posts of Paris's calendar from `from` to `to` that carry a warning `kind` names.
    fn flagged(diwan: &crate::Diwan, from: &str, to: &str, kind: fn(&crate::dto::WarningDto) -> bool) -> Vec<i64> {
        let request = crate::dto::CalendarRequestDto {
            mission: Some("DZ-FR-PAR".into()),
            from: from.into(),
            to: to.into(),
            ..Default::default()
        };
        let calendar = diwan.calendar(&request).expect("calendar");
        calendar.warnings.iter().filter(|w| kind(&w.warning)).map(|w| w.post).collect()
    }

    #[test]
    fn a_routine_post_on_the_host_countrys_national_day_is_flagged_in_the_composer_and_the_calendar() {
        let mut diwan = testing::demo();
        let culture = testing::submitted(&mut diwan, "2026-07-14", "أمسية ثقافية في باريس");
        let national_day = |warnings: &[crate::dto::WarningDto]| {
            warnings.iter().find_map(|w| match w {
                crate::dto::WarningDto::NationalDay { country, names } => Some((country.clone(), names.en.clone())),
                _ => None,
            })
        };
        let post = diwan.post(culture).expect("post");
        assert_eq!(national_day(&post.warnings), Some(("FR".to_owned(), "Bastille Day".to_owned())));
        // The day before is no national day; a greeting on the day is what it is for.
        let eve = testing::submitted(&mut diwan, "2026-07-13", "أمسية ثقافية في باريس");
        assert_eq!(national_day(&diwan.post(eve).expect("post").warnings), None);
        let greeting = crate::dto::NewPostDto {
            source_language: "fr".into(),
            ..testing::paris_post("national-occasion", "2026-07-14 09:00", "Bonne fête nationale à nos amis français !")
        };
        let greeting = diwan.create_post("karim", greeting).expect("a greeting");
        assert_eq!(national_day(&greeting.warnings), None);
        let national = |w: &crate::dto::WarningDto| matches!(w, crate::dto::WarningDto::NationalDay { .. });
        assert_eq!(flagged(&diwan, "2026-07-13", "2026-07-14", national), [culture]);
    }

    /// Paris keeps summer time in July (UTC+2): the national day runs from
    /// 22:00 UTC on the 13th to 22:00 UTC on the 14th, and only the
    /// mission's own clock says which posts fall on it.
    #[test]
    fn the_national_day_is_the_missions_local_day_in_summer_time() {
        let mut diwan = testing::demo();
        let mut culture_at = |local_time: &str| {
            let input = testing::paris_post("culture", local_time, &format!("أمسية ثقافية في باريس {local_time}"));
            diwan.create_post("karim", input).expect("post").id
        };
        // 22:30 UTC on the 13th; 23:30 UTC on the 14th; 21:30 UTC on the 13th.
        let first_hour = culture_at("2026-07-14 00:30");
        let next_day = culture_at("2026-07-15 01:30");
        let eve = culture_at("2026-07-13 23:30");
        let national = |w: &crate::dto::WarningDto| matches!(w, crate::dto::WarningDto::NationalDay { .. });
        let in_composer = |diwan: &crate::Diwan, id: i64| diwan.post(id).expect("post").warnings.iter().any(national);
        assert!(in_composer(&diwan, first_hour), "00:30 on the 14th in Paris is the national day");
        assert!(!in_composer(&diwan, next_day), "01:30 on the 15th in Paris is not, though UTC still says the 14th");
        assert!(!in_composer(&diwan, eve), "23:30 on the 13th in Paris is not");
        assert_eq!(flagged(&diwan, "2026-07-13", "2026-07-15", national), [first_hour]);
    }

    #[test]
    fn administrators_replace_the_ministrys_list_of_days_whole_and_a_bad_file_changes_nothing() {
        let mut diwan = testing::demo();
        let csv = "date,kind,ar,fr,en\n07-18,international,اليوم الدولي لنيلسون مانديلا,Journée internationale Nelson Mandela,Nelson Mandela International Day\n2026-07-21,mourning,حداد,,\n";
        assert!(diwan.import_ministry_days_csv("karim", csv).is_err(), "a drafter may not");
        assert_eq!(diwan.import_ministry_days_csv("amina", csv).expect("imported"), 2);
        let july = diwan.observances("DZ-FR-PAR", "2026-07-01", "2026-07-31").expect("observances");
        let listed: Vec<(&str, Option<&str>, &str)> = july
            .observances
            .iter()
            .filter(|o| o.layer == "ministry")
            .map(|o| (o.date.as_str(), o.kind.as_deref(), o.names.as_ref().map_or("", |n| n.fr.as_str())))
            .collect();
        // A name missing in a language shows the first one given.
        assert_eq!(
            listed,
            [
                ("2026-07-18", Some("international"), "Journée internationale Nelson Mandela"),
                ("2026-07-21", Some("mourning"), "حداد")
            ]
        );
        let exported = diwan.export_ministry_days_csv().expect("export");
        // A bad row (line 3) is named, and the list stays as it was.
        let bad = "date,kind,ar,fr,en\n05-03,international,,,Press\n02-30,international,,,Nowhere\n";
        let refused = diwan.import_ministry_days_csv("amina", bad).expect_err("refused");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-import-record-invalid");
        assert_eq!(diwan.export_ministry_days_csv().expect("export"), exported);
        assert_eq!(diwan.import_ministry_days_csv("amina", &exported).expect("round trip"), 2);
        assert_eq!(diwan.export_ministry_days_csv().expect("export"), exported);

        // A post on the day of mourning is warned about, in the composer and on the calendar.
        let post = testing::submitted(&mut diwan, "2026-07-21", "أمسية ثقافية");
        let mourning = |warnings: &[crate::dto::WarningDto]| {
            warnings.iter().any(|w| matches!(w, crate::dto::WarningDto::MourningDay { names } if names.ar == "حداد"))
        };
        assert!(mourning(&diwan.post(post).expect("post").warnings));
        let mourning_day = |w: &crate::dto::WarningDto| matches!(w, crate::dto::WarningDto::MourningDay { .. });
        assert_eq!(flagged(&diwan, "2026-07-20", "2026-07-22", mourning_day), [post]);
    }

    #[test]
    fn every_observance_and_layer_is_named_in_the_three_languages() {
        for locale in [diwan_core::UiLocale::Ar, diwan_core::UiLocale::Fr, diwan_core::UiLocale::En] {
            let localizer = crate::i18n::Localizer::new(locale);
            let keys = diwan_core::observance::IslamicObservance::NAMES.iter().map(|k| format!("observance-{k}"));
            let layers = diwan_core::observance::Layer::NAMES.iter().map(|l| format!("observance-layer-{l}"));
            for id in keys.chain(layers).chain(["observance-national".to_owned()]) {
                assert!(localizer.knows(&id), "{locale:?} lacks {id}");
            }
        }
    }

    #[test]
    fn each_day_of_a_calendar_gets_its_hijri_date_and_a_long_span_none() {
        let day = |text: &str| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("day");
        let days = super::hijri_days(day("2026-07-13"), day("2026-07-14"));
        let found: Vec<(String, i32, u8, u8)> = days.into_iter().map(|d| (d.date, d.year, d.month, d.day)).collect();
        assert_eq!(found, [("2026-07-13".into(), 1448, 1, 28), ("2026-07-14".into(), 1448, 1, 29)]);
        assert!(super::hijri_days(day("2026-01-01"), day("2028-01-01")).is_empty());
        assert!(super::hijri_days(day("2026-07-14"), day("2026-07-13")).is_empty());
    }

    #[test]
    fn a_celebratory_template_used_in_a_crisis_window_is_a_warning_in_the_composer_and_the_calendar() {
        use crate::dto::{NewCrisisDto, NewPostDto, PostEditDto, WarningDto};
        let mut diwan = testing::demo();
        let template = |diwan: &crate::Diwan, category: &str| {
            diwan.templates(Some(category), Some("fr")).expect("templates")[0].clone()
        };
        let greeting = template(&diwan, "national-occasion");
        let advice = template(&diwan, "consular");
        let new = |category: &str, template: Option<i64>, at: &str| NewPostDto {
            source_language: "fr".into(),
            template,
            ..testing::paris_post(category, at, &format!("Texte {at}"))
        };
        let during = diwan
            .create_post("karim", new("national-occasion", Some(greeting.id), "2026-12-10 09:00"))
            .expect("post")
            .id;
        let consular =
            diwan.create_post("karim", new("consular", Some(advice.id), "2026-12-10 10:00")).expect("post").id;
        let typed = diwan.create_post("karim", new("national-occasion", None, "2026-12-10 11:00")).expect("post").id;
        let later = diwan
            .create_post("karim", new("national-occasion", Some(greeting.id), "2026-12-13 09:00"))
            .expect("post")
            .id;
        let clash = |w: &WarningDto| matches!(w, WarningDto::CelebratoryInCrisis { .. });
        let warned =
            |diwan: &crate::Diwan, id: i64| diwan.post(id).expect("post").warnings.into_iter().find(|w| clash(w));
        assert_eq!(warned(&diwan, during), None, "no crisis yet");

        let crisis = NewCrisisDto {
            missions: vec!["DZ-FR-PAR".into()],
            from: "2026-12-09 00:00".into(),
            to: "2026-12-12 00:00".into(),
            reason: "حداد وطني".into(),
        };
        diwan.declare_crisis("samir", &crisis).expect("declared");
        assert_eq!(
            warned(&diwan, during),
            Some(WarningDto::CelebratoryInCrisis {
                template: greeting.name.clone(), reason: "حداد وطني".into()
            })
        );
        for quiet in [consular, typed, later] {
            assert_eq!(warned(&diwan, quiet), None, "post {quiet}: not celebratory, not from a template, or after");
        }
        assert_eq!(flagged(&diwan, "2026-12-09", "2026-12-13", clash), [during]);

        // Text written from the template later, by an edit, counts too.
        let edit = PostEditDto { text: Some("Vœux".into()), template: Some(greeting.id), ..PostEditDto::default() };
        diwan.edit_post("karim", typed, edit).expect("edit");
        assert_eq!(flagged(&diwan, "2026-12-09", "2026-12-13", clash), [during, typed]);
        // A template that does not exist is refused, and the post is not made.
        let on_the_10th = |diwan: &crate::Diwan| {
            let day = crate::dto::CalendarRequestDto {
                mission: Some("DZ-FR-PAR".into()),
                from: "2026-12-10".into(),
                to: "2026-12-10".into(),
                ..Default::default()
            };
            diwan.calendar(&day).expect("calendar").posts.len()
        };
        let before = on_the_10th(&diwan);
        assert!(diwan.create_post("karim", new("culture", Some(999), "2026-12-10 15:00")).is_err());
        assert_eq!(on_the_10th(&diwan), before);
    }
}
