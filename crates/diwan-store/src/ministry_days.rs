//! The ministry's own list of days (#14), replaced whole from a CSV file.

use diwan_core::ministry_days::{MinistryDay, MinistryDayKind};

use crate::{Reader, StoreError, Writer};

impl Reader<'_> {
    /// The list, in order of month and day.
    pub fn ministry_days(&self) -> Result<Vec<MinistryDay>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT month, day, year, kind, name_ar, name_fr, name_en FROM ministry_days ORDER BY month, day, year, id",
        )?;
        let rows = statement.query_map([], |r| {
            Ok((
                r.get::<_, u32>(0)?,
                r.get::<_, u32>(1)?,
                r.get(2)?,
                r.get::<_, String>(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?;
        rows.map(|row| {
            let (month, day, year, kind, ar, fr, en) = row?;
            let kind = MinistryDayKind::from_name(&kind)
                .ok_or_else(|| StoreError::Corrupt { detail: format!("ministry day kind {kind}") })?;
            Ok(MinistryDay { month, day, year, kind, ar, fr, en })
        })
        .collect()
    }
}

impl Writer<'_> {
    /// Replaces the whole list with `days`.
    pub fn replace_ministry_days(&mut self, days: &[MinistryDay]) -> Result<(), StoreError> {
        self.tx.execute("DELETE FROM ministry_days", [])?;
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO ministry_days (month, day, year, kind, name_ar, name_fr, name_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for d in days {
            insert.execute(rusqlite::params![d.month, d.day, d.year, d.kind.as_str(), d.ar, d.fr, d.en])?;
        }
        Ok(())
    }
}
