//! Crises on the hub: a desktop's "declare" or "end" runs here again
//! through `diwan-core` as the person who sent it (a supervisor at every
//! mission named), and pauses or resolves the posts of those missions as
//! the hub has them, each a new version of its post that desktops pull. A
//! desktop that scheduled a post offline while a crisis paused it meanwhile
//! gets its change back: the post's own rules refuse it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::crisis::{Crisis, CrisisId, Resolution};
use diwan_core::hash::ContentHash;
use diwan_core::post::{Effect, Post};
use diwan_core::user::User;
use diwan_core::MissionCode;
use diwan_protocol::convert::{self, AccountList, CrisisList};
use diwan_protocol::{self as protocol, Outcome};
use tokio_postgres::{GenericClient, Row, Transaction};

use crate::posts::{accounts_of, refusal_of, save, stored, Accepted, UNSTAMPED};
use crate::HubError;

const COLUMNS: &str =
    "SELECT id, uid, missions, from_at, to_at, reason, declared_by, declared_at, ended_by, ended_at, seq FROM crises";

fn crisis(row: &Row) -> Result<Crisis, HubError> {
    let missions: String = row.get("missions");
    let name = |column: &str| diwan_core::user::UserName::parse(row.get::<_, &str>(column));
    let ended = match (row.get::<_, Option<&str>>("ended_by"), row.get::<_, Option<DateTime<Utc>>>("ended_at")) {
        (Some(_), Some(at)) => Some((name("ended_by")?, at)),
        _ => None,
    };
    Ok(Crisis {
        id: CrisisId(row.get("id")),
        missions: crate::missions::split_list(&missions)
            .iter()
            .map(|m| MissionCode::parse(m))
            .collect::<Result<_, _>>()?,
        from: row.get("from_at"),
        to: row.get("to_at"),
        reason: row.get("reason"),
        declared_by: name("declared_by")?,
        declared_at: row.get("declared_at"),
        ended,
    })
}

/// Every crisis the hub knows, by its number and uid.
pub(crate) async fn known(client: &impl GenericClient) -> Result<CrisisList, HubError> {
    let rows = client.query("SELECT id, uid FROM crises", &[]).await?;
    Ok(CrisisList(rows.iter().map(|r| (CrisisId(r.get(0)), r.get(1))).collect()))
}

/// The crises of `codes`' missions declared or ended after `cursor`, and the last number among them.
pub(crate) async fn changed_since(
    client: &impl GenericClient,
    codes: &[String],
    cursor: i64,
) -> Result<(Vec<protocol::Crisis>, i64), HubError> {
    let rows = client
        .query(
            &format!("{COLUMNS} WHERE string_to_array(missions, ',') && $1 AND seq > $2 ORDER BY seq"),
            &[&codes, &cursor],
        )
        .await?;
    let mut crises = Vec::with_capacity(rows.len());
    let mut last = cursor;
    for row in &rows {
        crises.push(convert::crisis_out(&crisis(row)?, row.get("uid")));
        last = row.get("seq");
    }
    Ok((crises, last))
}

/// A post of the hub's, changed by a crisis: saved as its next version,
/// with a change row under `key` so that later pushes can tell what happened since.
#[allow(clippy::too_many_arguments, reason = "the row's columns")]
async fn save_derived(
    tx: &Transaction<'_>,
    (uid, version, post): (&str, i64, &Post),
    class: &str,
    (key, user, device): (&str, &User, i64),
    (accounts, crises): (&AccountList, &CrisisList),
    now: DateTime<Utc>,
) -> Result<(), HubError> {
    save(tx, post, uid, version + 1, (accounts, crises), now, false).await?;
    tx.execute(
        "INSERT INTO changes (key, post, person, device, base_version, version, class, content_hash, answer, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{}', $9)",
        &[
            &format!("{key}:{uid}"),
            &uid,
            &user.name.as_str(),
            &device,
            &version,
            &(version + 1),
            &class,
            &post.content_hash().0.to_vec(),
            &now,
        ],
    )
    .await?;
    Ok(())
}

/// The hub's posts of `missions`, as they are: uid, version, the post and
/// its mission's accounts (each mission's read once).
async fn posts_of(
    tx: &Transaction<'_>,
    missions: &[String],
    crises: &CrisisList,
) -> Result<Vec<(String, i64, Post, Arc<AccountList>)>, HubError> {
    // Locked in one order, so that two crises over the same posts wait for each other, never deadlock.
    let rows = tx
        .query(
            "SELECT uid, version, mission, body FROM posts WHERE mission = ANY($1) ORDER BY uid FOR UPDATE",
            &[&missions],
        )
        .await?;
    let mut accounts: BTreeMap<String, Arc<AccountList>> = BTreeMap::new();
    let mut posts = Vec::with_capacity(rows.len());
    for row in &rows {
        let mission: String = row.get(2);
        let of_mission = match accounts.get(&mission) {
            Some(known) => Arc::clone(known),
            None => {
                let read = Arc::new(accounts_of(tx, &mission).await?);
                accounts.insert(mission, Arc::clone(&read));
                read
            }
        };
        let post = stored(row.get(3), &of_mission, crises)?;
        posts.push((row.get(0), row.get(1), post, of_mission));
    }
    Ok(posts)
}

/// Runs a pushed crisis change (`pushed.post` is the crisis's uid).
pub(crate) async fn run(
    tx: &Transaction<'_>,
    user: &User,
    device: i64,
    pushed: &protocol::Pushed,
    events: &mut Vec<NewAuditEvent>,
    now: DateTime<Utc>,
) -> Result<(Outcome, Accepted), HubError> {
    match &pushed.change {
        protocol::Change::DeclareCrisis { missions, from, to, reason } => {
            declare(tx, (user, device), pushed, (missions, from, to, reason), events, now).await
        }
        protocol::Change::EndCrisis { resolution, posts } => {
            end(tx, (user, device), pushed, (resolution, posts), events, now).await
        }
        _ => refusal_of(&pushed.key, &HubError::PostExists { uid: pushed.post.clone() }),
    }
}

type Declared<'a> = (&'a [String], &'a str, &'a str, &'a str);

async fn declare(
    tx: &Transaction<'_>,
    (user, device): (&User, i64),
    pushed: &protocol::Pushed,
    (missions, from, to, reason): Declared<'_>,
    events: &mut Vec<NewAuditEvent>,
    now: DateTime<Utc>,
) -> Result<(Outcome, Accepted), HubError> {
    let key = pushed.key.as_str();
    if tx.query_opt("SELECT 1 FROM crises WHERE uid = $1", &[&pushed.post]).await?.is_some() {
        return refusal_of(key, &HubError::PostExists { uid: pushed.post.clone() });
    }
    let window = match (convert::time(from), convert::time(to)) {
        (Ok(from), Ok(to)) => (from, to),
        (Err(unreadable), _) | (_, Err(unreadable)) => return refusal_of(key, &HubError::from(unreadable)),
    };
    let mut codes = BTreeSet::new();
    for code in missions {
        match MissionCode::parse(code) {
            Ok(code) => codes.insert(code),
            Err(error) => return refusal_of(key, &error),
        };
    }
    let id: i64 = tx.query_one("SELECT nextval(pg_get_serial_sequence('crises', 'id'))", &[]).await?.get(0);
    let crisis = match Crisis::declare(CrisisId(id), user, codes, window, reason, now) {
        Ok(crisis) => crisis,
        Err(error) => return refusal_of(key, &error),
    };
    let joined: Vec<&str> = crisis.missions.iter().map(MissionCode::as_str).collect();
    tx.execute(
        "INSERT INTO crises (id, uid, missions, from_at, to_at, reason, declared_by, declared_at, seq)
         OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[
            &id,
            &pushed.post,
            &joined.join(","),
            &crisis.from,
            &crisis.to,
            &crisis.reason,
            &user.name.as_str(),
            &now,
            &UNSTAMPED,
        ],
    )
    .await?;
    let crises = known(tx).await?;
    let codes: Vec<String> = joined.iter().map(|c| (*c).to_owned()).collect();
    let mut paused = 0;
    for (uid, version, mut post, accounts) in posts_of(tx, &codes, &crises).await? {
        if post.pause(&crisis) {
            save_derived(tx, (&uid, version, &post), "paused", (key, user, device), (&accounts, &crises), now).await?;
            events.push(
                NewAuditEvent::new(now, user.name.as_str(), AuditAction::PostPaused, format!("post:{uid}"))
                    .with_hashes(None, Some(post.content_hash()))
                    .with_detail(format!("crisis:{}", pushed.post)),
            );
            paused += 1;
        }
    }
    events.push(
        NewAuditEvent::new(now, user.name.as_str(), AuditAction::CrisisDeclared, format!("crisis:{}", pushed.post))
            .with_detail(format!("{} ({paused} paused): {}", joined.join(","), crisis.reason)),
    );
    Ok((Outcome::Accepted { key: key.to_owned(), version: 1, recorded: None }, Some(("crisis", 1, ContentHash::ZERO))))
}

type Ended<'a> = (&'a str, &'a std::collections::BTreeMap<String, String>);

async fn end(
    tx: &Transaction<'_>,
    (user, device): (&User, i64),
    pushed: &protocol::Pushed,
    (resolution, chosen): Ended<'_>,
    events: &mut Vec<NewAuditEvent>,
    now: DateTime<Utc>,
) -> Result<(Outcome, Accepted), HubError> {
    let key = pushed.key.as_str();
    let Some(row) = tx.query_opt(&format!("{COLUMNS} WHERE uid = $1 FOR UPDATE"), &[&pushed.post]).await? else {
        return refusal_of(key, &HubError::CrisisUnknown { uid: pushed.post.clone() });
    };
    let mut crisis = crisis(&row)?;
    let default = match convert::resolution(resolution) {
        Ok(resolution) => resolution,
        Err(unreadable) => return refusal_of(key, &HubError::from(unreadable)),
    };
    if let Err(error) = crisis.end(user, now) {
        return refusal_of(key, &error);
    }
    tx.execute(
        "UPDATE crises SET ended_by = $2, ended_at = $3, seq = $4 WHERE uid = $1",
        &[&pushed.post, &user.name.as_str(), &now, &UNSTAMPED],
    )
    .await?;
    let crises = known(tx).await?;
    let codes: Vec<String> = crisis.missions.iter().map(ToString::to_string).collect();
    for (uid, version, mut post, accounts) in posts_of(tx, &codes, &crises).await? {
        if post.paused_by != Some(crisis.id) {
            continue;
        }
        let resolution = match chosen.get(&uid).map(|r| convert::resolution(r)) {
            None => default,
            Some(Ok(resolution)) => resolution,
            Some(Err(unreadable)) => return refusal_of(key, &HubError::from(unreadable)),
        };
        let (before, at) = (post.content_hash(), post.at);
        let effect = match post.resolve_pause(user, &crisis, resolution) {
            Ok(effect) => effect,
            Err(error) => return refusal_of(key, &error),
        };
        let class = if post.at == at { "crisis" } else { "reschedule" };
        save_derived(tx, (&uid, version, &post), class, (key, user, device), (&accounts, &crises), now).await?;
        let subject = format!("post:{uid}");
        events.push(
            NewAuditEvent::new(now, user.name.as_str(), AuditAction::PostPauseResolved, subject.clone())
                .with_hashes(Some(before), Some(post.content_hash()))
                .with_detail(format!("crisis:{} {resolution}", pushed.post)),
        );
        if let Effect::ApprovalWithdrawn { reason, approvals } = effect {
            events.push(
                NewAuditEvent::new(now, user.name.as_str(), AuditAction::PostApprovalWithdrawn, subject)
                    .with_detail(format!("{} ({approvals} approvals)", reason.describe())),
            );
        }
    }
    events.push(
        NewAuditEvent::new(now, user.name.as_str(), AuditAction::CrisisEnded, format!("crisis:{}", pushed.post))
            .with_detail(Resolution::to_string(&default)),
    );
    Ok((Outcome::Accepted { key: key.to_owned(), version: 2, recorded: None }, Some(("crisis", 2, ContentHash::ZERO))))
}
