//! The one API that every Diwan front end calls: the CLI and the Tauri
//! commands are thin wrappers over [`Diwan`].
//!
//! Architecture invariant: front ends see DTOs and [`ApiError`] only; no core
//! or store type crosses this boundary, so the core can change without
//! breaking IPC. Architecture invariant: errors carry a Fluent message id and
//! its arguments, never a sentence.

mod accounts;
mod audit;
pub mod backup;
mod blackouts;
mod calendar;
mod comments;
mod crisis;
pub mod demo;
pub mod door;
pub mod dto;
mod encryption;
mod error;
pub mod exchange;
mod export;
pub mod hub;
pub mod i18n;
pub mod links;
pub mod media;
pub mod names;
mod observances;
pub mod paths;
mod policies;
mod posts;
pub mod progress;
mod publishing;
pub mod reports;
mod review;
mod samples;
mod schedule;
pub mod sign_in;
mod templates;
pub mod text;
mod translation;
mod users;

use std::path::Path;

use chrono::{DateTime, Utc};

use diwan_core::user::{User, UserName};
use diwan_core::{MissionCode, UiLocale};
use diwan_store::Store;

pub use diwan_core::Localized;
pub use error::ApiError;

use crate::dto::{AppInfoDto, MissionDto, NewMissionDto};

/// The setting that holds the interface language chosen in the app.
const UI_LOCALE_SETTING: &str = "ui-locale";

/// A clock that use cases read; tests pass a fixed one.
pub type Clock = fn() -> DateTime<Utc>;

/// An open Diwan database and the use cases over it.
#[derive(Debug)]
pub struct Diwan {
    store: Store,
    clock: Clock,
    /// Who is signed in; `None` until someone gives their passphrase.
    session: Option<sign_in::Session>,
    /// The refused change a redo is doing again: the use case that redoes it
    /// forgets it in its own transaction, so it is never both redone and
    /// still shown refused.
    redoing: Option<String>,
    /// While `diwan demo --today` makes its sample data: the instant it acts
    /// at (noon of that day), so a demo is the same whatever day it is made.
    demo_day: Option<DateTime<Utc>>,
}

impl Diwan {
    /// Opens or creates the database at `path`, migrating it if needed.
    pub fn open(path: &Path) -> Result<Self, ApiError> {
        Self::open_upgrading(path, &mut |_| {})
    }

    /// [`Diwan::open`], telling `progress` how an upgrade of an older file
    /// goes (copied first, then migrated: minutes for a ministry's).
    pub fn open_upgrading(path: &Path, progress: &mut dyn FnMut(progress::Upgrade)) -> Result<Self, ApiError> {
        if diwan_store::is_encrypted(path) {
            return Err(diwan_core::sign_in::SignInError::Encrypted.into());
        }
        Ok(Self {
            store: Store::open_upgrading(path, progress)?,
            clock: Utc::now,
            session: None,
            redoing: None,
            demo_day: None,
        })
    }

    /// What opening made of an older file: its versions and where the copy
    /// from before is; `None` when it was already current (or new).
    pub fn upgraded(&self) -> Option<dto::UpgradedDto> {
        self.store.upgraded().map(dto::UpgradedDto::from)
    }

    /// The same database over another connection, nobody signed in on it:
    /// for background work (the daily backup) that must not hold up the
    /// window's connection. `None` for a database in memory.
    pub fn another_connection(&self) -> Result<Option<Self>, ApiError> {
        let store = self.store.another_connection()?;
        Ok(store.map(|store| Self { store, clock: self.clock, session: None, redoing: None, demo_day: None }))
    }

    /// The same database read on another clock; for tests.
    pub fn with_clock(self, clock: Clock) -> Self {
        Self { clock, ..self }
    }

    /// A database in memory with a fixed clock; for tests.
    pub fn open_in_memory(clock: Clock) -> Result<Self, ApiError> {
        Ok(Self { store: Store::open_in_memory()?, clock, session: None, redoing: None, demo_day: None })
    }

    fn now(&self) -> DateTime<Utc> {
        self.demo_day.unwrap_or_else(self.clock)
    }

    /// The person a use case acts for; unknown names are refused.
    fn user(&self, name: &str) -> Result<User, ApiError> {
        let parsed = UserName::parse(name)?;
        self.store.read().user(&parsed)?.ok_or_else(|| ApiError::UserNotFound { name: name.to_owned() })
    }

    pub fn schema_version(&self) -> Result<u32, ApiError> {
        Ok(self.store.schema_version()?)
    }

    /// The app's version and schema; `database_path` is what the caller opened.
    pub fn app_info(&self, database_path: Option<String>) -> Result<AppInfoDto, ApiError> {
        Ok(AppInfoDto {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            schema_version: self.schema_version()?,
            database_path,
        })
    }

    pub fn missions(&self) -> Result<Vec<MissionDto>, ApiError> {
        Ok(self.store.missions()?.iter().map(MissionDto::from).collect())
    }

    /// Validates and adds a mission that a person set up.
    pub fn create_mission(&mut self, input: NewMissionDto) -> Result<MissionDto, ApiError> {
        let mission = input.into_core().validate()?;
        self.insert_mission(&mission)?;
        Ok(MissionDto::from(&mission))
    }

    /// Adds a mission; whoever is signed in becomes its administrator, so
    /// that someone can add its people.
    fn insert_mission(&mut self, mission: &diwan_core::Mission) -> Result<(), ApiError> {
        let creator = self.acting_user().ok().map(|name| UserName::parse(&name)).transpose()?;
        let now = self.now();
        self.store.write(|w| {
            w.insert_mission(mission, now)?;
            if let Some(creator) = creator {
                let admin = diwan_core::user::Role::Admin;
                w.grant(&creator, &mission.code, admin)?;
                w.append_audit(
                    diwan_core::audit::NewAuditEvent::new(
                        now,
                        creator.to_string(),
                        diwan_core::audit::AuditAction::UserRoleGranted,
                        format!("user:{creator}"),
                    )
                    .with_detail(format!("{}@{}", admin.as_str(), mission.code)),
                )?;
            }
            Ok::<_, ApiError>(())
        })
    }

    /// Adds the first sample mission that is not there yet, so that a new
    /// user sees a realistic calendar at once.
    pub fn add_sample_mission(&mut self) -> Result<MissionDto, ApiError> {
        for sample in samples::missions() {
            let mission = sample.validate()?;
            if self.store.mission(&mission.code)?.is_none() {
                self.insert_mission(&mission)?;
                return Ok(MissionDto::from(&mission));
            }
        }
        Err(ApiError::NoSampleLeft)
    }

    /// Sets (or with `None` clears) the digits a mission writes Arabic
    /// with; translations into Arabic are then checked against it. An
    /// administrator of the mission does this; it is audited.
    pub fn set_mission_digits(
        &mut self,
        actor: &str,
        code: &str,
        digits: Option<&str>,
    ) -> Result<MissionDto, ApiError> {
        let actor = self.user(actor)?;
        let code = MissionCode::parse(code)?;
        if !actor.has_role(&code, diwan_core::user::Role::Admin) {
            return Err(diwan_core::post::PostError::RoleMissing {
                role: diwan_core::user::Role::Admin,
                mission: code.to_string(),
            }
            .into());
        }
        let digits = digits
            .map(|name| {
                diwan_core::preferences::Digits::from_name(name).ok_or_else(|| ApiError::FilterInvalid {
                    value: name.to_owned(),
                    valid: diwan_core::preferences::Digits::NAMES.join(", "),
                })
            })
            .transpose()?;
        let now = self.now();
        self.store.write(|w| {
            w.set_mission_digits(&code, digits)?;
            w.append_audit(
                diwan_core::audit::NewAuditEvent::new(
                    now,
                    actor.name.to_string(),
                    diwan_core::audit::AuditAction::MissionDigitsSet,
                    format!("mission:{code}"),
                )
                .with_detail(digits.map_or("none", |d| d.as_str()).to_owned()),
            )?;
            Ok::<_, ApiError>(())
        })?;
        self.mission(code.as_str())
    }

    pub fn mission(&self, code: &str) -> Result<MissionDto, ApiError> {
        let code = MissionCode::parse(code)?;
        let mission = self.store.mission(&code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?;
        Ok(MissionDto::from(&mission))
    }

    /// The interface language chosen in the app, if any.
    pub fn ui_locale(&self) -> Result<Option<String>, ApiError> {
        Ok(self.store.setting(UI_LOCALE_SETTING)?.filter(|code| UiLocale::parse(code).is_some()))
    }

    pub fn set_ui_locale(&mut self, code: &str) -> Result<(), ApiError> {
        let locale = UiLocale::parse(code).ok_or_else(|| ApiError::LocaleUnknown { locale: code.to_owned() })?;
        self.store.set_setting(UI_LOCALE_SETTING, locale.code())?;
        Ok(())
    }
}

/// What the use cases' tests share: a fixed clock and the demo data.
#[cfg(test)]
pub(crate) mod testing {
    use chrono::{DateTime, Utc};

    use crate::dto::{NewPostDto, PostEditDto};
    use crate::Diwan;

    /// 2026-11-18, the day every test lives on.
    pub fn clock() -> DateTime<Utc> {
        DateTime::from_timestamp(1_795_000_000, 0).unwrap_or_default()
    }

    /// An in-memory database with the small demo: missions, people, posts.
    #[allow(clippy::expect_used, reason = "a test without its data must stop")]
    pub fn demo() -> Diwan {
        let mut diwan = Diwan::open_in_memory(clock).expect("open");
        diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
        diwan
    }

    /// The small demo in a file of its own (images, backups and other
    /// connections need one), on the tests' clock. Keep the folder alive.
    #[allow(clippy::expect_used, reason = "a test without its data must stop")]
    pub fn demo_file() -> (tempfile::TempDir, std::path::PathBuf, Diwan) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("diwan.db");
        let mut diwan = Diwan::open(&path).expect("open").with_clock(clock);
        diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
        (dir, path, diwan)
    }

    /// An approved post of Karim's at Paris, at 10:00 local time on `day`.
    #[allow(clippy::expect_used, reason = "a test without its data must stop")]
    pub fn approved(diwan: &mut Diwan, day: &str, text: &str) -> i64 {
        let post = submitted(diwan, day, text);
        diwan.approve_post("samir", post, false).expect("approve");
        post
    }

    /// A new post at Paris on account 1 (X), written in Arabic, at
    /// `local_time`: what most tests start from, changed where they need.
    pub fn paris_post(category: &str, local_time: &str, text: &str) -> NewPostDto {
        NewPostDto {
            mission: "DZ-FR-PAR".into(),
            accounts: vec![1],
            category: category.into(),
            source_language: "ar".into(),
            languages: vec![],
            local_time: local_time.into(),
            text: text.into(),
            note: None,
            crisis_priority: false,
            template: None,
        }
    }

    /// A culture post of Karim's at Paris, translated and in review.
    #[allow(clippy::expect_used, reason = "a test without its data must stop")]
    pub fn submitted(diwan: &mut Diwan, day: &str, text: &str) -> i64 {
        let input = NewPostDto { languages: vec!["fr".into()], ..paris_post("culture", &format!("{day} 10:00"), text) };
        let post = diwan.create_post("karim", input).expect("post");
        for variant in post.variants.iter().filter(|v| v.language != "ar") {
            let edit = PostEditDto {
                language: Some(variant.language.clone()),
                text: Some(
                    "Soirée de calligraphie, avec « des textes, des virgules ; et des retours\nà la ligne »".into(),
                ),
                ..PostEditDto::default()
            };
            diwan.edit_post("lina", post.id, edit).expect("translate");
            diwan.mark_translated("lina", post.id, &variant.language, Some("test")).expect("done");
        }
        diwan.submit_post("karim", post.id).expect("submit");
        post.id
    }
}

#[cfg(test)]
mod hostile_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn diwan() -> Diwan {
        Diwan::open_in_memory(testing::clock).expect("open")
    }

    #[test]
    fn samples_are_added_one_by_one_until_none_is_left() {
        let mut diwan = diwan();
        let mut codes = Vec::new();
        loop {
            match diwan.add_sample_mission() {
                Ok(mission) => codes.push(mission.code),
                Err(err) => {
                    assert!(matches!(err, ApiError::NoSampleLeft), "{err:?}");
                    break;
                }
            }
        }
        assert_eq!(codes.len(), samples::missions().len());
        let listed: Vec<String> = diwan.missions().expect("list").into_iter().map(|m| m.code).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(listed, sorted);
    }

    #[test]
    fn an_invalid_mission_is_refused_with_its_message_id() {
        let mut diwan = diwan();
        let mut input = NewMissionDto::from(&samples::missions()[0]);
        input.time_zone = "Africa/Nowhere".into();
        let err = diwan.create_mission(input).expect_err("invalid zone");
        assert_eq!(err.to_dto().code, "error-mission-time-zone-unknown");
        assert!(diwan.missions().expect("list").is_empty(), "nothing was written");
    }

    #[test]
    fn the_ui_locale_persists_and_rejects_unknown_languages() {
        let mut diwan = diwan();
        assert_eq!(diwan.ui_locale().expect("get"), None);
        diwan.set_ui_locale("ar").expect("set");
        assert_eq!(diwan.ui_locale().expect("get").as_deref(), Some("ar"));
        let err = diwan.set_ui_locale("de").expect_err("unknown");
        assert_eq!(err.to_dto().code, "error-locale-unknown");
        assert_eq!(diwan.ui_locale().expect("get").as_deref(), Some("ar"));
    }

    #[test]
    fn a_missing_mission_is_a_typed_error() {
        let err = diwan().mission("XX-YY").expect_err("missing");
        assert_eq!(err.to_dto().code, "error-mission-not-found");
    }
}
