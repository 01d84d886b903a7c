//! Devices signed in to the hub: a person gives their passphrase once from
//! a desktop and gets a token for that device, sent with every request
//! after. The hub keeps only the token's SHA-256; a device is revoked by
//! its owner (signing out) or by IT (`diwan-hub device revoke`), and a
//! revoked token opens nothing, at once.

use chrono::{DateTime, Utc};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::sign_in::SignInError;
use diwan_core::user::{User, UserName};
use sha2::{Digest, Sha256};
use tokio_postgres::{Client, GenericClient};

use crate::{audit, people, HubError};

/// A new device's token, shown once to the device that asked.
#[derive(Debug)]
pub struct Issued {
    pub device: i64,
    pub token: String,
    pub user: User,
}

/// A device as IT lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: i64,
    pub person: String,
    pub label: String,
    pub created_at: DateTime<Utc>,
    pub last_seen: Option<DateTime<Utc>>,
    pub revoked: bool,
}

fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// 32 random bytes, as hex.
fn new_token() -> Result<String, HubError> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).map_err(|_| HubError::NoRandomness)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// A hash nobody's passphrase matches: an unknown name costs the same
/// Argon2 time as a known one, so timing tells nothing.
fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| people::hash("no one's passphrase, ever").unwrap_or_default())
}

/// Signs `name` in from a device called `label`: a wrong passphrase and
/// an unknown name are refused alike, and recorded.
pub async fn sign_in(
    client: &mut Client,
    name: &str,
    passphrase: &str,
    label: &str,
    now: DateTime<Utc>,
) -> Result<Issued, HubError> {
    let wrong = || HubError::SignIn(SignInError::WrongPassphrase);
    let Ok(name) = UserName::parse(name) else { return Err(wrong()) };
    let found = people::find(&*client, &name).await?;
    let phc = found.as_ref().map_or_else(|| decoy().to_owned(), |(_, phc)| phc.clone());
    let passphrase = passphrase.to_owned();
    // Argon2id takes a fifth of a second of one core: off the async threads.
    let right = tokio::task::spawn_blocking(move || people::matches(&passphrase, &phc))
        .await
        .map_err(|e| HubError::Database { detail: e.to_string() })?;
    let tx = client.transaction().await?;
    let Some((user, _)) = found.filter(|_| right) else {
        let event = NewAuditEvent::new(now, name.as_str(), AuditAction::SignInFailed, format!("user:{name}"))
            .with_detail(format!("hub, device {label}"));
        audit::append(&tx, vec![event]).await?;
        tx.commit().await?;
        return Err(wrong());
    };
    let token = new_token()?;
    let device: i64 = tx
        .query_one(
            "INSERT INTO devices (person, label, token_sha256, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            &[&user.name.as_str(), &label, &digest(&token), &now],
        )
        .await?
        .get(0);
    let event = NewAuditEvent::new(now, user.name.as_str(), AuditAction::DeviceSignedIn, format!("device:{device}"))
        .with_detail(label);
    audit::append(&tx, vec![event]).await?;
    tx.commit().await?;
    Ok(Issued { device, token, user })
}

/// The person a token belongs to, if it is known and not revoked.
pub async fn authenticate(
    client: &impl GenericClient,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(i64, User), HubError> {
    // One round trip; "last seen" is written at most once a minute per
    // device, not on every request (under load, a write per pull adds up).
    let row = client
        .query_opt(
            "WITH found AS (
                 SELECT id, person, last_seen FROM devices WHERE token_sha256 = $1 AND revoked_at IS NULL
             ), seen AS (
                 UPDATE devices SET last_seen = $2::timestamptz
                 WHERE id IN (SELECT id FROM found WHERE last_seen IS NULL OR last_seen < $2::timestamptz - interval '1 minute')
             )
             SELECT id, person FROM found",
            &[&digest(token), &now],
        )
        .await?
        .ok_or(HubError::TokenRefused)?;
    let name = UserName::parse(row.get::<_, &str>(1))?;
    let (user, _) = people::find(client, &name).await?.ok_or(HubError::TokenRefused)?;
    Ok((row.get(0), user))
}

/// Revokes device `id` (by its owner or by IT, `by`); revoking twice changes nothing.
pub async fn revoke(client: &mut Client, id: i64, by: &str, now: DateTime<Utc>) -> Result<bool, HubError> {
    let tx = client.transaction().await?;
    let revoked =
        tx.execute("UPDATE devices SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", &[&id, &now]).await?;
    if revoked > 0 {
        audit::append(&tx, vec![NewAuditEvent::new(now, by, AuditAction::DeviceRevoked, format!("device:{id}"))])
            .await?;
    }
    tx.commit().await?;
    Ok(revoked > 0)
}

/// Every device, newest first (only `person`'s when given).
pub async fn list(client: &impl GenericClient, person: Option<&str>) -> Result<Vec<Device>, HubError> {
    let rows = client
        .query(
            "SELECT id, person, label, created_at, last_seen, revoked_at IS NOT NULL FROM devices
             WHERE $1::text IS NULL OR person = $1 ORDER BY id DESC",
            &[&person],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|row| Device {
            id: row.get(0),
            person: row.get(1),
            label: row.get(2),
            created_at: row.get(3),
            last_seen: row.get(4),
            revoked: row.get(5),
        })
        .collect())
}
