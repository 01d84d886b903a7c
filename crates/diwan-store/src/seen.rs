//! What each person last saw of a post in review, so that the next look
//! shows what changed since.

use std::collections::BTreeMap;

use diwan_core::post::PostId;
use diwan_core::review::Seen;
use diwan_core::user::UserName;
use diwan_core::LanguageCode;

use crate::{from_unix, parse_time, to_unix, Reader, StoreError, Writer};

impl Writer<'_> {
    /// Remembers what `user` saw of `post`, replacing what they saw before.
    pub fn record_seen(&mut self, user: &UserName, post: PostId, seen: &Seen) -> Result<(), StoreError> {
        self.tx
            .prepare_cached("DELETE FROM seen_texts WHERE user_name = ?1 AND post_id = ?2")?
            .execute((user.as_str(), post.0))?;
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO seen_texts (user_name, post_id, language, text, seen_at, post_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (language, text) in &seen.texts {
            insert.execute((
                user.as_str(),
                post.0,
                language.as_str(),
                text,
                seen.at.to_rfc3339(),
                to_unix(seen.post_at),
            ))?;
        }
        Ok(())
    }
}

impl Reader<'_> {
    /// What `user` saw of `post` when they last looked, if they ever did.
    pub fn seen(&self, user: &UserName, post: PostId) -> Result<Option<Seen>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT language, text, seen_at, post_at FROM seen_texts WHERE user_name = ?1 AND post_id = ?2",
        )?;
        let rows = statement.query_map((user.as_str(), post.0), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?))
        })?;
        let mut texts = BTreeMap::new();
        let mut when = None;
        for row in rows {
            let (language, text, seen_at, post_at) = row?;
            let language = LanguageCode::parse(&language)
                .ok_or_else(|| StoreError::Corrupt { detail: format!("seen text of post {}", post.0) })?;
            texts.insert(language, text);
            when = Some((seen_at, post_at));
        }
        let Some((seen_at, post_at)) = when else { return Ok(None) };
        Ok(Some(Seen { at: parse_time(&seen_at)?, post_at: from_unix(post_at)?, texts }))
    }
}
