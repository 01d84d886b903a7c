//! Comments on the shared plan (#13): added and resolved by the people of
//! the post's mission, kept beside the post by uid. A comment never
//! changes the post's version, so it never conflicts with an edit or a
//! decision; it stamps the post with the push's number, so that pulls bring
//! the post again with its comments.

use chrono::{DateTime, Utc};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::comment::CommentBody;
use diwan_core::hash::ContentHash;
use diwan_core::user::User;
use diwan_core::MissionCode;
use diwan_protocol::{self as protocol, Outcome};
use tokio_postgres::{GenericClient, Transaction};

use crate::posts::{refusal_of, Accepted, UNSTAMPED};
use crate::HubError;

/// Runs a pushed comment change as `user`.
pub(crate) async fn run(
    tx: &Transaction<'_>,
    user: &User,
    pushed: &protocol::Pushed,
    events: &mut Vec<NewAuditEvent>,
    now: DateTime<Utc>,
) -> Result<(Outcome, Accepted), HubError> {
    let key = pushed.key.as_str();
    let Some(row) =
        tx.query_opt("SELECT mission, version, body FROM posts WHERE uid = $1 FOR UPDATE", &[&pushed.post]).await?
    else {
        return refusal_of(key, &HubError::PostUnknown { uid: pushed.post.clone() });
    };
    let mission: String = row.get(0);
    let version: i64 = row.get(1);
    let at_mission = MissionCode::parse(&mission).is_ok_and(|code| user.roles.contains_key(&code));
    if !at_mission {
        return refusal_of(key, &HubError::NotAtMission { name: user.name.to_string(), mission });
    }
    let subject = format!("post:{}", pushed.post);
    match &pushed.change {
        protocol::Change::AddComment { uid, language, body } => {
            let body = match CommentBody::parse(body) {
                Ok(body) => body,
                Err(error) => return refusal_of(key, &error),
            };
            if let Some(language) = language {
                let post: protocol::Post =
                    serde_json::from_str(row.get(2)).map_err(|e| HubError::Database { detail: e.to_string() })?;
                if !post.variants.contains_key(language) {
                    return refusal_of(
                        key,
                        &HubError::from(protocol::convert::Unreadable { field: "language", value: language.clone() }),
                    );
                }
            }
            // A uid seen before is the same comment sent again: kept once.
            tx.execute(
                "INSERT INTO comments (uid, post, language, author, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (uid) DO NOTHING",
                &[uid, &pushed.post, language, &user.name.as_str(), &body.as_str(), &now],
            )
            .await?;
            events.push(
                NewAuditEvent::new(now, user.name.as_str(), AuditAction::CommentAdded, subject)
                    .with_detail(format!("comment {uid}")),
            );
        }
        protocol::Change::ResolveComment { uid } => {
            let resolved = tx
                .execute(
                    "UPDATE comments SET resolved_by = $3, resolved_at = $4
                     WHERE uid = $1 AND post = $2 AND resolved_by IS NULL",
                    &[uid, &pushed.post, &user.name.as_str(), &now],
                )
                .await?;
            if resolved > 0 {
                events.push(
                    NewAuditEvent::new(now, user.name.as_str(), AuditAction::CommentResolved, subject)
                        .with_detail(format!("comment {uid}")),
                );
            } else if tx
                .query_opt("SELECT 1 FROM comments WHERE uid = $1 AND post = $2", &[uid, &pushed.post])
                .await?
                .is_none()
            {
                return refusal_of(key, &HubError::CommentUnknown { uid: uid.clone() });
            }
        }
        _ => return refusal_of(key, &HubError::PostExists { uid: pushed.post.clone() }),
    }
    tx.execute("UPDATE posts SET seq = $2 WHERE uid = $1", &[&pushed.post, &UNSTAMPED]).await?;
    // The post's version stays: the desktop's own stays what it was.
    let base = pushed.base_version.unwrap_or(version);
    Ok((
        Outcome::Accepted { key: key.to_owned(), version: base, recorded: None },
        Some((COMMENT, base, ContentHash::ZERO)),
    ))
}

/// The class a comment's change is recorded under: with no version, as it
/// makes none (what happened to a post since a version never counts it).
pub(crate) const COMMENT: &str = "comment";

/// The comments of `posts` (by uid), each post's oldest first.
pub(crate) async fn of_posts(
    client: &impl GenericClient,
    posts: &[String],
) -> Result<std::collections::BTreeMap<String, Vec<protocol::Comment>>, HubError> {
    let rows = client
        .query(
            "SELECT post, uid, language, author, body, created_at, resolved_by, resolved_at FROM comments
             WHERE post = ANY($1) ORDER BY created_at, uid",
            &[&posts],
        )
        .await?;
    let mut out: std::collections::BTreeMap<String, Vec<protocol::Comment>> = std::collections::BTreeMap::new();
    for row in &rows {
        let time = |at: DateTime<Utc>| protocol::convert::time_out(at);
        out.entry(row.get(0)).or_default().push(protocol::Comment {
            uid: row.get(1),
            language: row.get(2),
            author: row.get(3),
            body: row.get(4),
            created_at: time(row.get(5)),
            resolved_by: row.get(6),
            resolved_at: row.get::<_, Option<DateTime<Utc>>>(7).map(time),
        });
    }
    Ok(out)
}
