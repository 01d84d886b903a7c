//! "Publish now": what is due at a moment, with each account's approved
//! text, the images to attach and the platform's compose page; what is
//! overdue; and what was held back since it was scheduled. The core decides
//! (`diwan_core::publishing`); this loads the candidates on one snapshot.

use chrono::{DateTime, Utc};
use diwan_core::audit::AuditAction;
use diwan_core::post::{Post, PostId};
use diwan_core::publishing::{self, Hour, LOOK_BACK};
use diwan_core::user::UserName;
use diwan_core::{calendar, MissionCode};
use diwan_store::{AuditQuery, Reader};

use crate::dto::{DueDto, DueMediaDto, DuePostDto, DueTextDto, HeldPostDto};
use crate::posts::targets;
use crate::{ApiError, Diwan};

impl Diwan {
    /// What is due at `at` (default now): `at` is an RFC 3339 instant or,
    /// with a mission, `YYYY-MM-DD HH:MM` on its clock. `reminding`: only
    /// what reminds that person (the app's panel); the CLI lists everyone's.
    pub fn due(&self, mission: Option<&str>, at: Option<&str>, reminding: Option<&str>) -> Result<DueDto, ApiError> {
        let mission = mission.map(MissionCode::parse).transpose()?;
        let now = match at {
            None => self.now(),
            Some(at) => self.instant(mission.as_ref(), at)?,
        };
        let reminding = reminding.map(|name| self.user(name)).transpose()?;
        self.store.snapshot(|read| {
            let mut out = DueDto { at: now.to_rfc3339(), due: Vec::new(), overdue: Vec::new(), held: Vec::new() };
            for id in read.open_post_ids_between(now - LOOK_BACK, now, mission.as_ref())? {
                let Some(post) = read.post(id)? else { continue };
                let scheduled_by = scheduled_by(read, id)?;
                let reminded = publishing::reminded(&post, scheduled_by.as_ref());
                if reminding.as_ref().is_some_and(|person| person.name != reminded) {
                    continue;
                }
                let local_time = post.at.with_timezone(&post.time_zone).to_rfc3339();
                let held = |reason: &str| HeldPostDto {
                    post: id.0,
                    mission: post.mission.to_string(),
                    local_time: local_time.clone(),
                    reminded: reminded.to_string(),
                    reason: reason.to_owned(),
                };
                match publishing::hour(&post, scheduled_by.is_some(), now) {
                    Hour::NotDue => {}
                    Hour::HeldByCrisis => out.held.push(held("crisis")),
                    Hour::ApprovalWithdrawn => out.held.push(held("approval-withdrawn")),
                    Hour::Due { overdue } => {
                        let item = self.due_post(read, &post, &reminded, local_time.clone())?;
                        if overdue {
                            out.overdue.push(item)
                        } else {
                            out.due.push(item)
                        }
                    }
                }
            }
            Ok(out)
        })
    }

    fn due_post(
        &self,
        read: Reader<'_>,
        post: &Post,
        reminded: &UserName,
        local_time: String,
    ) -> Result<DuePostDto, ApiError> {
        let accounts = targets(read, post)?.accounts;
        let texts = publishing::texts_for(post, &accounts)
            .into_iter()
            .map(|t| DueTextDto {
                account: t.account.0,
                handle: t.handle,
                platform: t.platform.into(),
                language: t.language.to_string(),
                compose_page: publishing::compose_page(t.platform).map(str::to_owned),
                text: t.text,
            })
            .collect();
        let media = read
            .media(post.id)?
            .iter()
            .map(|item| {
                Ok(DueMediaDto {
                    path: self.media_path(item)?.display().to_string(),
                    file_name: item.file_name.clone(),
                    alt: item.alt.iter().map(|(l, a)| (l.to_string(), a.clone())).collect(),
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(DuePostDto {
            post: post.id.0,
            mission: post.mission.to_string(),
            local_time,
            reminded: reminded.to_string(),
            texts,
            media,
        })
    }

    /// An RFC 3339 instant, or a local time on `mission`'s clock.
    fn instant(&self, mission: Option<&MissionCode>, at: &str) -> Result<DateTime<Utc>, ApiError> {
        if let Ok(instant) = DateTime::parse_from_rfc3339(at.trim()) {
            return Ok(instant.with_timezone(&Utc));
        }
        let local = calendar::parse_local(at)?;
        let code = mission.ok_or_else(|| ApiError::LocalTimeNeedsMission { at: at.to_owned() })?;
        let mission =
            self.store.read().mission(code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?;
        Ok(calendar::local_to_utc(mission.time_zone, local)?)
    }
}

/// Who last scheduled the post, as the audit trail recorded it.
fn scheduled_by(read: Reader<'_>, post: PostId) -> Result<Option<UserName>, ApiError> {
    let query = AuditQuery {
        subject: Some(format!("post:{}", post.0)),
        action: Some(AuditAction::PostScheduled.as_str().to_owned()),
        ..AuditQuery::default()
    };
    Ok(read.audit_log(&query, 1)?.into_iter().next().and_then(|e| UserName::parse(&e.actor).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::PostEditDto;
    use crate::testing;

    const ARABIC: &str = "أمسية الخط العربي في المركز الثقافي، مع «النصوص» والفواصل.";

    #[test]
    fn a_scheduled_post_is_due_at_its_hour_with_each_accounts_text_as_approved() {
        let mut diwan = testing::demo();
        let post = testing::approved(&mut diwan, "2026-11-25", ARABIC);
        diwan.schedule_post("samir", post).expect("scheduled");
        let mine = |d: &DueDto| d.due.iter().chain(&d.overdue).any(|p| p.post == post);
        // Not before its hour (10:00 in Paris is 09:00 UTC).
        let before = diwan.due(Some("DZ-FR-PAR"), Some("2026-11-25 09:59"), None).expect("due");
        assert!(!mine(&before));
        let at = diwan.due(Some("DZ-FR-PAR"), Some("2026-11-25 10:00"), None).expect("due");
        let item = at.due.iter().find(|p| p.post == post).expect("due at its hour");
        assert_eq!(item.reminded, "samir", "whoever scheduled it is reminded");
        let approved = diwan.post(post).expect("post");
        for text in &item.texts {
            let variant = approved.variants.iter().find(|v| v.language == text.language).expect("variant");
            assert_eq!(text.text.as_bytes(), variant.text.as_bytes(), "the approved text, byte for byte");
        }
        assert_eq!(item.texts[0].compose_page.as_deref(), Some("https://x.com/compose/post"));
        // The same moment as an instant, and a quarter of an hour later it is overdue.
        let instant = diwan.due(None, Some("2026-11-25T09:00:00Z"), None).expect("due");
        assert!(instant.due.iter().any(|p| p.post == post));
        let late = diwan.due(None, Some("2026-11-25T09:16:00Z"), None).expect("due");
        assert!(late.overdue.iter().any(|p| p.post == post) && !late.due.iter().any(|p| p.post == post));
        // Only Samir's panel shows it.
        assert!(mine(&diwan.due(None, Some("2026-11-25T09:00:00Z"), Some("samir")).expect("due")));
        assert!(!mine(&diwan.due(None, Some("2026-11-25T09:00:00Z"), Some("karim")).expect("due")));
    }

    #[test]
    fn an_edit_after_scheduling_turns_the_reminder_into_a_notice() {
        let mut diwan = testing::demo();
        let post = testing::approved(&mut diwan, "2026-11-26", ARABIC);
        diwan.schedule_post("karim", post).expect("scheduled");
        let edit = PostEditDto { text: Some(format!("{ARABIC} تعديل")), ..PostEditDto::default() };
        diwan.edit_post("karim", post, edit).expect("edited");
        let at = diwan.due(None, Some("2026-11-26T09:00:00Z"), None).expect("due");
        assert!(!at.due.iter().chain(&at.overdue).any(|p| p.post == post), "no reminder");
        let held = at.held.iter().find(|h| h.post == post).expect("a notice");
        assert_eq!((held.reason.as_str(), held.reminded.as_str()), ("approval-withdrawn", "karim"));
    }

    #[test]
    fn the_images_to_attach_come_with_their_file_and_alt_text() {
        const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        let (_dir, _, mut diwan) = crate::testing::demo_file();
        let post = testing::submitted(&mut diwan, "2026-11-27", ARABIC);
        // Attached and described while in review (nothing approved yet), then approved.
        diwan.attach_media("karim", post, "/home/karim/soiree.png", PNG).expect("attached");
        let image = diwan.media(post).expect("media")[0].id;
        diwan.set_media_alt("karim", image, "ar", "ملصق الأمسية").expect("alt");
        assert_eq!(diwan.post(post).expect("post").state, crate::names::PostStateName::InReview);
        diwan.approve_post("samir", post, false).expect("approved");
        let at = diwan.due(None, Some("2026-11-27T09:00:00Z"), None).expect("due");
        let item = at.due.iter().find(|p| p.post == post).expect("due");
        assert_eq!(item.media.len(), 1);
        let media = &item.media[0];
        assert_eq!(media.file_name, "soiree.png");
        assert_eq!(std::fs::read(&media.path).expect("the file to attach"), PNG);
        assert_eq!(media.alt.get("ar").map(String::as_str), Some("ملصق الأمسية"));
    }

    #[test]
    fn a_local_time_needs_a_mission_and_a_bad_time_is_refused() {
        let diwan = testing::demo();
        let refused = diwan.due(None, Some("2026-11-25 10:00"), None).expect_err("whose clock?");
        assert!(matches!(refused, ApiError::LocalTimeNeedsMission { .. }));
        assert!(diwan.due(Some("DZ-FR-PAR"), Some("2026-02-30 10:00"), None).is_err());
        assert!(diwan.due(Some("XX-NO-NE"), Some("2026-11-25 10:00"), None).is_err());
    }
}
