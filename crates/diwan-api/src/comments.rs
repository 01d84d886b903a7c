//! Comments on posts: add, list, resolve; each change audited.

use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::comment::CommentBody;
use diwan_core::post::PostId;
use diwan_core::LanguageCode;

use crate::dto::CommentDto;
use crate::{ApiError, Diwan};

impl Diwan {
    pub fn comments(&self, post: i64) -> Result<Vec<CommentDto>, ApiError> {
        Ok(self
            .store
            .read()
            .comments(PostId(post))?
            .into_iter()
            .map(|c| CommentDto {
                id: c.id,
                post: c.post.0,
                language: c.language.map(|l| l.to_string()),
                author: c.author,
                body: c.body,
                created_at: c.created_at,
                resolved_by: c.resolved_by,
            })
            .collect())
    }

    /// Adds a comment on the post, or on its `language` variant.
    pub fn add_comment(
        &mut self,
        actor: &str,
        post: i64,
        language: Option<&str>,
        body: &str,
    ) -> Result<Vec<CommentDto>, ApiError> {
        let actor = self.user(actor)?;
        let body = CommentBody::parse(body)?;
        let now = self.now();
        self.store.write(|w| {
            let found = w.read().post(PostId(post))?.ok_or(ApiError::PostNotFound { id: post })?;
            let language = match language {
                Some(code) => {
                    let language = LanguageCode::parse(code)
                        .ok_or_else(|| ApiError::LanguageInvalid { language: code.to_owned() })?;
                    if !found.variants.contains_key(&language) {
                        return Err(diwan_core::post::PostError::LanguageNotInPost { language }.into());
                    }
                    Some(language)
                }
                None => None,
            };
            let id = w.add_comment(found.id, language.as_ref(), actor.name.as_str(), body.as_str(), now)?;
            let uid = w.read().comments(found.id)?.into_iter().find(|c| c.id == id).map(|c| c.uid).unwrap_or_default();
            let shared = diwan_protocol::Change::AddComment {
                uid,
                language: language.as_ref().map(ToString::to_string),
                body: body.as_str().to_owned(),
            };
            crate::hub::queue_comment(w, found.id, &shared, actor.name.as_str(), now)?;
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::CommentAdded, format!("post:{post}"))
                    .with_detail(format!("comment:{id}")),
            )?;
            Ok::<_, ApiError>(())
        })?;
        self.comments(post)
    }

    pub fn resolve_comment(&mut self, actor: &str, post: i64, comment: i64) -> Result<Vec<CommentDto>, ApiError> {
        let actor = self.user(actor)?;
        let now = self.now();
        self.store.write(|w| {
            let Some(found) = w.read().comments(PostId(post))?.into_iter().find(|c| c.id == comment) else {
                return Err(ApiError::from(diwan_store::StoreError::NotFound {
                    kind: "comment",
                    id: comment.to_string(),
                }));
            };
            w.resolve_comment(comment, actor.name.as_str(), now)?;
            let shared = diwan_protocol::Change::ResolveComment { uid: found.uid };
            crate::hub::queue_comment(w, PostId(post), &shared, actor.name.as_str(), now)?;
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::CommentResolved, format!("post:{post}"))
                    .with_detail(format!("comment:{comment}")),
            )?;
            Ok(())
        })?;
        self.comments(post)
    }
}
