//! The bytes of images on the shared plan (#13), by the SHA-256 that names
//! them. They are checked with the core's own rules (a known image type,
//! the size limit) and against their name before they are kept; an
//! attachment on the hub needs its bytes here first.

use chrono::{DateTime, Utc};
use diwan_core::media;
use diwan_core::user::User;
use tokio_postgres::GenericClient;

use crate::HubError;

/// Keeps the bytes of the image named `content` (once: the same image sent
/// again changes nothing).
pub async fn put(
    client: &impl GenericClient,
    user: &User,
    content: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<(), HubError> {
    let checked = media::check(bytes)?;
    if checked.content_hash.to_hex() != content {
        return Err(HubError::MediaMismatch { content: content.to_owned() });
    }
    client
        .execute(
            "INSERT INTO media_files (content, media_type, bytes, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (content) DO NOTHING",
            &[&content, &checked.media_type.mime(), &bytes, &user.name.as_str(), &now],
        )
        .await?;
    Ok(())
}

/// The image named `content`: its type and bytes.
pub async fn get(client: &impl GenericClient, content: &str) -> Result<(String, Vec<u8>), HubError> {
    let row = client.query_opt("SELECT media_type, bytes FROM media_files WHERE content = $1", &[&content]).await?;
    let row = row.ok_or_else(|| HubError::MediaMissing { content: content.to_owned() })?;
    Ok((row.get(0), row.get(1)))
}

/// Whether the bytes of `content` are here.
pub(crate) async fn has(client: &impl GenericClient, content: &str) -> Result<bool, HubError> {
    Ok(client.query_opt("SELECT 1 FROM media_files WHERE content = $1", &[&content]).await?.is_some())
}
