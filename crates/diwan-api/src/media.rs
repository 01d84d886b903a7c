//! Images attached to posts. The file is copied into `media/` beside the
//! database, named by its SHA-256, so the same image is stored once and a
//! file can be checked against its name.

use std::path::PathBuf;

use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::media;
use diwan_core::post::{PostError, PostId};
use diwan_core::user::Role;
use diwan_core::LanguageCode;
use diwan_store::{Media, StoreError};

use crate::dto::MediaDto;
use crate::{ApiError, Diwan};

impl From<&Media> for MediaDto {
    fn from(media: &Media) -> Self {
        let Media { id, post, content_hash, file_name, media_type, alt } = media;
        Self {
            id: *id,
            post: post.0,
            content_hash: content_hash.to_hex(),
            file_name: file_name.clone(),
            media_type: media_type.clone(),
            alt: alt.iter().map(|(l, t)| (l.to_string(), t.clone())).collect(),
        }
    }
}

fn io_error(path: &std::path::Path, error: &std::io::Error) -> ApiError {
    ApiError::Io { path: path.display().to_string(), detail: error.to_string() }
}

impl Diwan {
    /// The folder beside the database where media files live.
    fn media_dir(&self) -> Result<PathBuf, ApiError> {
        let db = self
            .store
            .path()
            .ok_or_else(|| ApiError::Io { path: "media".into(), detail: "in-memory database".into() })?;
        Ok(db.parent().map(|p| p.join("media")).unwrap_or_else(|| PathBuf::from("media")))
    }

    pub fn media(&self, post: i64) -> Result<Vec<MediaDto>, ApiError> {
        Ok(self.store.read().media(PostId(post))?.iter().map(MediaDto::from).collect())
    }

    /// Attaches an image to a post that is not yet approved. The file is
    /// written (atomically, once per content) before the row that names it.
    pub fn attach_media(
        &mut self,
        actor: &str,
        post: i64,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<Vec<MediaDto>, ApiError> {
        let actor = self.user(actor)?;
        let checked = media::check(bytes)?;
        let found = self.store.read().post(PostId(post))?.ok_or(ApiError::PostNotFound { id: post })?;
        if !actor.has_role(&found.mission, Role::Drafter) {
            return Err(PostError::RoleMissing { role: Role::Drafter, mission: found.mission.to_string() }.into());
        }
        // Media is part of what goes out but not yet of the approval's hash:
        // an approved post takes no new media rather than keep a stale approval.
        if found.state.is_approved() {
            return Err(PostError::Transition { from: found.state.as_str(), action: "attach" }.into());
        }
        let dir = self.media_dir()?;
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
        let file = dir.join(format!("{}.{}", checked.content_hash.to_hex(), checked.media_type.extension()));
        if !file.exists() {
            let partial = file.with_extension("partial");
            std::fs::write(&partial, bytes).map_err(|e| io_error(&partial, &e))?;
            std::fs::rename(&partial, &file).map_err(|e| io_error(&file, &e))?;
        }
        let name = std::path::Path::new(file_name)
            .file_name()
            .map_or_else(|| "image".to_owned(), |n| n.to_string_lossy().into_owned());
        let now = self.now();
        self.store.write(|w| {
            let id = w.add_media(&Media {
                id: 0,
                post: found.id,
                content_hash: checked.content_hash,
                file_name: name.clone(),
                media_type: checked.media_type.mime().to_owned(),
                alt: Vec::new(),
            })?;
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::MediaAttached, format!("post:{post}"))
                    .with_hashes(None, Some(checked.content_hash))
                    .with_detail(format!("media:{id} {name}")),
            )?;
            Ok::<_, ApiError>(())
        })?;
        self.media(post)
    }

    /// Sets one language's alt text of an image.
    pub fn set_media_alt(
        &mut self,
        actor: &str,
        id: i64,
        language: &str,
        text: &str,
    ) -> Result<Vec<MediaDto>, ApiError> {
        let actor = self.user(actor)?;
        let language =
            LanguageCode::parse(language).ok_or_else(|| ApiError::LanguageInvalid { language: language.to_owned() })?;
        let text = media::check_alt(text)?;
        let now = self.now();
        let post = self.store.write(|w| {
            let item = w
                .read()
                .media_item(id)?
                .ok_or_else(|| ApiError::from(StoreError::NotFound { kind: "media", id: id.to_string() }))?;
            w.set_media_alt(id, &language, &text)?;
            w.append_audit(
                NewAuditEvent::new(
                    now,
                    actor.name.to_string(),
                    AuditAction::MediaAltSet,
                    format!("post:{}", item.post.0),
                )
                .with_detail(format!("media:{id} {language}")),
            )?;
            Ok::<_, ApiError>(item.post.0)
        })?;
        self.media(post)
    }

    /// The bytes of an image, read back from the media folder and checked
    /// against the hash that names them.
    pub fn media_file(&self, id: i64) -> Result<Vec<u8>, ApiError> {
        let item = self
            .store
            .read()
            .media_item(id)?
            .ok_or_else(|| ApiError::from(StoreError::NotFound { kind: "media", id: id.to_string() }))?;
        let dir = self.media_dir()?;
        let extension = media::MediaType::from_mime(&item.media_type).map_or("bin", media::MediaType::extension);
        let file = dir.join(format!("{}.{extension}", item.content_hash.to_hex()));
        let bytes = std::fs::read(&file).map_err(|e| io_error(&file, &e))?;
        if media::content_hash(&bytes) != item.content_hash {
            return Err(ApiError::Io {
                path: file.display().to_string(),
                detail: "the file no longer matches its hash".into(),
            });
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::PostStateName;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn an_image_is_stored_once_by_hash_with_alt_text_per_language() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut diwan = Diwan::open(&dir.path().join("diwan.db")).expect("open");
        diwan.clock = crate::testing::clock;
        diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
        let draft = diwan
            .calendar(&crate::dto::CalendarRequestDto {
                mission: Some("DZ-FR-PAR".into()),
                from: "2026-01-01".into(),
                to: "2030-01-01".into(),
                ..Default::default()
            })
            .expect("calendar")
            .posts
            .into_iter()
            .find(|p| p.state == PostStateName::Draft)
            .expect("a draft")
            .id;

        let attached = diwan.attach_media("karim", draft, "/home/k/photo.png", PNG).expect("attach");
        assert_eq!(attached.len(), 1);
        assert_eq!(attached[0].file_name, "photo.png", "the folder is not kept");
        diwan.attach_media("karim", draft, "copy.png", PNG).expect("attach again");
        let files: Vec<_> = std::fs::read_dir(dir.path().join("media")).expect("media dir").collect();
        assert_eq!(files.len(), 1, "the same bytes are stored once");

        let with_alt = diwan.set_media_alt("karim", attached[0].id, "ar", " السفير يقدّم أوراق اعتماده ").expect("alt");
        assert_eq!(with_alt[0].alt.get("ar").map(String::as_str), Some("السفير يقدّم أوراق اعتماده"));
        assert_eq!(diwan.media_file(attached[0].id).expect("read back"), PNG);

        let refused = diwan.attach_media("karim", draft, "x.svg", b"<svg/>").expect_err("not an image");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-media-not-image");
        let refused = diwan.attach_media("lina", draft, "x.png", PNG).expect_err("a translator does not attach");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-post-role-missing");
    }
}
