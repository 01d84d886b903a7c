//! A mission's blackouts: the days it posts nothing routine on, as it
//! marked them (stored in UTC, `[start, end)`).

use chrono::{DateTime, Utc};
use diwan_core::blackout::Blackout;
use diwan_core::MissionCode;
use rusqlite::OptionalExtension;

use crate::{from_unix, to_unix, Reader, StoreError, Writer};

const COLUMNS: &str =
    "b.id, m.code, b.start_utc, b.end_utc, b.reason FROM blackouts b JOIN missions m ON m.id = b.mission_id";

type Row = (i64, String, i64, i64, String);

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn blackout((id, code, start, end, reason): Row) -> Result<(i64, Blackout), StoreError> {
    let mission = MissionCode::parse(&code)
        .map_err(|_| StoreError::Corrupt { detail: format!("blackout {id}: mission {code}") })?;
    Ok((id, Blackout { mission, start: from_unix(start)?, end: from_unix(end)?, reason }))
}

impl Writer<'_> {
    pub fn add_blackout(&mut self, blackout: &Blackout) -> Result<i64, StoreError> {
        let mission_id = self.read().mission_id(&blackout.mission)?;
        self.tx
            .prepare_cached("INSERT INTO blackouts (mission_id, start_utc, end_utc, reason) VALUES (?1, ?2, ?3, ?4)")?
            .execute((mission_id, to_unix(blackout.start), to_unix(blackout.end), &blackout.reason))?;
        Ok(self.tx.last_insert_rowid())
    }

    pub fn remove_blackout(&mut self, id: i64) -> Result<(), StoreError> {
        if self.tx.execute("DELETE FROM blackouts WHERE id = ?1", [id])? == 0 {
            return Err(StoreError::NotFound { kind: "blackout", id: id.to_string() });
        }
        Ok(())
    }
}

impl Reader<'_> {
    /// A mission's blackouts that overlap `[from, to)`, or every mission's,
    /// each with its id, in order of start.
    pub fn blackouts(
        &self,
        mission: Option<&MissionCode>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(i64, Blackout)>, StoreError> {
        let mut statement = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} WHERE (?1 IS NULL OR m.code = ?1) AND b.end_utc > ?2 AND b.start_utc < ?3 \
             ORDER BY b.start_utc, b.id"
        ))?;
        let rows = statement.query_map((mission.map(MissionCode::as_str), to_unix(from), to_unix(to)), row)?;
        rows.map(|r| blackout(r?)).collect()
    }

    pub fn blackout(&self, id: i64) -> Result<Option<Blackout>, StoreError> {
        let found = self.conn.query_row(&format!("SELECT {COLUMNS} WHERE b.id = ?1"), [id], row).optional()?;
        found.map(|r| blackout(r).map(|(_, b)| b)).transpose()
    }
}
