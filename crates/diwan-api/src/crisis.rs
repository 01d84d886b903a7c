//! Crisis mode: declare a crisis (its window's routine posts pause), see
//! what it holds back, and end it, resolving each paused post. Each step is
//! one transaction with its audit events.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::calendar;
use diwan_core::crisis::{Crisis, CrisisId, Resolution};
use diwan_core::post::PostId;
use diwan_core::MissionCode;
use diwan_store::{Reader, StoreError};

use crate::dto::{CrisisDto, EndCrisisDto, NewCrisisDto, PausedPostDto};
use crate::posts::effect_event;
use crate::{ApiError, Diwan};

impl Diwan {
    /// Every crisis, the active ones first, each with the posts it holds.
    pub fn crises(&self) -> Result<Vec<CrisisDto>, ApiError> {
        self.store.snapshot(|read| read.crises()?.iter().map(|c| crisis_dto(read, c)).collect())
    }

    /// Declares a crisis and pauses its window's routine posts.
    pub fn declare_crisis(&mut self, actor: &str, input: &NewCrisisDto) -> Result<CrisisDto, ApiError> {
        let actor = self.user(actor)?;
        let missions = input.missions.iter().map(|m| MissionCode::parse(m)).collect::<Result<BTreeSet<_>, _>>()?;
        // Every mission must exist; times are read on the clock of the one
        // first in code order, the same one the crisis is shown on.
        let mut zone = None;
        for code in &missions {
            let mission =
                self.store.read().mission(code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?;
            zone.get_or_insert(mission.time_zone);
        }
        let zone = zone.unwrap_or(chrono_tz::UTC);
        let window = (instant(&input.from, zone)?, instant(&input.to, zone)?);
        let now = self.now();
        let id = self.store.write(|w| {
            let crisis = Crisis::declare(w.next_crisis_id()?, &actor, missions.clone(), window, &input.reason, now)?;
            w.save_crisis(&crisis)?;
            let codes: Vec<MissionCode> = crisis.missions.iter().cloned().collect();
            let mut paused = 0;
            for id in w.read().posts_in_window(&codes, crisis.from, crisis.to)? {
                let Some(mut post) = w.read().post(id)? else { continue };
                if post.pause(&crisis) {
                    w.update_post(&post, now)?;
                    w.append_audit(
                        NewAuditEvent::new(
                            now,
                            actor.name.to_string(),
                            AuditAction::PostPaused,
                            format!("post:{}", id.0),
                        )
                        .with_hashes(None, Some(post.content_hash()))
                        .with_detail(format!("crisis:{}", crisis.id.0)),
                    )?;
                    paused += 1;
                }
            }
            let names: Vec<&str> = codes.iter().map(MissionCode::as_str).collect();
            w.append_audit(
                NewAuditEvent::new(
                    now,
                    actor.name.to_string(),
                    AuditAction::CrisisDeclared,
                    format!("crisis:{}", crisis.id.0),
                )
                .with_detail(format!(
                    "{} {} / {} ({paused} paused): {}",
                    names.join(","),
                    crisis.from.to_rfc3339(),
                    crisis.to.to_rfc3339(),
                    crisis.reason
                )),
            )?;
            let shared = diwan_protocol::Change::DeclareCrisis {
                missions: crisis.missions.iter().map(ToString::to_string).collect(),
                from: diwan_protocol::convert::time_out(crisis.from),
                to: diwan_protocol::convert::time_out(crisis.to),
                reason: crisis.reason.clone(),
            };
            crate::hub::queue_crisis(w, crisis.id, shared, actor.name.as_str(), now)?;
            Ok::<_, ApiError>(crisis.id)
        })?;
        self.crisis_view(id)
    }

    /// Ends a crisis: each paused post is resumed, rescheduled after the
    /// crisis or sent back to draft, as `input` says; all or nothing.
    pub fn end_crisis(&mut self, actor: &str, id: i64, input: &EndCrisisDto) -> Result<CrisisDto, ApiError> {
        let actor = self.user(actor)?;
        let now = self.now();
        self.store.write(|w| {
            let mut crisis = w
                .read()
                .crisis(CrisisId(id))?
                .ok_or_else(|| ApiError::from(StoreError::NotFound { kind: "crisis", id: id.to_string() }))?;
            crisis.end(&actor, now)?;
            w.save_crisis(&crisis)?;
            for post_id in w.read().paused_posts(crisis.id)? {
                let Some(mut post) = w.read().post(post_id)? else { continue };
                let chosen =
                    input.posts.iter().find(|p| p.post == post_id.0).map_or(input.resolution, |p| p.resolution);
                let resolution = Resolution::from(chosen);
                let before = post.content_hash();
                let effect = post.resolve_pause(&actor, &crisis, resolution)?;
                w.update_post(&post, now)?;
                w.append_audit(
                    NewAuditEvent::new(
                        now,
                        actor.name.to_string(),
                        AuditAction::PostPauseResolved,
                        format!("post:{}", post_id.0),
                    )
                    .with_hashes(Some(before), Some(post.content_hash()))
                    .with_detail(format!("crisis:{} {resolution}", crisis.id.0)),
                )?;
                if let Some(event) = effect_event(&actor, &post, &effect, now) {
                    w.append_audit(event)?;
                }
            }
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::CrisisEnded, format!("crisis:{id}"))
                    .with_detail(Resolution::from(input.resolution).to_string()),
            )?;
            // The hub resolves its own copies of the posts the same way, by uid.
            let mut chosen = std::collections::BTreeMap::new();
            for choice in &input.posts {
                if let Some(uid) = w.read().post_uid(PostId(choice.post))? {
                    chosen.insert(uid, Resolution::from(choice.resolution).to_string());
                }
            }
            let shared = diwan_protocol::Change::EndCrisis {
                resolution: Resolution::from(input.resolution).to_string(),
                posts: chosen,
            };
            crate::hub::queue_crisis(w, crisis.id, shared, actor.name.as_str(), now)?;
            Ok::<_, ApiError>(())
        })?;
        self.crisis_view(CrisisId(id))
    }

    fn crisis_view(&self, id: CrisisId) -> Result<CrisisDto, ApiError> {
        self.store.snapshot(|read| {
            let crisis = read
                .crisis(id)?
                .ok_or_else(|| ApiError::from(StoreError::NotFound { kind: "crisis", id: id.0.to_string() }))?;
            crisis_dto(read, &crisis)
        })
    }
}

/// `YYYY-MM-DD HH:MM` on `zone`'s clock, or RFC 3339 with its offset.
fn instant(input: &str, zone: chrono_tz::Tz) -> Result<DateTime<Utc>, ApiError> {
    if let Ok(at) = DateTime::parse_from_rfc3339(input.trim()) {
        return Ok(at.with_timezone(&Utc));
    }
    Ok(calendar::local_to_utc(zone, calendar::parse_local(input)?)?)
}

pub(crate) fn crisis_dto(read: Reader<'_>, crisis: &Crisis) -> Result<CrisisDto, ApiError> {
    let mut paused = Vec::new();
    for id in read.paused_posts(crisis.id)? {
        if let Some(post) = read.post(PostId(id.0))? {
            paused.push(PausedPostDto {
                post: post.id.0,
                mission: post.mission.to_string(),
                local_time: post.at.with_timezone(&post.time_zone).to_rfc3339(),
                category: post.category.into(),
                state: post.state.stage().into(),
                source_language: post.source_language.to_string(),
                preview: post.source_text().chars().take(diwan_store::PREVIEW_CHARS).collect(),
            });
        }
    }
    let zone = match crisis.missions.first() {
        Some(code) => read.mission(code)?.map_or(chrono_tz::UTC, |m| m.time_zone),
        None => chrono_tz::UTC,
    };
    Ok(CrisisDto {
        id: crisis.id.0,
        local_from: crisis.from.with_timezone(&zone).to_rfc3339(),
        local_to: crisis.to.with_timezone(&zone).to_rfc3339(),
        missions: crisis.missions.iter().map(ToString::to_string).collect(),
        from: crisis.from.to_rfc3339(),
        to: crisis.to.to_rfc3339(),
        reason: crisis.reason.clone(),
        declared_by: crisis.declared_by.to_string(),
        declared_at: crisis.declared_at.to_rfc3339(),
        ended_by: crisis.ended.as_ref().map(|(by, _)| by.to_string()),
        ended_at: crisis.ended.as_ref().map(|(_, at)| at.to_rfc3339()),
        paused,
    })
}

#[cfg(test)]
mod tests {
    use crate::dto::{EndCrisisDto, NewCrisisDto, PostResolutionDto};
    use crate::names::{PostStateName, ResolutionName};
    use crate::testing;

    fn window() -> NewCrisisDto {
        NewCrisisDto {
            missions: vec!["DZ-FR-PAR".into()],
            from: "2026-12-09 00:00".into(),
            to: "2026-12-12 00:00".into(),
            reason: "حداد وطني".into(),
        }
    }

    #[test]
    fn a_crisis_pauses_routine_posts_and_its_end_resolves_each_as_chosen() {
        let mut diwan = testing::demo();
        let resumed = testing::approved(&mut diwan, "2026-12-10", "أمسية شعرية");
        let drafted = testing::approved(&mut diwan, "2026-12-11", "معرض للكتاب");
        let refused = diwan.declare_crisis("karim", &window()).expect_err("a drafter");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-post-role-missing");
        let refused =
            diwan.declare_crisis("samir", &NewCrisisDto { reason: " ".into(), ..window() }).expect_err("no reason");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-crisis-reason-missing");

        let crisis = diwan.declare_crisis("samir", &window()).expect("declare");
        let paused: Vec<i64> = crisis.paused.iter().map(|p| p.post).collect();
        assert!(paused.contains(&resumed) && paused.contains(&drafted), "{paused:?}");
        assert_eq!(diwan.post_for(resumed, None).expect("post").paused_by, Some(crisis.id));
        let refused = diwan.publish_post("karim", resumed, "https://x.com/a/1").expect_err("paused");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-post-paused");
        let ics = diwan.export_ics("DZ-FR-PAR", "2026-12-01", "2026-12-31").expect("ics");
        assert!(!ics.contains(&format!("diwan-post-{resumed}-")), "a paused post is not handed to publishing");
        let calendar = diwan
            .calendar(&crate::dto::CalendarRequestDto {
                mission: Some("DZ-FR-PAR".into()),
                from: "2026-12-10".into(),
                to: "2026-12-11".into(),
                ..Default::default()
            })
            .expect("calendar");
        assert!(calendar.posts.iter().any(|p| p.id == resumed && p.paused));

        let end = EndCrisisDto {
            resolution: ResolutionName::Resume,
            posts: vec![PostResolutionDto { post: drafted, resolution: ResolutionName::ToDraft }],
        };
        let refused = diwan.end_crisis("karim", crisis.id, &end).expect_err("a drafter");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-post-role-missing");
        assert_eq!(diwan.post_for(resumed, None).expect("post").paused_by, Some(crisis.id), "nothing changed");
        let ended = diwan.end_crisis("samir", crisis.id, &end).expect("end");
        assert!(ended.paused.is_empty() && ended.ended_by.as_deref() == Some("samir"));
        let back = diwan.post_for(resumed, None).expect("post");
        assert_eq!((back.state, back.paused_by), (PostStateName::Approved, None), "resumed as it was");
        assert_eq!(diwan.post_for(drafted, None).expect("post").state, PostStateName::Draft);
        let refused = diwan.end_crisis("samir", crisis.id, &end).expect_err("ended already");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-crisis-ended");

        let trail =
            diwan.audit_log(&crate::dto::AuditFilterDto { post: Some(drafted), ..Default::default() }).expect("trail");
        let actions: Vec<&str> = trail.events.iter().map(|e| e.action.as_str()).collect();
        assert!(actions.starts_with(&["post.approval-withdrawn", "post.pause-resolved", "post.paused"]), "{actions:?}");
    }
}
