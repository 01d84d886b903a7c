//! Crises as supervisors declare and end them, and the posts each paused.

use chrono::{DateTime, Utc};
use diwan_core::crisis::{Crisis, CrisisId};
use diwan_core::post::PostId;
use diwan_core::user::UserName;
use diwan_core::MissionCode;
use rusqlite::OptionalExtension;

use crate::posts::new_uid;
use crate::{from_unix, parse_time, to_unix, Reader, StoreError, Writer};

impl Writer<'_> {
    pub fn next_crisis_id(&self) -> Result<CrisisId, StoreError> {
        Ok(CrisisId(self.tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM crises", [], |r| r.get(0))?))
    }

    /// Saves a crisis, new or ended.
    pub fn save_crisis(&mut self, crisis: &Crisis) -> Result<(), StoreError> {
        let missions: Vec<&str> = crisis.missions.iter().map(MissionCode::as_str).collect();
        let (ended_by, ended_at) = match &crisis.ended {
            Some((by, at)) => (Some(by.as_str()), Some(at.to_rfc3339())),
            None => (None, None),
        };
        self.tx
            .prepare_cached(
                "INSERT INTO crises (id, missions, from_utc, to_utc, reason, declared_by, declared_at, ended_by, ended_at, uid) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) \
                 ON CONFLICT (id) DO UPDATE SET ended_by = excluded.ended_by, ended_at = excluded.ended_at",
            )?
            .execute(rusqlite::params![
                crisis.id.0,
                missions.join(","),
                to_unix(crisis.from),
                to_unix(crisis.to),
                crisis.reason,
                crisis.declared_by.as_str(),
                crisis.declared_at.to_rfc3339(),
                ended_by,
                ended_at,
                // A new crisis's uid; an ended one keeps the one it has.
                new_uid(),
            ])?;
        Ok(())
    }

    /// Saves a crisis as the hub has it, under `uid`: a new one gets
    /// `crisis.id` (the caller's next number), a known one its end.
    pub fn save_pulled_crisis(&mut self, crisis: &Crisis, uid: &str) -> Result<(), StoreError> {
        self.save_crisis(crisis)?;
        self.tx.execute("UPDATE crises SET uid = ?2 WHERE id = ?1", rusqlite::params![crisis.id.0, uid])?;
        Ok(())
    }
}

/// Migration 13's repair: every crisis from before gets its uid.
pub(crate) fn give_crises_uids(w: &mut Writer<'_>) -> Result<(), StoreError> {
    crate::posts::give_uids(w, "crises")
}

type CrisisRow = (i64, String, i64, i64, String, String, String, Option<String>, Option<String>);

fn crisis_from_row(row: CrisisRow) -> Result<Crisis, StoreError> {
    let (id, missions, from, to, reason, declared_by, declared_at, ended_by, ended_at) = row;
    let corrupt = |what: &str| StoreError::Corrupt { detail: format!("crisis {id}: {what}") };
    let name = |n: &str| UserName::parse(n).map_err(|_| corrupt("user name"));
    let ended = match (ended_by, ended_at) {
        (Some(by), Some(at)) => Some((name(&by)?, parse_time(&at)?)),
        _ => None,
    };
    Ok(Crisis {
        id: CrisisId(id),
        missions: missions
            .split(',')
            .map(|code| MissionCode::parse(code).map_err(|_| corrupt("mission")))
            .collect::<Result<_, _>>()?,
        from: from_unix(from)?,
        to: from_unix(to)?,
        reason,
        declared_by: name(&declared_by)?,
        declared_at: parse_time(&declared_at)?,
        ended,
    })
}

const CRISIS_COLUMNS: &str =
    "SELECT id, missions, from_utc, to_utc, reason, declared_by, declared_at, ended_by, ended_at FROM crises";

impl Reader<'_> {
    /// The crisis's uid, by which desktops and the team hub know it.
    pub fn crisis_uid(&self, id: CrisisId) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT uid FROM crises WHERE id = ?1")?
            .query_row([id.0], |row| row.get(0))
            .optional()?
            .flatten())
    }

    /// Every crisis here by its number and uid.
    pub fn crisis_uids(&self) -> Result<Vec<(CrisisId, String)>, StoreError> {
        let mut statement = self.conn.prepare_cached("SELECT id, uid FROM crises WHERE uid IS NOT NULL")?;
        let rows = statement.query_map([], |r| Ok((CrisisId(r.get(0)?), r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn crisis(&self, id: CrisisId) -> Result<Option<Crisis>, StoreError> {
        let row = self
            .conn
            .prepare_cached(&format!("{CRISIS_COLUMNS} WHERE id = ?1"))?
            .query_row([id.0], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?))
            })
            .optional()?;
        row.map(crisis_from_row).transpose()
    }

    /// Every crisis, the active ones first, then the most recent.
    pub fn crises(&self) -> Result<Vec<Crisis>, StoreError> {
        let mut statement =
            self.conn.prepare_cached(&format!("{CRISIS_COLUMNS} ORDER BY ended_at IS NOT NULL, id DESC"))?;
        let rows = statement.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?))
        })?;
        rows.map(|row| crisis_from_row(row?)).collect()
    }

    /// The posts a crisis paused that are still paused, soonest first.
    pub fn paused_posts(&self, crisis: CrisisId) -> Result<Vec<PostId>, StoreError> {
        let mut statement =
            self.conn.prepare_cached("SELECT id FROM posts WHERE paused_by = ?1 ORDER BY at_utc, id")?;
        let rows = statement.query_map([crisis.0], |r| r.get::<_, i64>(0))?;
        rows.map(|id| Ok(PostId(id?))).collect()
    }

    /// The posts of `missions` planned in `[from, to)`: what a crisis
    /// there might pause (the core decides which it does).
    pub fn posts_in_window(
        &self,
        missions: &[MissionCode],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<PostId>, StoreError> {
        let mut ids = Vec::new();
        let mut statement = self.conn.prepare_cached(
            "SELECT p.id FROM missions m JOIN posts p ON p.mission_id = m.id \
             WHERE m.code = ?1 AND p.at_utc >= ?2 AND p.at_utc < ?3 ORDER BY p.at_utc, p.id",
        )?;
        for mission in missions {
            for id in statement.query_map((mission.as_str(), to_unix(from), to_unix(to)), |r| r.get::<_, i64>(0))? {
                ids.push(PostId(id?));
            }
        }
        Ok(ids)
    }
}
