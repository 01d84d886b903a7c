//! Team mode on this desktop (#13): the changes waiting for the hub (the
//! outbox), what the hub refused (kept with their author's text until they
//! redo or drop it), each post's hub version, and where the last pull
//! ended. The store keeps the changes as the JSON the API made of them; it
//! does not read them.

use chrono::{DateTime, Utc};
use diwan_core::post::{Post, PostId};
use rusqlite::OptionalExtension;

use crate::posts::new_uid;
use crate::{Reader, StoreError, Writer};

/// One change waiting to be pushed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingChange {
    pub key: String,
    pub post_uid: String,
    /// The hub's version of the post it was made from; `None` for a new post.
    pub base_version: Option<i64>,
    pub actor: String,
    /// The change as the API wrote it (diwan-protocol's JSON).
    pub change: String,
    pub made_at: DateTime<Utc>,
    /// The event of this desktop's audit chain it is linked to (see
    /// [`Writer::link_queued_changes`]); `None` for a refused change, or
    /// one queued before links existed.
    pub event: Option<ChainLink>,
}

/// A person connected to the hub from this desktop: their device token
/// and where their last pull ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubPerson {
    pub person: String,
    pub token: String,
    pub device: i64,
    pub cursor: i64,
    /// The missions the cursor is for, comma-separated.
    pub missions: String,
}

/// One event of an audit chain, by number and hash (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainLink {
    pub seq: i64,
    pub hash: String,
}

/// A change the hub took, linked at both ends: the event of this desktop's
/// chain it was made under and the event of the hub's chain that records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubLink {
    pub key: String,
    pub here: ChainLink,
    pub hub: ChainLink,
}

/// A change the hub refused, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedChange {
    pub pending: PendingChange,
    /// The message id of the hub's reason, and its arguments as JSON.
    pub code: String,
    pub args: String,
    /// Someone else changed the post meanwhile (else: the rules refused it).
    pub conflict: bool,
    pub refused_at: DateTime<Utc>,
}

/// A time column, or the row's error: a time that does not parse is corruption, never "now".
fn time(text: &str) -> rusqlite::Result<DateTime<Utc>> {
    crate::parse_time(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

fn pending(row: &rusqlite::Row<'_>) -> rusqlite::Result<PendingChange> {
    Ok(PendingChange {
        key: row.get("key")?,
        post_uid: row.get("post_uid")?,
        base_version: row.get("base_version")?,
        actor: row.get("actor")?,
        change: row.get("change")?,
        made_at: time(&row.get::<_, String>("made_at")?)?,
        event: match (row.get("event_seq")?, row.get("event_hash")?) {
            (Some(seq), Some(hash)) => Some(ChainLink { seq, hash }),
            _ => None,
        },
    })
}

fn refused(row: &rusqlite::Row<'_>) -> rusqlite::Result<RefusedChange> {
    Ok(RefusedChange {
        pending: pending(row)?,
        code: row.get("code")?,
        args: row.get("args")?,
        conflict: row.get("conflict")?,
        refused_at: time(&row.get::<_, String>("refused_at")?)?,
    })
}

impl Reader<'_> {
    /// The changes waiting for the hub, oldest first.
    pub fn pending_changes(&self) -> Result<Vec<PendingChange>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT key, post_uid, base_version, actor, change, made_at, event_seq, event_hash FROM sync_outbox ORDER BY seq",
        )?;
        let rows = statement.query_map([], pending)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many changes wait for the hub.
    pub fn pending_count(&self) -> Result<u64, StoreError> {
        let count: i64 = self.conn.query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get(0))?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// How many changes the hub refused are kept here.
    pub fn refused_count(&self) -> Result<u64, StoreError> {
        let count: i64 = self.conn.query_row("SELECT count(*) FROM sync_conflicts", [], |r| r.get(0))?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// What the hub refused, newest first.
    pub fn refused_changes(&self) -> Result<Vec<RefusedChange>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT key, post_uid, base_version, actor, change, made_at, code, args, conflict, refused_at,
                    NULL AS event_seq, NULL AS event_hash
             FROM sync_conflicts ORDER BY refused_at DESC, key",
        )?;
        let rows = statement.query_map([], refused)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The local number of the post the hub knows as `uid`.
    pub fn post_id_by_uid(&self, uid: &str) -> Result<Option<PostId>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM posts WHERE uid = ?1")?
            .query_row([uid], |row| row.get(0).map(PostId))
            .optional()?)
    }

    /// The hub's version of the post as this copy has it: `None` for a post
    /// never on the hub (`Some(None)` is never returned for a missing post: `Ok(None)`).
    pub fn post_hub_version(&self, id: PostId) -> Result<Option<i64>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT hub_version FROM posts WHERE id = ?1")?
            .query_row([id.0], |row| row.get(0))
            .optional()?
            .flatten())
    }

    /// Whether the post is on the hub, or on its way there (its creation waits to be pushed).
    pub fn post_is_shared(&self, id: PostId) -> Result<bool, StoreError> {
        Ok(self.conn.query_row(
            "SELECT hub_version IS NOT NULL OR EXISTS (SELECT 1 FROM sync_outbox o WHERE o.post_uid = p.uid)
             FROM posts p WHERE id = ?1",
            [id.0],
            |row| row.get(0),
        )?)
    }

    /// Whether changes to the post `uid` wait to be pushed.
    pub fn has_pending(&self, uid: &str) -> Result<bool, StoreError> {
        Ok(self.conn.query_row("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE post_uid = ?1)", [uid], |r| r.get(0))?)
    }

    /// The people connected to the hub from this desktop, by name.
    pub fn hub_people(&self) -> Result<Vec<HubPerson>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT person, token, device, cursor, missions FROM hub_people ORDER BY person")?;
        let rows = statement.query_map([], |r| {
            Ok(HubPerson {
                person: r.get(0)?,
                token: r.get(1)?,
                device: r.get(2)?,
                cursor: r.get(3)?,
                missions: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Reader<'_> {
    /// The changes the hub took, each linked to both chains, oldest first.
    pub fn hub_links(&self) -> Result<Vec<HubLink>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT key, event_seq, event_hash, hub_seq, hub_hash FROM hub_links ORDER BY hub_seq")?;
        let rows = statement.query_map([], |r| {
            Ok(HubLink {
                key: r.get(0)?,
                here: ChainLink { seq: r.get(1)?, hash: r.get(2)? },
                hub: ChainLink { seq: r.get(3)?, hash: r.get(4)? },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The heads of the hub's audit chain seen here, oldest first.
    pub fn hub_heads(&self) -> Result<Vec<(i64, String)>, StoreError> {
        let mut statement = self.conn.prepare_cached("SELECT seq, hash FROM hub_heads ORDER BY seq")?;
        let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Writer<'_> {
    /// Keeps a head of the hub's audit chain seen at a pull (the first hash
    /// seen for a number stays: it is the witness).
    pub fn record_hub_head(&mut self, seq: i64, hash: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO hub_heads (seq, hash, seen_at) VALUES (?1, ?2, ?3) ON CONFLICT (seq) DO NOTHING",
            rusqlite::params![seq, hash, at.to_rfc3339()],
        )?;
        Ok(())
    }

    /// Queues a change made here for the hub; returns the key it goes under.
    pub fn queue_change(
        &mut self,
        post_uid: &str,
        base_version: Option<i64>,
        actor: &str,
        change: &str,
        made_at: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        let key = new_uid();
        self.tx
            .prepare_cached(
                "INSERT INTO sync_outbox (key, post_uid, base_version, actor, change, made_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(rusqlite::params![key, post_uid, base_version, actor, change, made_at.to_rfc3339()])?;
        Ok(key)
    }

    /// The hub took the change `key`: the post is at `version` there, and
    /// the changes made after it here build on that version. `recorded`,
    /// the hub's event for it, is kept linked to this desktop's own.
    pub fn change_accepted(&mut self, key: &str, version: i64, recorded: Option<&ChainLink>) -> Result<(), StoreError> {
        let Some((uid, here)) = self
            .tx
            .query_row("DELETE FROM sync_outbox WHERE key = ?1 RETURNING post_uid, event_seq, event_hash", [key], |r| {
                Ok((r.get::<_, String>(0)?, (r.get::<_, Option<i64>>(1)?, r.get::<_, Option<String>>(2)?)))
            })
            .optional()?
        else {
            return Ok(());
        };
        if let ((Some(seq), Some(hash)), Some(hub)) = (here, recorded) {
            self.tx.execute(
                "INSERT INTO hub_links (key, event_seq, event_hash, hub_seq, hub_hash) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (key) DO NOTHING",
                rusqlite::params![key, seq, hash, hub.seq, hub.hash],
            )?;
        }
        self.tx.execute("UPDATE posts SET hub_version = ?2 WHERE uid = ?1", rusqlite::params![uid, version])?;
        self.tx
            .execute("UPDATE sync_outbox SET base_version = ?2 WHERE post_uid = ?1", rusqlite::params![uid, version])?;
        Ok(())
    }

    /// The hub refused the change `key`: it leaves the outbox for the list
    /// of refused changes, with its text and the hub's reason.
    pub fn change_refused(
        &mut self,
        key: &str,
        code: &str,
        args: &str,
        conflict: bool,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let moved = self.tx.execute(
            "INSERT INTO sync_conflicts (key, post_uid, base_version, actor, change, made_at, code, args, conflict, refused_at)
             SELECT key, post_uid, base_version, actor, change, made_at, ?2, ?3, ?4, ?5 FROM sync_outbox WHERE key = ?1",
            rusqlite::params![key, code, args, conflict, at.to_rfc3339()],
        )?;
        if moved > 0 {
            self.tx.execute("DELETE FROM sync_outbox WHERE key = ?1", [key])?;
        }
        Ok(())
    }

    /// Forgets a refused change (its author dropped it, or redid it).
    pub fn forget_refused(&mut self, key: &str) -> Result<Option<RefusedChange>, StoreError> {
        Ok(self
            .tx
            .query_row(
                "DELETE FROM sync_conflicts WHERE key = ?1
                 RETURNING key, post_uid, base_version, actor, change, made_at, code, args, conflict, refused_at,
                           NULL AS event_seq, NULL AS event_hash",
                [key],
                refused,
            )
            .optional()?)
    }

    /// Links the changes queued in this transaction to the audit event that
    /// ends it (called by [`crate::Store::write`] before every commit): that
    /// event's hash covers every event before it, theirs among them.
    pub(crate) fn link_queued_changes(&mut self) -> Result<(), StoreError> {
        let Some(head) = self.read().audit_head()? else { return Ok(()) };
        self.tx
            .prepare_cached("UPDATE sync_outbox SET event_seq = ?1, event_hash = ?2 WHERE event_seq IS NULL")?
            .execute(rusqlite::params![i64::try_from(head.seq).unwrap_or(i64::MAX), head.hash.to_hex()])?;
        Ok(())
    }

    /// Saves a post pulled from the hub at `version`: a new one under `uid`
    /// gets the next local number, a known one is overwritten whole.
    pub fn save_pulled_post(
        &mut self,
        post: &Post,
        uid: &str,
        version: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if self.read().post_id_by_uid(uid)?.is_some() {
            self.update_post(post, now)?;
        } else {
            self.insert_post(post, now)?;
            self.tx.execute("UPDATE posts SET uid = ?2 WHERE id = ?1", rusqlite::params![post.id.0, uid])?;
        }
        self.tx.execute("UPDATE posts SET hub_version = ?2 WHERE uid = ?1", rusqlite::params![uid, version])?;
        Ok(())
    }

    /// Where `person`'s pull ended, for `missions`.
    pub fn set_sync_cursor(&mut self, person: &str, cursor: i64, missions: &str) -> Result<(), StoreError> {
        self.tx.execute(
            "UPDATE hub_people SET cursor = ?2, missions = ?3 WHERE person = ?1",
            rusqlite::params![person, cursor, missions],
        )?;
        Ok(())
    }

    /// `person` is connected to the hub from this desktop with `token` (a
    /// person connecting again gets the new token; their cursor is kept).
    pub fn set_hub_person(&mut self, person: &str, token: &str, device: i64) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO hub_people (person, token, device) VALUES (?1, ?2, ?3)
             ON CONFLICT (person) DO UPDATE SET token = excluded.token, device = excluded.device",
            rusqlite::params![person, token, device],
        )?;
        Ok(())
    }
}
