//! The ministry's audit chain on the hub: the same events, hashed the same
//! way (`diwan_core::audit`), so one verifier checks a desktop's and the
//! hub's. Every writer locks the head row first: hubs side by side append
//! one after another, never both after the same event.

use diwan_core::audit::{self, AuditEvent, ChainHead, NewAuditEvent, Verifier};
use diwan_core::hash::ContentHash;
use tokio_postgres::{GenericClient, Row};

use crate::HubError;

fn hash_of(bytes: &[u8]) -> ContentHash {
    let mut hash = [0; 32];
    if bytes.len() == 32 {
        hash.copy_from_slice(bytes);
    }
    ContentHash(hash)
}

fn seq(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Appends `events` after the chain's head, inside the caller's
/// transaction; returns where the first of them went.
pub async fn append(tx: &impl GenericClient, events: Vec<NewAuditEvent>) -> Result<Option<ChainHead>, HubError> {
    let mut first = None;
    let head = tx.query_opt("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE", &[]).await?;
    let mut head = head.map(|row| ChainHead {
        seq: u64::try_from(row.get::<_, i64>(0)).unwrap_or(0),
        hash: hash_of(row.get::<_, &[u8]>(1)),
    });
    for event in events {
        let chained = audit::append(head, event);
        let e = &chained.event;
        tx.execute(
            "INSERT INTO audit_events (seq, at, actor, action, subject, before, after, detail, prev, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            &[
                &seq(chained.seq),
                &e.at,
                &e.actor,
                &e.action,
                &e.subject,
                &e.before.map(|h| h.to_hex()),
                &e.after.map(|h| h.to_hex()),
                &e.detail,
                &chained.prev.0.as_slice(),
                &chained.hash.0.as_slice(),
            ],
        )
        .await?;
        head = Some(ChainHead { seq: chained.seq, hash: chained.hash });
        first = first.or(head);
    }
    if let Some(head) = head {
        tx.execute(
            "INSERT INTO audit_head (id, seq, hash) VALUES (1, $1, $2)
             ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
            &[&seq(head.seq), &head.hash.0.as_slice()],
        )
        .await?;
    }
    Ok(first)
}

fn event(row: &Row) -> AuditEvent {
    let hash = |column: &str| row.get::<_, Option<String>>(column).and_then(|h| ContentHash::from_hex(&h));
    AuditEvent {
        seq: u64::try_from(row.get::<_, i64>("seq")).unwrap_or(0),
        event: NewAuditEvent {
            at: row.get("at"),
            actor: row.get("actor"),
            action: row.get("action"),
            subject: row.get("subject"),
            before: hash("before"),
            after: hash("after"),
            detail: row.get("detail"),
        },
        prev: hash_of(row.get::<_, &[u8]>("prev")),
        hash: hash_of(row.get::<_, &[u8]>("hash")),
    }
}

/// Checks the whole chain and its head; returns how many events it holds.
pub async fn verify(client: &impl GenericClient) -> Result<u64, HubError> {
    let mut verifier = Verifier::default();
    // In pages, so that a ministry's years of events never sit in memory at once.
    let mut after = 0_i64;
    loop {
        let rows = client
            .query(
                "SELECT seq, at, actor, action, subject, before, after, detail, prev, hash
                 FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT 10000",
                &[&after],
            )
            .await?;
        let Some(last) = rows.last() else { break };
        after = last.get("seq");
        for row in &rows {
            verifier.push(&event(row));
        }
    }
    let head = client.query_opt("SELECT seq, hash FROM audit_head WHERE id = 1", &[]).await?.map(|row| ChainHead {
        seq: u64::try_from(row.get::<_, i64>(0)).unwrap_or(0),
        hash: hash_of(row.get::<_, &[u8]>(1)),
    });
    Ok(verifier.finish(head)?)
}

/// The chain's last event, if any.
pub async fn head(client: &impl GenericClient) -> Result<Option<diwan_protocol::ChainHead>, HubError> {
    let row = client.query_opt("SELECT seq, hash FROM audit_head WHERE id = 1", &[]).await?;
    Ok(row.map(|row| diwan_protocol::ChainHead { seq: row.get(0), hash: hash_of(row.get::<_, &[u8]>(1)).to_hex() }))
}

/// Verifies the whole chain, then says which hash each of `seqs` has now:
/// a desktop compares them with the heads it saw, so that a chain written
/// again from some event on (each hash made anew, so that it verifies)
/// shows all the same.
pub async fn check(client: &impl GenericClient, seqs: &[i64]) -> Result<diwan_protocol::ChainChecked, HubError> {
    let events = verify(client).await?;
    let rows = client.query("SELECT seq, hash, detail FROM audit_events WHERE seq = ANY($1)", &[&seqs]).await?;
    let mut hashes: std::collections::BTreeMap<i64, Option<String>> = seqs.iter().map(|s| (*s, None)).collect();
    let mut details = std::collections::BTreeMap::new();
    for row in &rows {
        hashes.insert(row.get(0), Some(hash_of(row.get::<_, &[u8]>(1)).to_hex()));
        details.insert(row.get(0), row.get(2));
    }
    Ok(diwan_protocol::ChainChecked { events, hashes, details })
}
