//! `diwan demo`: realistic sample data in Arabic, French and English.
//!
//! `small` is the sample missions with a month either side of today, every
//! post taken through the real workflow (so the audit trail is real too).
//! `ministry` is 300 missions × 5 accounts × 10 years, about a million posts
//! with three language variants each, written in one transaction for the
//! benchmarks; its history is one audit event, `demo.generated`, or with
//! `trail` each post's own history too (about ten million events, to
//! measure `diwan verify` at a ministry's scale).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use diwan_core::account::NewAccount;
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::blackout::Blackout;
use diwan_core::calendar::local_to_utc;
use diwan_core::demo::{self, mix, texts};
use diwan_core::platform::Platform;
use diwan_core::post::Category;
use diwan_core::MissionCode;

use crate::{samples, ApiError, Diwan};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Small,
    /// `missions` missions (a ministry has about 300); with `trail`, each
    /// post's history in the audit trail as well.
    Ministry {
        missions: usize,
        trail: bool,
    },
}

/// What a demo run added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DemoReport {
    pub missions: u64,
    pub accounts: u64,
    pub users: u64,
    pub posts: u64,
    pub events: u64,
}

/// The small demo is made over the hours before now (see `demo_small`).
const DEMO_HOURS: i64 = 48;

/// Why the sample translations pass their checks, where one fails.
const DEMO_OVERRIDE: &str = "sample data (diwan demo)";

impl Diwan {
    pub fn demo(&mut self, scale: Scale, progress: &mut dyn FnMut(u64, u64)) -> Result<DemoReport, ApiError> {
        match scale {
            Scale::Small => self.demo_small(progress),
            Scale::Ministry { missions, trail } => self.demo_ministry(missions, trail, progress),
        }
    }

    /// The demo as if made on `day` (at noon UTC): its plan, its workflow
    /// and its trail's times, the same whatever day it is made on (tests
    /// and screenshots compare them). Only sample data is ever made so.
    pub fn demo_on(
        &mut self,
        scale: Scale,
        day: NaiveDate,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<DemoReport, ApiError> {
        self.demo_day = Some(day.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)).and_utc());
        let made = self.demo(scale, progress);
        self.demo_day = None;
        made
    }

    /// The sample missions, their accounts, five people, and a month either
    /// side of today driven through the real workflow.
    ///
    /// It is made as people would have made it over the two days before
    /// now: set up, each post written, translated within the hour and
    /// approved some hours later (so the reports' approval times are not all
    /// 0 h), then scheduled and published now. The clock is the demo's own
    /// while it does, and given back after, whatever happens.
    fn demo_small(&mut self, progress: &mut dyn FnMut(u64, u64)) -> Result<DemoReport, ApiError> {
        let made_on = self.demo_day;
        let now = self.now();
        self.demo_day = Some(now - Duration::hours(DEMO_HOURS));
        let made = self.demo_small_until(now, progress);
        self.demo_day = made_on;
        made
    }

    fn demo_small_until(
        &mut self,
        end: DateTime<Utc>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<DemoReport, ApiError> {
        let mut report = DemoReport::default();
        let mut codes = Vec::new();
        for sample in samples::missions() {
            let mission = sample.validate()?;
            if self.store.read().mission(&mission.code)?.is_none() {
                self.store.insert_mission(&mission, self.now())?;
                report.missions += 1;
            }
            codes.push(mission.code);
        }
        let now = self.now();
        let users = demo::people(&codes);
        // One hash for all: the sample people share the documented demo passphrase.
        let phc = crate::sign_in::hash(crate::sign_in::DEMO_PASSPHRASE)?;
        self.store.write(|w| {
            for user in &users {
                if w.read().user(&user.name)?.is_none() {
                    w.insert_user(user, now)?;
                    w.set_credential(&user.name, &phc, false, now)?;
                    report.users += 1;
                }
            }
            for code in &codes {
                if !w.read().accounts(Some(code))?.is_empty() {
                    continue;
                }
                let platforms: &[Platform] = if code.as_str().contains("-CN-") {
                    &[Platform::Weibo, Platform::X, Platform::Linkedin]
                } else {
                    &[Platform::X, Platform::Facebook, Platform::Instagram, Platform::Telegram]
                };
                for platform in platforms {
                    let handle =
                        format!("{}_{}", code.as_str().to_ascii_lowercase().replace('-', "_"), platform.as_str());
                    w.insert_account(&NewAccount {
                        mission: code.clone(),
                        platform: *platform,
                        handle,
                        languages: vec!["ar".into(), "fr".into(), "en".into()],
                        limit_override: None,
                    })?;
                    report.accounts += 1;
                }
            }
            w.append_audit(NewAuditEvent::new(now, "system", AuditAction::DemoSetUp, "demo:small").with_detail(
                format!("{} missions, {} accounts, {} users", report.missions, report.accounts, report.users),
            ))?;
            Ok::<_, ApiError>(())
        })?;

        // A month either side of today, one post a day per mission at 10:00
        // local, each as far through the workflow as its date suggests.
        let today = end.date_naive();
        let total = codes.len() as u64 * 61;
        // The demo's clock `minutes` after it started.
        let at = |minutes: i64| Some(now + Duration::minutes(minutes));
        let mut done = 0;
        for code in &codes {
            let mission =
                self.store.read().mission(code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?;
            let accounts: Vec<i64> = self.store.read().accounts(Some(code))?.iter().map(|a| a.id.0).collect();
            for offset in -30i64..=30 {
                done += 1;
                progress(done, total);
                let day = today + Duration::days(offset);
                let n = mix(u64::try_from(offset + 100).unwrap_or(0), code.as_str().len() as u64);
                let category = Category::ALL[(n % 9) as usize];
                // Numbered by place in the plan, not by date: the same demo
                // whatever the day it is made (the CLI's snapshots rely on it).
                let [ar, fr, en] = texts(category, &mission.names, u64::try_from(offset + 31).unwrap_or(0));
                let targets = vec![accounts[(n as usize) % accounts.len()]];
                // Approved 1 to 40 hours after it was written.
                let wait = 60 * (1 + (n % 40) as i64);
                self.demo_day = at(0);
                let id = self
                    .create_post(
                        "karim",
                        crate::dto::NewPostDto {
                            mission: code.to_string(),
                            accounts: targets,
                            category: category.as_str().into(),
                            source_language: "ar".into(),
                            languages: vec!["fr".into(), "en".into()],
                            local_time: format!("{day} 10:00"),
                            text: ar,
                            note: None,
                            crisis_priority: category == Category::Crisis,
                            template: None,
                        },
                    )?
                    .id;
                report.posts += 1;
                // Past posts went out, but a few of the last days' are still in
                // review: overdue, and flagged as such.
                let stage = match offset {
                    -3..=-1 if n.is_multiple_of(3) => 2,
                    ..=-1 => 6,
                    _ => (n % 6) as i64,
                };
                self.demo_day = at(30);
                if stage >= 1 {
                    self.edit_post(
                        "lina",
                        id,
                        crate::dto::PostEditDto { language: Some("fr".into()), text: Some(fr), ..Default::default() },
                    )?;
                    self.edit_post(
                        "lina",
                        id,
                        crate::dto::PostEditDto { language: Some("en".into()), text: Some(en), ..Default::default() },
                    )?;
                    // Sample texts are not hand-checked: a check that fails
                    // is overridden, and the override says so.
                    for language in ["fr", "en"] {
                        self.mark_translated("lina", id, language, Some(DEMO_OVERRIDE))?;
                    }
                }
                if stage >= 2 {
                    self.submit_post("karim", id)?;
                }
                self.demo_day = at(60 + wait);
                if stage >= 3 {
                    self.approve_post("samir", id, false)?;
                    if matches!(category, Category::Protocol | Category::CounterDisinformation | Category::Crisis) {
                        self.approve_post("nadia", id, false)?;
                    }
                }
                self.demo_day = Some(end);
                if stage >= 4 {
                    self.schedule_post("karim", id)?;
                }
                if stage >= 6 {
                    self.publish_post(
                        "karim",
                        id,
                        &format!("https://example.org/{}/{id}", code.as_str().to_ascii_lowercase()),
                    )?;
                }
            }
        }
        // Two days of national mourning in Paris, three days from now, show
        // the blackout rule on the calendar.
        let paris = MissionCode::parse("DZ-FR-PAR")?;
        let start = local_to_utc(chrono_tz::Europe::Paris, (today + Duration::days(3)).and_time(NaiveTime::MIN))?;
        self.store.write(|w| {
            w.add_blackout(&Blackout {
                mission: paris,
                start,
                end: start + Duration::days(2),
                reason: "حداد وطني — deuil national".into(),
            })?;
            Ok::<_, ApiError>(())
        })?;
        Ok(report)
    }

    /// `count` missions × 5 accounts × 10 years, in one transaction.
    fn demo_ministry(
        &mut self,
        count: usize,
        trail: bool,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<DemoReport, ApiError> {
        const YEARS: i32 = 10;
        let now = self.now();
        let end = now.date_naive();
        let start = NaiveDate::from_ymd_opt(end.year() - YEARS, end.month(), 1).unwrap_or(end);
        let days = u64::try_from((end - start).num_days()).unwrap_or(0);
        let missions = demo::ministry_missions(count)?;
        let codes: Vec<MissionCode> = missions.iter().map(|m| m.code.clone()).collect();
        let users = demo::people(&codes);
        let phc = crate::sign_in::hash(crate::sign_in::DEMO_PASSPHRASE)?;
        self.store.write(|w| {
            let mut report = DemoReport::default();
            for mission in &missions {
                w.insert_mission(mission, now)?;
                report.missions += 1;
            }
            for user in &users {
                w.insert_user(user, now)?;
                w.set_credential(&user.name, &phc, false, now)?;
                report.users += 1;
            }
            let mut next_id = w.next_post_id()?.0;
            for (index, mission) in missions.iter().enumerate() {
                progress(index as u64, count as u64);
                let mut accounts = Vec::new();
                for account in demo::ministry_accounts(mission, index) {
                    accounts.push(w.insert_account(&account)?.id);
                    report.accounts += 1;
                }
                let mut history = Vec::new();
                report.posts +=
                    demo::ministry_posts(mission, index, &accounts, start, days, now, &mut next_id, |post| {
                        if trail {
                            history.extend(demo::ministry_trail(&post, &users[1].name, &users[2].name, now));
                        }
                        w.insert_post(&post, now).map_err(ApiError::from)
                    })?;
                report.events += w.append_audits(history)?;
            }
            progress(count as u64, count as u64);
            w.append_audit(
                NewAuditEvent::new(now, "system", AuditAction::DemoGenerated, "demo:ministry").with_detail(format!(
                    "{} missions, {} accounts, {} posts",
                    report.missions, report.accounts, report.posts
                )),
            )?;
            report.events += 1;
            Ok(report)
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use crate::Diwan;

    /// The texts of the small demo's posts, in order, made on `clock`'s day.
    fn texts(clock: fn() -> DateTime<Utc>) -> Vec<(String, String)> {
        let mut diwan = Diwan::open_in_memory(clock).expect("open");
        let report = diwan.demo(super::Scale::Small, &mut |_, _| {}).expect("demo");
        (1..=i64::try_from(report.posts).expect("count"))
            .map(|id| {
                let post = diwan.post(id).expect("post");
                (serde_json::to_string(&post.category).expect("category"), post.variants[0].text.clone())
            })
            .collect()
    }

    #[test]
    fn the_small_demo_is_the_same_whatever_the_day_it_is_made() {
        // Its snapshots in the CLI's tests hold on any day CI runs.
        let later = || crate::testing::clock() + chrono::Duration::days(17);
        assert_eq!(texts(crate::testing::clock), texts(later));
    }
}
