//! Images attached to posts. The file is copied into `media/` beside the
//! database, named by its SHA-256, so the same image is stored once and a
//! file can be checked against its name.

use std::collections::BTreeMap;
use std::path::PathBuf;

use diwan_core::audit::AuditAction;
use diwan_core::media;
use diwan_core::post::{Attachment, PostId};
use diwan_core::sync::Change;
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

/// An image upload as the app sends it: the bytes as the raw body of the
/// request (not a JSON array of numbers), the post and the file name as
/// headers, the name percent-encoded (`encodeURIComponent`: names may be Arabic).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    pub post: i64,
    pub file_name: String,
}

impl Upload {
    pub fn from_headers(post: Option<&[u8]>, file_name: Option<&[u8]>) -> Result<Self, ApiError> {
        let post = post
            .and_then(|p| std::str::from_utf8(p).ok())
            .and_then(|p| p.trim().parse().ok())
            .ok_or(ApiError::UploadMalformed)?;
        let file_name = file_name
            .and_then(|n| percent_encoding::percent_decode(n).decode_utf8().ok())
            .map(|n| n.into_owned())
            .ok_or(ApiError::UploadMalformed)?;
        Ok(Self { post, file_name })
    }
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

    /// Where one attached image's file lives: named by its hash, with its type's extension.
    pub(crate) fn media_path(&self, item: &Media) -> Result<PathBuf, ApiError> {
        let extension = media::MediaType::from_mime(&item.media_type).map_or("bin", media::MediaType::extension);
        Ok(self.media_dir()?.join(format!("{}.{extension}", item.content_hash.to_hex())))
    }

    pub fn media(&self, post: i64) -> Result<Vec<MediaDto>, ApiError> {
        Ok(self.store.read().media(PostId(post))?.iter().map(MediaDto::from).collect())
    }

    /// Attaches an image to a post. The file is written (atomically, once
    /// per content) before the row that names it; the core decides whether
    /// this person may, and an approval of the post without it is withdrawn.
    pub fn attach_media(
        &mut self,
        actor: &str,
        post: i64,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<Vec<MediaDto>, ApiError> {
        let checked = media::check(bytes)?;
        let found = self.store.read().post(PostId(post))?.ok_or(ApiError::PostNotFound { id: post })?;
        // Refuse before any file is written; the core decides again below.
        found
            .clone()
            .attach(&self.user(actor)?, Attachment { id: 0, content: checked.content_hash, alt: BTreeMap::new() })?;
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
        self.change_post(actor, post, AuditAction::MediaAttached, |post, actor, w, for_hub| {
            let id = w.add_media(&Media {
                id: 0,
                post: post.id,
                content_hash: checked.content_hash,
                file_name: name.clone(),
                media_type: checked.media_type.mime().to_owned(),
                alt: Vec::new(),
            })?;
            let effect = post.attach(actor, Attachment { id, content: checked.content_hash, alt: BTreeMap::new() })?;
            for_hub.push(Change::Attach { content: checked.content_hash });
            Ok((vec![effect], format!("media:{id} {name} {}", checked.content_hash)))
        })?;
        self.media(post)
    }

    /// Removes an image from its post.
    pub fn remove_media(&mut self, actor: &str, id: i64) -> Result<Vec<MediaDto>, ApiError> {
        let post = self.media_post(id)?;
        self.change_post(actor, post, AuditAction::MediaRemoved, |post, actor, w, for_hub| {
            let content = post.media.iter().find(|a| a.id == id).map(|a| a.content);
            let effect = post.detach(actor, id)?;
            w.remove_media(id)?;
            for_hub.extend(content.map(|content| Change::Detach { content }));
            Ok((vec![effect], format!("media:{id}")))
        })?;
        self.media(post)
    }

    /// Sets one language's alt text of an image (empty removes it).
    pub fn set_media_alt(
        &mut self,
        actor: &str,
        id: i64,
        language: &str,
        text: &str,
    ) -> Result<Vec<MediaDto>, ApiError> {
        let language =
            LanguageCode::parse(language).ok_or_else(|| ApiError::LanguageInvalid { language: language.to_owned() })?;
        let text = media::check_alt(text)?;
        let post = self.media_post(id)?;
        self.change_post(actor, post, AuditAction::MediaAltSet, |post, actor, w, for_hub| {
            let content = post.media.iter().find(|a| a.id == id).map(|a| a.content);
            let effect = post.set_alt(actor, id, &language, &text)?;
            w.set_media_alt(id, &language, &text)?;
            for_hub.extend(content.map(|content| Change::SetAlt {
                content,
                language: language.clone(),
                text: text.clone(),
            }));
            Ok((vec![effect], format!("media:{id} {language}")))
        })?;
        self.media(post)
    }

    /// The post an image belongs to.
    fn media_post(&self, id: i64) -> Result<i64, ApiError> {
        let item = self.store.read().media_item(id)?;
        item.map(|m| m.post.0).ok_or_else(|| StoreError::NotFound { kind: "media", id: id.to_string() }.into())
    }

    /// The bytes of the image named `content` as this desktop keeps them
    /// (checked against the name), if it has them.
    pub(crate) fn media_bytes_by_content(&self, content: &str) -> Result<Option<Vec<u8>>, ApiError> {
        let dir = self.media_dir()?;
        for kind in media::MediaType::ALL {
            let file = dir.join(format!("{content}.{}", kind.extension()));
            match std::fs::read(&file) {
                Ok(bytes) if media::content_hash(&bytes).to_hex() == content => return Ok(Some(bytes)),
                Ok(_) => {}
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => return Err(io_error(&file, &error)),
            }
        }
        Ok(None)
    }

    /// Keeps the bytes of an image brought from the hub in the media folder
    /// (once per content, written whole); returns its type.
    pub(crate) fn keep_media_bytes(&self, content: &str, bytes: &[u8]) -> Result<String, ApiError> {
        let checked = media::check(bytes)?;
        if checked.content_hash.to_hex() != content {
            return Err(ApiError::HubSentUnreadable(diwan_protocol::convert::Unreadable {
                field: "image",
                value: content.to_owned(),
            }));
        }
        let dir = self.media_dir()?;
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
        let file = dir.join(format!("{content}.{}", checked.media_type.extension()));
        if !file.exists() {
            let partial = file.with_extension("partial");
            std::fs::write(&partial, bytes).map_err(|e| io_error(&partial, &e))?;
            std::fs::rename(&partial, &file).map_err(|e| io_error(&file, &e))?;
        }
        Ok(checked.media_type.mime().to_owned())
    }

    /// The bytes of an image, read back from the media folder and checked
    /// against the hash that names them.
    pub fn media_file(&self, id: i64) -> Result<Vec<u8>, ApiError> {
        let item = self
            .store
            .read()
            .media_item(id)?
            .ok_or_else(|| ApiError::from(StoreError::NotFound { kind: "media", id: id.to_string() }))?;
        let file = self.media_path(&item)?;
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
    #[test]
    fn an_upload_names_its_post_and_its_file_in_headers_arabic_names_included() {
        let encoded = b"%D8%B5%D9%88%D8%B1%D8%A9%20%D8%A7%D9%84%D8%B3%D9%81%D9%8A%D8%B1.png";
        let upload = Upload::from_headers(Some(b"42"), Some(encoded)).expect("upload");
        assert_eq!((upload.post, upload.file_name.as_str()), (42, "صورة السفير.png"));
        for (post, name) in
            [(None, Some(&b"a.png"[..])), (Some(&b"x"[..]), Some(&b"a.png"[..])), (Some(&b"1"[..]), None)]
        {
            assert!(matches!(Upload::from_headers(post, name), Err(ApiError::UploadMalformed)));
        }
        assert!(Upload::from_headers(Some(b"1"), Some(b"%FF%FE.png")).is_err(), "not UTF-8 once decoded");
    }

    use super::*;
    use crate::names::PostStateName;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn an_image_is_stored_once_by_hash_with_alt_text_per_language() {
        let (dir, _, mut diwan) = crate::testing::demo_file();
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

    #[test]
    fn an_approval_covers_the_images_and_their_alt_texts() {
        let (_dir, _, mut diwan) = crate::testing::demo_file();
        let post = crate::testing::approved(&mut diwan, "2026-12-10", "معرض صور");

        // An image added to an approved post withdraws its approval...
        let attached = diwan.attach_media("karim", post, "expo.png", PNG).expect("attach");
        let reread = diwan.post_for(post, None).expect("post");
        assert_eq!(reread.state, PostStateName::InReview);
        assert!(reread.approvals.is_empty());
        diwan.approve_post("samir", post, false).expect("approve with the image");

        // ...and so does its alt text, in the audit trail too.
        diwan.set_media_alt("lina", attached[0].id, "fr", "L’affiche de l’exposition").expect("alt");
        assert_eq!(diwan.post_for(post, None).expect("post").state, PostStateName::InReview);
        let trail =
            diwan.audit_log(&crate::dto::AuditFilterDto { post: Some(post), ..Default::default() }).expect("log");
        let actions: Vec<&str> = trail.events.iter().map(|e| e.action.as_str()).collect();
        assert!(actions.contains(&"media.alt-set") && actions.contains(&"post.approval-withdrawn"), "{actions:?}");

        diwan.approve_post("samir", post, false).expect("approve again");
        assert!(diwan.remove_media("karim", attached[0].id).expect("remove").is_empty());
        assert_eq!(diwan.post_for(post, None).expect("post").state, PostStateName::InReview);
        let gone = diwan.remove_media("karim", attached[0].id).expect_err("removed already");
        assert_eq!(diwan_core::Localized::message_id(&gone), "error-not-found");
    }
}
