//! The shared plan on the hub: posts pushed by desktops as the use cases
//! they ran, each run again here through `diwan-core` against the post as
//! it is now, in one PostgreSQL transaction; and pulled by desktops from a
//! cursor, for their person's missions only.
//!
//! Before a change runs, [`diwan_core::sync::admit`] says whether it still
//! may, from what the hub accepted on the post since the version its
//! author started from: the hub never merges, and never overwrites an
//! approval or an edit silently. The change then runs as the person whose
//! device token came with it, through the post's own rules (four eyes,
//! roles, fit): what a modified client claims is checked again here.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use diwan_core::account::{AccountId, NewAccount};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::hash::ContentHash;
use diwan_core::post::{Effect, Post, PostId};
use diwan_core::sync::{self, Change, Context, Since};
use diwan_core::user::User;
use diwan_core::Localized;
use diwan_protocol::convert::{self, AccountList, CrisisList};
use diwan_protocol::{self as protocol, Outcome};
use tokio_postgres::{Client, GenericClient, Transaction};

use crate::{audit, refusal, HubError};

/// How many posts one pull answers at most.
pub const PULL_PAGE: i64 = 500;

/// A mission's accounts as the hub numbers them.
pub(crate) async fn accounts_of(client: &impl GenericClient, mission: &str) -> Result<AccountList, HubError> {
    let rows = client
        .query(
            "SELECT id, mission, platform, handle, languages, limit_override FROM accounts WHERE mission = $1",
            &[&mission],
        )
        .await?;
    let mut accounts = Vec::with_capacity(rows.len());
    for row in &rows {
        let languages: String = row.get(4);
        let new = NewAccount {
            mission: diwan_core::MissionCode::parse(row.get::<_, &str>(1))?,
            platform: row.get::<_, &str>(2).parse()?,
            handle: row.get(3),
            languages: crate::missions::split_list(&languages),
            limit_override: row.get::<_, Option<i32>>(5).and_then(|n| u32::try_from(n).ok()),
        };
        accounts.push(new.validate(AccountId(row.get(0)))?);
    }
    Ok(AccountList(accounts))
}

/// A post as the hub keeps it (the wire's JSON in `posts.body`), in core's
/// terms; what does not read is the hub's own database gone wrong.
pub(crate) fn stored(body: &str, accounts: &AccountList, crises: &CrisisList) -> Result<Post, HubError> {
    let wire: protocol::Post = serde_json::from_str(body).map_err(|e| HubError::Database { detail: e.to_string() })?;
    convert::post(&wire, PostId(0), accounts, crises).map_err(|e| HubError::Database { detail: e.to_string() })
}

/// What the hub records of a change, to tell later what happened since.
fn recorded_class(change: &Change) -> &'static str {
    match change {
        Change::EditText { .. } | Change::Retarget { .. } => "content",
        Change::Approve { .. } | Change::Reject { .. } => "decision",
        Change::MarkTranslated { .. } => "translated",
        Change::Reschedule { .. } => "reschedule",
        Change::Submit | Change::Schedule | Change::Publish { .. } => "other",
        Change::Attach { .. } | Change::Detach { .. } | Change::SetAlt { .. } => "content",
    }
}

fn hash_of(bytes: &[u8]) -> ContentHash {
    let mut hash = [0; 32];
    if bytes.len() == 32 {
        hash.copy_from_slice(bytes);
    }
    ContentHash(hash)
}

pub(crate) fn refused(key: &str, error: &impl Localized, conflict: bool) -> Outcome {
    Outcome::Refused { key: key.to_owned(), refusal: refusal(error), conflict }
}

/// A change the post's rules (or what was sent) refused: nothing accepted.
pub(crate) fn refusal_of(key: &str, error: &impl Localized) -> Result<(Outcome, Accepted), HubError> {
    Ok((refused(key, error, false), None))
}

/// Runs `pushed` in order, each in its own transaction, as `user` from
/// `device`; one outcome each. A change whose key was seen before gets its
/// first outcome again and runs no second time.
pub async fn push(
    client: &mut Client,
    device: i64,
    user: &User,
    pushed: &[protocol::Pushed],
    now: DateTime<Utc>,
) -> Result<Vec<Outcome>, HubError> {
    let mut outcomes = Vec::with_capacity(pushed.len());
    for change in pushed {
        outcomes.push(push_one(client, device, user, change, now).await?);
    }
    Ok(outcomes)
}

async fn push_one(
    client: &mut Client,
    device: i64,
    user: &User,
    pushed: &protocol::Pushed,
    now: DateTime<Utc>,
) -> Result<Outcome, HubError> {
    let tx = client.transaction().await?;
    // The same change sent twice at once (a retry racing its first try):
    // the second waits here for the first, then finds its answer.
    tx.execute("SELECT pg_advisory_xact_lock(hashtext($1))", &[&pushed.key]).await?;
    if let Some(row) = tx.query_opt("SELECT person, answer FROM changes WHERE key = $1", &[&pushed.key]).await? {
        let person: &str = row.get(0);
        if person != user.name.as_str() {
            return Err(HubError::KeyTaken { key: pushed.key.clone() });
        }
        return serde_json::from_str(row.get(1)).map_err(|e| HubError::Database { detail: e.to_string() });
    }
    let mut events = Vec::new();
    let (mut outcome, accepted) = match &pushed.change {
        protocol::Change::Create { post } => create(&tx, user, pushed, post, &mut events, now).await?,
        protocol::Change::DeclareCrisis { .. } | protocol::Change::EndCrisis { .. } => {
            crate::crises::run(&tx, user, device, pushed, &mut events, now).await?
        }
        protocol::Change::AddComment { .. } | protocol::Change::ResolveComment { .. } => {
            crate::comments::run(&tx, user, pushed, &mut events, now).await?
        }
        protocol::Change::SetPolicy { category, steps, fast_track } => {
            let policy = (category.as_str(), steps.as_slice(), fast_track.as_deref());
            crate::policies::set(&tx, user, pushed, policy, &mut events, now).await?
        }
        other => change(&tx, user, pushed, other, &mut events, now).await?,
    };
    if accepted.is_some() {
        // Last, and held only to the commit: the number pulls follow (the
        // order in which pushes commit, see 004_posts.sql) and the chain's
        // head, the two places every push waits its turn for.
        let seq: i64 = tx.query_one("UPDATE sync_head SET seq = seq + 1 WHERE id = 1 RETURNING seq", &[]).await?.get(0);
        // The literal, so that the partial indexes of 006_unstamped.sql serve.
        tx.execute("UPDATE posts SET seq = $1 WHERE seq = -1", &[&seq]).await?;
        tx.execute("UPDATE crises SET seq = $1 WHERE seq = -1", &[&seq]).await?;
        tx.execute("UPDATE policies SET seq = $1 WHERE seq = -1", &[&seq]).await?;
        // The change's own event (the first) names the desktop's event it
        // was made under: the hub's chain hashes the link.
        // (Only a well-formed link: the detail is no place for a client's free text.)
        let link = pushed.event.as_ref().filter(|e| e.seq > 0 && ContentHash::from_hex(&e.hash).is_some());
        if let (Some(desktop), Some(first)) = (link, events.first_mut()) {
            first.detail = format!("{}; {}", first.detail, protocol::desktop_event_link(desktop));
        }
        let first = audit::append(&tx, events).await?;
        if let (Outcome::Accepted { recorded, .. }, Some(first)) = (&mut outcome, first) {
            *recorded = Some(protocol::ChainHead {
                seq: i64::try_from(first.seq).unwrap_or(i64::MAX),
                hash: first.hash.to_hex(),
            });
        }
    }
    let answer = serde_json::to_string(&outcome).map_err(|e| HubError::Database { detail: e.to_string() })?;
    let (class, version, content) = match &accepted {
        // A comment makes no version (see comments::COMMENT).
        Some((class, _, _)) if *class == crate::comments::COMMENT => (*class, None, None),
        Some((class, version, content)) => (*class, Some(*version), Some(content.0.to_vec())),
        None => ("refused", None, None),
    };
    tx.execute(
        "INSERT INTO changes (key, post, person, device, base_version, version, class, content_hash, answer, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        &[
            &pushed.key,
            &pushed.post,
            &user.name.as_str(),
            &device,
            &pushed.base_version,
            &version,
            &class,
            &content,
            &answer,
            &now,
        ],
    )
    .await?;
    tx.commit().await?;
    Ok(outcome)
}

/// The number a row this push wrote carries until the push takes its own,
/// just before it commits (-1, as `006_unstamped.sql` indexes it); no
/// other push ever sees it.
pub(crate) const UNSTAMPED: i64 = -1;

/// What an accepted change recorded: its class, the post's new version and content hash.
pub(crate) type Accepted = Option<(&'static str, i64, ContentHash)>;

async fn create(
    tx: &Transaction<'_>,
    user: &User,
    pushed: &protocol::Pushed,
    wire: &protocol::NewPost,
    events: &mut Vec<NewAuditEvent>,
    now: DateTime<Utc>,
) -> Result<(Outcome, Accepted), HubError> {
    let key = pushed.key.as_str();
    if tx.query_opt("SELECT 1 FROM posts WHERE uid = $1", &[&pushed.post]).await?.is_some() {
        return refusal_of(key, &HubError::PostExists { uid: pushed.post.clone() });
    }
    if tx.query_opt("SELECT 1 FROM missions WHERE code = $1", &[&wire.mission]).await?.is_none() {
        return refusal_of(key, &HubError::MissionUnknown { code: wire.mission.clone() });
    }
    let accounts = accounts_of(tx, &wire.mission).await?;
    let new = match convert::new_post(wire, &accounts) {
        Ok(new) => new,
        Err(unreadable) => return refusal_of(key, &HubError::from(unreadable)),
    };
    let post = match Post::create(PostId(0), new, user) {
        Ok(post) => post,
        Err(error) => return refusal_of(key, &error),
    };
    let content = post.content_hash();
    save(tx, &post, &pushed.post, 1, (&accounts, &crate::crises::known(tx).await?), now, true).await?;
    let event = NewAuditEvent::new(now, user.name.as_str(), AuditAction::PostCreated, format!("post:{}", pushed.post))
        .with_hashes(None, Some(content))
        .with_detail(post.category.as_str());
    events.push(event);
    Ok((Outcome::Accepted { key: key.to_owned(), version: 1, recorded: None }, Some(("create", 1, content))))
}

async fn change(
    tx: &Transaction<'_>,
    user: &User,
    pushed: &protocol::Pushed,
    wire: &protocol::Change,
    events: &mut Vec<NewAuditEvent>,
    now: DateTime<Utc>,
) -> Result<(Outcome, Accepted), HubError> {
    let key = pushed.key.as_str();
    let unknown = || HubError::PostUnknown { uid: pushed.post.clone() };
    let Some(row) = tx
        .query_opt("SELECT mission, version, content_hash, body FROM posts WHERE uid = $1 FOR UPDATE", &[&pushed.post])
        .await?
    else {
        return refusal_of(key, &unknown());
    };
    let mission: String = row.get(0);
    let version: i64 = row.get(1);
    let content = hash_of(row.get(2));
    let accounts = accounts_of(tx, &mission).await?;
    let crises = crate::crises::known(tx).await?;
    let mut post = stored(row.get(3), &accounts, &crises)?;
    let change = match convert::change(wire, &accounts) {
        Ok(Some(change)) => change,
        Ok(None) => return refusal_of(key, &HubError::PostExists { uid: pushed.post.clone() }),
        Err(unreadable) => return refusal_of(key, &HubError::from(unreadable)),
    };
    // An image's bytes come before the change that attaches it.
    if let Change::Attach { content } = &change {
        if !crate::media::has(tx, &content.to_hex()).await? {
            return refusal_of(key, &HubError::MediaMissing { content: content.to_hex() });
        }
    }
    // What happened to the post since the version its author started from.
    let base = pushed.base_version.unwrap_or(0);
    let Some(base_row) = tx
        .query_opt("SELECT content_hash FROM changes WHERE post = $1 AND version = $2", &[&pushed.post, &base])
        .await?
    else {
        return refusal_of(key, &HubError::VersionUnknown { version: base });
    };
    let base_content = hash_of(base_row.get(0));
    let after: Vec<String> = tx
        .query("SELECT class FROM changes WHERE post = $1 AND version > $2", &[&pushed.post, &base])
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let since = Since {
        content,
        base_content,
        decided: after.iter().any(|c| c == "decision"),
        rescheduled: after.iter().any(|c| c == "reschedule"),
    };
    if let Err(conflict) = sync::admit(change.class(base_content), &since) {
        return Ok((refused(key, &conflict, true), None));
    }
    // The ministry's defaults, with what its administrators set instead.
    let policies = crate::policies::book(tx).await?;
    let targets = accounts.targets(&post);
    let context = Context { targets: &targets, policies: &policies, glossary: &[], digits: None, now };
    let effects = match change.run(&mut post, user, &context) {
        Ok(effects) => effects,
        Err(error) => return refusal_of(key, &error),
    };
    let version = version + 1;
    let after_content = post.content_hash();
    save(tx, &post, &pushed.post, version, (&accounts, &crises), now, false).await?;
    let subject = format!("post:{}", pushed.post);
    events.push(
        NewAuditEvent::new(now, user.name.as_str(), change.audit_action(), subject.clone())
            .with_hashes(Some(content), Some(after_content))
            .with_detail(format!("version {version}")),
    );
    for effect in &effects {
        if let Effect::ApprovalWithdrawn { reason, approvals } = effect {
            events.push(
                NewAuditEvent::new(now, user.name.as_str(), AuditAction::PostApprovalWithdrawn, subject.clone())
                    .with_detail(format!("{} ({approvals} approvals)", reason.describe())),
            );
        }
    }
    Ok((
        Outcome::Accepted { key: key.to_owned(), version, recorded: None },
        Some((recorded_class(&change), version, after_content)),
    ))
}

#[allow(clippy::too_many_arguments, reason = "one row's columns")]
pub(crate) async fn save(
    tx: &Transaction<'_>,
    post: &Post,
    uid: &str,
    version: i64,
    (accounts, crises): (&AccountList, &CrisisList),
    now: DateTime<Utc>,
    new: bool,
) -> Result<(), HubError> {
    let body = serde_json::to_string(&convert::post_out(post, uid, version, accounts, crises))
        .map_err(|e| HubError::Database { detail: e.to_string() })?;
    let hash = post.content_hash().0.to_vec();
    let sql = if new {
        "INSERT INTO posts (uid, mission, version, content_hash, body, seq, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    } else {
        "UPDATE posts SET version = $3, content_hash = $4, body = $5, seq = $6, updated_at = $7
         WHERE uid = $1 AND mission = $2"
    };
    tx.execute(sql, &[&uid, &post.mission.as_str(), &version, &hash, &body, &UNSTAMPED, &now]).await?;
    Ok(())
}

/// The posts of `user`'s missions changed after `cursor`, oldest change
/// first, and their crises declared or ended since.
pub async fn pull(client: &impl GenericClient, user: &User, cursor: i64) -> Result<protocol::Pulled, HubError> {
    let codes: Vec<String> = user.roles.keys().map(ToString::to_string).collect();
    let rows = client
        .query(
            "SELECT body, seq FROM posts WHERE mission = ANY($1) AND seq > $2 ORDER BY seq LIMIT $3",
            &[&codes, &cursor, &PULL_PAGE],
        )
        .await?;
    let mut posts: Vec<protocol::Post> = Vec::with_capacity(rows.len());
    let mut last = cursor;
    for row in &rows {
        posts.push(serde_json::from_str(row.get(0)).map_err(|e| HubError::Database { detail: e.to_string() })?);
        last = row.get(1);
    }
    let uids: Vec<String> = posts.iter().map(|p| p.uid.clone()).collect();
    let mut comments = crate::comments::of_posts(client, &uids).await?;
    for post in &mut posts {
        post.comments = comments.remove(&post.uid).unwrap_or_default();
    }
    let more = i64::try_from(rows.len()).unwrap_or(i64::MAX) >= PULL_PAGE;
    let (crises, crises_last) = crate::crises::changed_since(client, &codes, cursor).await?;
    let (policies, policies_last) = crate::policies::changed_since(client, cursor).await?;
    // A full page stops at its last post: what came after comes next time.
    if !more {
        last = last.max(crises_last).max(policies_last);
    }
    let head = crate::audit::head(client).await?;
    Ok(protocol::Pulled { posts, crises, policies, cursor: last, more, head })
}

/// Every post on the hub by uid with its version, for checks and tests.
pub async fn versions(client: &impl GenericClient) -> Result<BTreeMap<String, i64>, HubError> {
    Ok(client.query("SELECT uid, version FROM posts", &[]).await?.iter().map(|r| (r.get(0), r.get(1))).collect())
}
