//! The ministry's approval policies on the hub. An administrator sets one
//! on their desktop; the change runs here through `diwan-core` (who may,
//! whether the steps read, whether the people named exist on the hub), and
//! every approval the hub then runs follows it. Desktops pull them.

use chrono::{DateTime, Utc};
use diwan_core::approval::{self, Policy, PolicyBook};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::hash::ContentHash;
use diwan_core::post::Category;
use diwan_core::user::User;
use diwan_protocol::{self as protocol, Outcome};
use tokio_postgres::{GenericClient, Transaction};

use crate::posts::{refusal_of, Accepted, UNSTAMPED};
use crate::HubError;

/// Steps are kept as the desktop keeps them, separated by `;`.
const STEP_SEPARATOR: &str = ";";

fn steps_of(joined: &str) -> Vec<String> {
    joined.split(STEP_SEPARATOR).filter(|s| !s.is_empty()).map(ToOwned::to_owned).collect()
}

/// The book every approval on the hub follows: the ministry's defaults,
/// with what administrators set in their place.
pub(crate) async fn book(client: &impl GenericClient) -> Result<PolicyBook, HubError> {
    let mut book = PolicyBook::ministry_default();
    for row in client.query("SELECT category, steps, fast_track FROM policies", &[]).await? {
        let category: Category =
            row.get::<_, &str>(0).parse().map_err(|_| HubError::Database { detail: "a policy's category".into() })?;
        let policy = Policy::parse(&steps_of(row.get(1)), row.get(2))
            .map_err(|e| HubError::Database { detail: e.to_string() })?;
        book.set(category, policy);
    }
    Ok(book)
}

/// The policies set after `cursor`, and the last number among them.
pub(crate) async fn changed_since(
    client: &impl GenericClient,
    cursor: i64,
) -> Result<(Vec<protocol::Policy>, i64), HubError> {
    let rows = client
        .query(
            "SELECT category, steps, fast_track, updated_by, updated_at, seq FROM policies WHERE seq > $1 ORDER BY seq",
            &[&cursor],
        )
        .await?;
    let mut last = cursor;
    let mut policies = Vec::with_capacity(rows.len());
    for row in &rows {
        policies.push(protocol::Policy {
            category: row.get(0),
            steps: steps_of(row.get(1)),
            fast_track: row.get(2),
            updated_by: row.get(3),
            updated_at: diwan_protocol::convert::time_out(row.get(4)),
        });
        last = row.get(5);
    }
    Ok((policies, last))
}

/// Runs a pushed policy change as `user`, an administrator.
pub(crate) async fn set(
    tx: &Transaction<'_>,
    user: &User,
    pushed: &protocol::Pushed,
    (category, steps, fast_track): (&str, &[String], Option<&str>),
    events: &mut Vec<NewAuditEvent>,
    now: DateTime<Utc>,
) -> Result<(Outcome, Accepted), HubError> {
    let key = pushed.key.as_str();
    if let Some(refusal) = approval::editor_refusal(user) {
        return refusal_of(key, &refusal);
    }
    let category: Category = match category.parse() {
        Ok(category) => category,
        Err(error) => return refusal_of(key, &error),
    };
    let policy = match Policy::parse(steps, fast_track) {
        Ok(policy) => policy,
        Err(error) => return refusal_of(key, &error),
    };
    let named = policy.steps.iter().map(|s| &s.approvers).chain(&policy.fast_track).flat_map(|a| a.names());
    for name in named {
        if tx.query_opt("SELECT 1 FROM people WHERE name = $1", &[&name.as_str()]).await?.is_none() {
            return refusal_of(key, &HubError::PersonUnknown { name: name.to_string() });
        }
    }
    let spec = policy.step_specs().join(STEP_SEPARATOR);
    let fast = policy.fast_track.as_ref().map(|f| f.spec());
    tx.execute(
        "INSERT INTO policies (category, steps, fast_track, updated_by, updated_at, seq)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (category) DO UPDATE SET steps = excluded.steps, fast_track = excluded.fast_track,
             updated_by = excluded.updated_by, updated_at = excluded.updated_at, seq = excluded.seq",
        &[&category.as_str(), &spec, &fast, &user.name.as_str(), &now, &UNSTAMPED],
    )
    .await?;
    let fast = fast.map_or_else(String::new, |f| format!(" fast-track {f}"));
    events.push(
        NewAuditEvent::new(now, user.name.as_str(), AuditAction::PolicySet, format!("policy:{category}"))
            .with_detail(format!("{}{fast}", policy.step_specs().join(" > "))),
    );
    Ok((Outcome::Accepted { key: key.to_owned(), version: 1, recorded: None }, Some(("policy", 1, ContentHash::ZERO))))
}
