//! The hub's schema, in code: append-only migrations and a version kept in
//! `hub_meta`. Hubs started side by side migrate one at a time (an
//! advisory lock held for the transaction), and a database from a newer
//! hub, or one that holds someone else's tables, is refused untouched.
//! The hub's migrations only ever add; its backups are PostgreSQL's own
//! (`pg_dump`, a standby: README, "Team hub").

use tokio_postgres::Client;

use crate::HubError;

/// The migrations, oldest first. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/001_people.sql"),
    include_str!("../migrations/002_missions.sql"),
    include_str!("../migrations/003_accounts.sql"),
    include_str!("../migrations/004_posts.sql"),
    include_str!("../migrations/005_crises.sql"),
    include_str!("../migrations/006_unstamped.sql"),
    include_str!("../migrations/007_policies.sql"),
    include_str!("../migrations/008_comments.sql"),
    include_str!("../migrations/009_media.sql"),
];

#[allow(clippy::cast_possible_truncation, reason = "a handful of migrations")]
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The advisory lock's key: "DIWN" as an integer, as the desktop's file is marked.
const MIGRATION_LOCK: i64 = 0x4449_574E;

/// Brings the database up to this hub's schema; returns the version found.
pub async fn migrate(client: &mut Client) -> Result<u32, HubError> {
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).await?;
    let found = version_in(&tx).await?;
    if found > SCHEMA_VERSION {
        return Err(HubError::TooNew { found, supported: SCHEMA_VERSION });
    }
    if found == 0 {
        // A new hub gets a database of its own: someone else's tables are
        // never written beside.
        let foreign: i64 = tx
            .query_one("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", &[])
            .await?
            .get(0);
        if foreign > 0 {
            return Err(HubError::NotHub);
        }
        tx.batch_execute("CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL)").await?;
    }
    for sql in MIGRATIONS.iter().skip(found as usize) {
        tx.batch_execute(sql).await?;
    }
    tx.execute(
        "INSERT INTO hub_meta (key, value) VALUES ('schema_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&SCHEMA_VERSION.to_string()],
    )
    .await?;
    tx.commit().await?;
    Ok(found)
}

/// The schema version of the hub's database: 0 when it has none yet.
pub async fn version(client: &Client) -> Result<u32, HubError> {
    version_in(client).await
}

async fn version_in(client: &impl tokio_postgres::GenericClient) -> Result<u32, HubError> {
    let has_meta: bool = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables
                            WHERE table_schema = current_schema() AND table_name = 'hub_meta')",
            &[],
        )
        .await?
        .get(0);
    if !has_meta {
        return Ok(0);
    }
    let row = client.query_opt("SELECT value FROM hub_meta WHERE key = 'schema_version'", &[]).await?;
    Ok(row.and_then(|r| r.get::<_, String>(0).parse().ok()).unwrap_or(0))
}
