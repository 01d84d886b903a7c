//! Missions in the database.

use chrono::{DateTime, Utc};
use diwan_core::preferences::Digits;
use diwan_core::{CountryCode, LanguageCode, Mission, MissionCode, MissionKind, MissionNames};
use rusqlite::{params, ErrorCode, OptionalExtension, Row};

use crate::{Reader, Store, StoreError, Writer};

const COLUMNS: &str = "code, name_ar, name_fr, name_en, kind, host_country, time_zone, working_languages";
/// What a mission row is read as: the columns above and its settings.
const READ_COLUMNS: &str =
    "code, name_ar, name_fr, name_en, kind, host_country, time_zone, working_languages, arabic_digits";

impl Store {
    /// Adds a mission in its own transaction.
    pub fn insert_mission(&mut self, mission: &Mission, created_at: DateTime<Utc>) -> Result<(), StoreError> {
        self.write(|w| w.insert_mission(mission, created_at))
    }

    pub fn missions(&self) -> Result<Vec<Mission>, StoreError> {
        self.read().missions()
    }

    pub fn mission(&self, code: &MissionCode) -> Result<Option<Mission>, StoreError> {
        self.read().mission(code)
    }
}

impl Writer<'_> {
    /// Adds a mission; `created_at` is passed in so that callers own the clock.
    pub fn insert_mission(&mut self, mission: &Mission, created_at: DateTime<Utc>) -> Result<(), StoreError> {
        let languages: Vec<&str> = mission.working_languages.iter().map(LanguageCode::as_str).collect();
        let inserted = self
            .tx
            .prepare_cached(&format!(
                "INSERT INTO missions ({COLUMNS}, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
            ))?
            .execute(params![
                mission.code.as_str(),
                mission.names.ar,
                mission.names.fr,
                mission.names.en,
                mission.kind.as_str(),
                mission.host_country.as_str(),
                mission.time_zone.name(),
                languages.join(","),
                created_at.to_rfc3339(),
            ]);
        match inserted {
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::ConstraintViolation => {
                Err(StoreError::MissionExists { code: mission.code.to_string() })
            }
            other => other.map(|_| ()).map_err(StoreError::from),
        }
    }

    /// Sets or clears the digits a mission writes Arabic with.
    pub fn set_mission_digits(&mut self, code: &MissionCode, digits: Option<Digits>) -> Result<(), StoreError> {
        let changed = self
            .tx
            .prepare_cached("UPDATE missions SET arabic_digits = ?2 WHERE code = ?1")?
            .execute((code.as_str(), digits.map(Digits::as_str)))?;
        if changed == 0 {
            return Err(StoreError::MissionNotFound { code: code.to_string() });
        }
        Ok(())
    }
}

impl Reader<'_> {
    /// Every mission, ordered by code.
    pub fn missions(&self) -> Result<Vec<Mission>, StoreError> {
        let mut statement = self.conn.prepare_cached(&format!("SELECT {READ_COLUMNS} FROM missions ORDER BY code"))?;
        let rows = statement.query_map([], read_row)?;
        rows.map(|row| row?).collect()
    }

    pub fn mission(&self, code: &MissionCode) -> Result<Option<Mission>, StoreError> {
        let mut statement =
            self.conn.prepare_cached(&format!("SELECT {READ_COLUMNS} FROM missions WHERE code = ?1"))?;
        statement.query_row([code.as_str()], read_row).optional()?.transpose()
    }

    /// The row id of a mission, for foreign keys.
    pub(crate) fn mission_id(&self, code: &MissionCode) -> Result<i64, StoreError> {
        self.conn
            .prepare_cached("SELECT id FROM missions WHERE code = ?1")?
            .query_row([code.as_str()], |row| row.get(0))
            .optional()?
            .ok_or_else(|| StoreError::MissionNotFound { code: code.to_string() })
    }
}

/// Reads one row. The outer error is SQLite's; the inner one a value that
/// no longer passes the core's rules (the file was edited by hand).
fn read_row(row: &Row<'_>) -> rusqlite::Result<Result<Mission, StoreError>> {
    let code: String = row.get(0)?;
    let names = MissionNames { ar: row.get(1)?, fr: row.get(2)?, en: row.get(3)? };
    let kind: String = row.get(4)?;
    let country: String = row.get(5)?;
    let zone: String = row.get(6)?;
    let languages: String = row.get(7)?;
    let digits: Option<String> = row.get(8)?;
    let corrupt = |what: &str, value: &str| StoreError::Corrupt { detail: format!("mission {code}: {what} {value:?}") };
    Ok((|| {
        Ok(Mission {
            code: MissionCode::parse(&code).map_err(|_| corrupt("code", &code))?,
            names: names.clone(),
            kind: kind.parse::<MissionKind>().map_err(|_| corrupt("kind", &kind))?,
            host_country: CountryCode::parse(&country).ok_or_else(|| corrupt("country", &country))?,
            time_zone: zone.parse().map_err(|_| corrupt("time zone", &zone))?,
            working_languages: languages
                .split(',')
                .map(|l| LanguageCode::parse(l).ok_or_else(|| corrupt("language", l)))
                .collect::<Result<_, _>>()?,
            arabic_digits: match digits.as_deref() {
                None => None,
                Some(name) => Some(Digits::from_name(name).ok_or_else(|| corrupt("digits", name))?),
            },
        })
    })())
}

#[cfg(test)]
mod tests {
    use diwan_core::NewMission;

    use super::*;

    fn mission(code: &str) -> Mission {
        NewMission {
            code: code.into(),
            names: MissionNames { ar: "سفارة".into(), fr: "Ambassade".into(), en: "Embassy".into() },
            kind: "embassy".into(),
            host_country: "FR".into(),
            time_zone: "Europe/Paris".into(),
            working_languages: vec!["ar".into(), "fr".into()],
        }
        .validate()
        .expect("valid")
    }

    fn now() -> DateTime<Utc> {
        chrono::DateTime::from_timestamp(1_790_000_000, 0).expect("valid timestamp")
    }

    #[test]
    fn missions_round_trip_in_code_order() {
        let mut store = Store::open_in_memory().expect("open");
        store.insert_mission(&mission("IQ-FR-PAR"), now()).expect("insert");
        store.insert_mission(&mission("DZ-FR-PAR"), now()).expect("insert");
        let codes: Vec<String> = store.missions().expect("list").iter().map(|m| m.code.to_string()).collect();
        assert_eq!(codes, ["DZ-FR-PAR", "IQ-FR-PAR"]);
        let code = MissionCode::parse("IQ-FR-PAR").expect("code");
        assert_eq!(store.mission(&code).expect("get"), Some(mission("IQ-FR-PAR")));
    }

    #[test]
    fn a_duplicate_code_is_a_typed_error_and_changes_nothing() {
        let mut store = Store::open_in_memory().expect("open");
        store.insert_mission(&mission("DZ-FR-PAR"), now()).expect("insert");
        let err = store.insert_mission(&mission("DZ-FR-PAR"), now()).expect_err("duplicate");
        assert!(matches!(&err, StoreError::MissionExists { code } if code == "DZ-FR-PAR"), "{err:?}");
        assert_eq!(store.missions().expect("list").len(), 1);
    }

    #[test]
    fn a_row_edited_by_hand_is_reported_not_trusted() {
        let mut store = Store::open_in_memory().expect("open");
        store.insert_mission(&mission("DZ-FR-PAR"), now()).expect("insert");
        store.conn.execute("UPDATE missions SET time_zone = 'Mars/Olympus'", []).expect("tamper");
        let err = store.missions().expect_err("corrupt");
        assert!(matches!(&err, StoreError::Corrupt { detail } if detail.contains("Mars/Olympus")), "{err:?}");
    }
}
