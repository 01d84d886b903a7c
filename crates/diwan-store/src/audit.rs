//! The audit trail in the database: append inside the write transaction of
//! the change it records, read back in order for `verify`.

use diwan_core::audit::{self, AuditEvent, ChainHead, NewAuditEvent};
use diwan_core::hash::ContentHash;
use rusqlite::OptionalExtension;

use crate::{parse_time, Reader, StoreError, Writer};

impl Writer<'_> {
    /// Appends one event after the chain's head and moves the head.
    pub fn append_audit(&mut self, event: NewAuditEvent) -> Result<AuditEvent, StoreError> {
        let head = self.read().audit_head()?;
        let event = audit::append(head, event);
        self.insert_audit(&event)?;
        self.move_audit_head(&event)?;
        Ok(event)
    }

    /// Appends `events` in order, moving the head once at the end: a
    /// generated history of millions of events (`diwan demo --trail`).
    /// Returns how many were appended.
    pub fn append_audits(&mut self, events: impl IntoIterator<Item = NewAuditEvent>) -> Result<u64, StoreError> {
        let mut head = self.read().audit_head()?;
        let mut last = None;
        let mut appended = 0;
        for event in events {
            let event = audit::append(head, event);
            self.insert_audit(&event)?;
            head = Some(ChainHead { seq: event.seq, hash: event.hash });
            last = Some(event);
            appended += 1;
        }
        if let Some(last) = last {
            self.move_audit_head(&last)?;
        }
        Ok(appended)
    }

    fn insert_audit(&mut self, event: &AuditEvent) -> Result<(), StoreError> {
        let hex = |h: Option<ContentHash>| h.map(|h| h.to_hex());
        self.tx
            .prepare_cached(
                "INSERT INTO audit_events (seq, at, actor, action, subject, before_hash, after_hash, detail, prev_hash, hash) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(rusqlite::params![
                i64::try_from(event.seq).unwrap_or(i64::MAX),
                event.event.at.to_rfc3339(),
                event.event.actor,
                event.event.action,
                event.event.subject,
                hex(event.event.before),
                hex(event.event.after),
                event.event.detail,
                event.prev.to_hex(),
                event.hash.to_hex(),
            ])?;
        Ok(())
    }

    fn move_audit_head(&mut self, event: &AuditEvent) -> Result<(), StoreError> {
        self.tx
            .prepare_cached("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?1, ?2) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash")?
            .execute((i64::try_from(event.seq).unwrap_or(i64::MAX), event.hash.to_hex()))?;
        Ok(())
    }
}

/// One event as the audit view lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: u64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// What the audit view looks for; `None` matches anything. Times are
/// RFC 3339 in UTC, as events store them; `to` is excluded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub subject: Option<String>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Reader<'_> {
    pub fn audit_head(&self) -> Result<Option<ChainHead>, StoreError> {
        let head: Option<(i64, String)> = self
            .conn
            .prepare_cached("SELECT seq, hash FROM audit_head WHERE id = 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        head.map(|(seq, hash)| {
            Ok(ChainHead {
                seq: u64::try_from(seq).map_err(|_| corrupt("head"))?,
                hash: ContentHash::from_hex(&hash).ok_or_else(|| corrupt("head hash"))?,
            })
        })
        .transpose()
    }

    /// The events that match `query`, newest first, at most `limit`: the
    /// audit view's search (`verify` reads the whole chain instead).
    pub fn audit_log(&self, query: &AuditQuery, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT seq, at, actor, action, subject, detail FROM audit_events
             WHERE (?1 IS NULL OR subject = ?1) AND (?2 IS NULL OR actor = ?2) AND (?3 IS NULL OR action = ?3)
               AND (?4 IS NULL OR at >= ?4) AND (?5 IS NULL OR at < ?5)
             ORDER BY seq DESC LIMIT ?6",
        )?;
        let rows = statement.query_map(
            rusqlite::params![
                query.subject,
                query.actor,
                query.action,
                query.from,
                query.to,
                i64::try_from(limit).unwrap_or(i64::MAX)
            ],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            },
        )?;
        rows.map(|row| {
            let (seq, at, actor, action, subject, detail) = row?;
            Ok(AuditEntry { seq: u64::try_from(seq).map_err(|_| corrupt("seq"))?, at, actor, action, subject, detail })
        })
        .collect()
    }

    /// The hash (hex) of the event numbered `seq`, if there is one.
    pub fn audit_hash_at(&self, seq: i64) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT hash FROM audit_events WHERE seq = ?1")?
            .query_row([seq], |r| r.get(0))
            .optional()?)
    }

    /// Every event in storage order (by sequence number), the way `verify`
    /// must see them.
    pub fn audit_events(&self) -> Result<Vec<AuditEvent>, StoreError> {
        let mut events = Vec::new();
        self.each_audit_event(|event| {
            events.push(event);
            Ok::<_, StoreError>(())
        })?;
        Ok(events)
    }

    /// Hands every event, in storage order, to `visit` one at a time: a
    /// trail of millions of events is read in constant memory. An error
    /// from `visit` stops the reading and is returned.
    pub fn each_audit_event<E: From<StoreError>>(
        &self,
        mut visit: impl FnMut(AuditEvent) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT seq, at, actor, action, subject, before_hash, after_hash, detail, prev_hash, hash FROM audit_events ORDER BY rowid",
            )
            .map_err(StoreError::from)?;
        let mut rows = statement.query([]).map_err(StoreError::from)?;
        while let Some(row) = rows.next().map_err(StoreError::from)? {
            visit(audit_event(row)?)?;
        }
        Ok(())
    }
}

fn audit_event(r: &rusqlite::Row<'_>) -> Result<AuditEvent, StoreError> {
    let hash = |h: &str| ContentHash::from_hex(h).ok_or_else(|| corrupt("hash"));
    let before: Option<String> = r.get(5)?;
    let after: Option<String> = r.get(6)?;
    Ok(AuditEvent {
        seq: u64::try_from(r.get::<_, i64>(0)?).map_err(|_| corrupt("seq"))?,
        event: NewAuditEvent {
            at: parse_time(&r.get::<_, String>(1)?)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            subject: r.get(4)?,
            before: before.as_deref().map(hash).transpose()?,
            after: after.as_deref().map(hash).transpose()?,
            detail: r.get(7)?,
        },
        prev: hash(&r.get::<_, String>(8)?)?,
        hash: hash(&r.get::<_, String>(9)?)?,
    })
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt { detail: format!("audit trail: {what}") }
}
