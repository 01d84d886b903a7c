//! What hangs off a post besides its text: comments and media.

use chrono::{DateTime, Utc};
use diwan_core::hash::ContentHash;
use diwan_core::post::PostId;
use diwan_core::LanguageCode;

use rusqlite::OptionalExtension;

use crate::{Reader, StoreError, Writer};

/// A comment on a post, or on one language's variant of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: i64,
    /// How desktops and the hub know it (a UUIDv7).
    pub uid: String,
    pub post: PostId,
    pub language: Option<LanguageCode>,
    pub author: String,
    pub body: String,
    pub created_at: String,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<String>,
}

/// Migration 17's repair: every comment from before gets its uid.
pub(crate) fn give_comments_uids(w: &mut Writer<'_>) -> Result<(), StoreError> {
    crate::posts::give_uids(w, "comments")
}

/// A comment as the hub has it, to save here (see [`Writer::save_pulled_comment`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PulledComment<'a> {
    pub uid: &'a str,
    pub language: Option<&'a LanguageCode>,
    pub author: &'a str,
    pub body: &'a str,
    pub created_at: &'a str,
    pub resolved_by: Option<&'a str>,
    pub resolved_at: Option<&'a str>,
}

/// A media file attached to a post, by content hash, with alt text per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    pub id: i64,
    pub post: PostId,
    pub content_hash: ContentHash,
    pub file_name: String,
    pub media_type: String,
    pub alt: Vec<(LanguageCode, String)>,
}

impl Writer<'_> {
    pub fn add_comment(
        &mut self,
        post: PostId,
        language: Option<&LanguageCode>,
        author: &str,
        body: &str,
        at: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        self.tx
            .prepare_cached(
                "INSERT INTO comments (post_id, language, author, body, created_at, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute((post.0, language.map(LanguageCode::as_str), author, body, at.to_rfc3339(), crate::posts::new_uid()))?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Saves a comment of `post` as the hub has it: a new one is added, a
    /// known one takes the hub's resolution (a comment is resolved once,
    /// never opened again). Returns whether anything changed.
    pub fn save_pulled_comment(&mut self, post: PostId, comment: &PulledComment<'_>) -> Result<bool, StoreError> {
        let changed = self
            .tx
            .prepare_cached(
                "INSERT INTO comments (post_id, language, author, body, created_at, uid, resolved_by, resolved_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (uid) DO UPDATE SET resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at
                 WHERE comments.resolved_by IS NULL AND excluded.resolved_by IS NOT NULL",
            )?
            .execute(rusqlite::params![
                post.0,
                comment.language.map(LanguageCode::as_str),
                comment.author,
                comment.body,
                comment.created_at,
                comment.uid,
                comment.resolved_by,
                comment.resolved_at,
            ])?;
        Ok(changed > 0)
    }

    pub fn resolve_comment(&mut self, id: i64, by: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
        let changed = self.tx.execute(
            "UPDATE comments SET resolved_by = ?2, resolved_at = ?3 WHERE id = ?1 AND resolved_by IS NULL",
            (id, by, at.to_rfc3339()),
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound { kind: "open comment", id: id.to_string() });
        }
        Ok(())
    }

    pub fn add_media(&mut self, media: &Media) -> Result<i64, StoreError> {
        self.tx
            .prepare_cached("INSERT INTO media (post_id, content_hash, file_name, media_type) VALUES (?1, ?2, ?3, ?4)")?
            .execute((media.post.0, media.content_hash.to_hex(), &media.file_name, &media.media_type))?;
        let id = self.tx.last_insert_rowid();
        for (language, alt) in &media.alt {
            self.tx
                .prepare_cached("INSERT INTO media_alt (media_id, language, alt_text) VALUES (?1, ?2, ?3)")?
                .execute((id, language.as_str(), alt))?;
        }
        Ok(id)
    }

    /// Sets one language's alt text of a media item (empty removes it).
    pub fn set_media_alt(&mut self, media: i64, language: &LanguageCode, alt: &str) -> Result<(), StoreError> {
        if alt.is_empty() {
            self.tx
                .execute("DELETE FROM media_alt WHERE media_id = ?1 AND language = ?2", (media, language.as_str()))?;
        } else {
            self.tx.execute(
                "INSERT INTO media_alt (media_id, language, alt_text) VALUES (?1, ?2, ?3)                  ON CONFLICT (media_id, language) DO UPDATE SET alt_text = excluded.alt_text",
                (media, language.as_str(), alt),
            )?;
        }
        Ok(())
    }

    /// Removes an image from its post; its file stays, named by its hash,
    /// since another post may use the same bytes.
    pub fn remove_media(&mut self, media: i64) -> Result<(), StoreError> {
        if self.tx.execute("DELETE FROM media WHERE id = ?1", [media])? == 0 {
            return Err(StoreError::NotFound { kind: "media", id: media.to_string() });
        }
        Ok(())
    }
}

impl Reader<'_> {
    pub fn comments(&self, post: PostId) -> Result<Vec<Comment>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, language, author, body, created_at, resolved_by, resolved_at, uid FROM comments
             WHERE post_id = ?1 ORDER BY id",
        )?;
        let rows = statement.query_map([post.0], |r| {
            Ok((
                (r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
                (r.get(5)?, r.get(6)?, r.get::<_, Option<String>>(7)?),
            ))
        })?;
        rows.map(|row| {
            let ((id, language, author, body, created_at), (resolved_by, resolved_at, uid)) = row?;
            let uid = uid.ok_or_else(|| StoreError::Corrupt { detail: format!("comment {id}: no uid") })?;
            let language = language
                .map(|l| {
                    LanguageCode::parse(&l)
                        .ok_or_else(|| StoreError::Corrupt { detail: format!("comment {id}: language") })
                })
                .transpose()?;
            Ok(Comment { id, uid, post, language, author, body, created_at, resolved_by, resolved_at })
        })
        .collect()
    }

    pub fn media(&self, post: PostId) -> Result<Vec<Media>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, content_hash, file_name, media_type FROM media WHERE post_id = ?1 ORDER BY id",
        )?;
        let rows = statement
            .query_map([post.0], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, hash, file_name, media_type) = row?;
            let corrupt = || StoreError::Corrupt { detail: format!("media {id}") };
            let mut alt = Vec::new();
            let mut alts = self
                .conn
                .prepare_cached("SELECT language, alt_text FROM media_alt WHERE media_id = ?1 ORDER BY language")?;
            for a in alts.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
                let (language, text) = a?;
                alt.push((LanguageCode::parse(&language).ok_or_else(corrupt)?, text));
            }
            out.push(Media {
                id,
                post,
                content_hash: ContentHash::from_hex(&hash).ok_or_else(corrupt)?,
                file_name,
                media_type,
                alt,
            });
        }
        Ok(out)
    }

    /// One media item, with the post it belongs to.
    pub fn media_item(&self, id: i64) -> Result<Option<Media>, StoreError> {
        let post: Option<i64> =
            self.conn.query_row("SELECT post_id FROM media WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        let Some(post) = post else { return Ok(None) };
        Ok(self.media(PostId(post))?.into_iter().find(|m| m.id == id))
    }
}
