//! The post workflow as use cases: each loads the post, lets the core
//! decide, saves it and appends the audit event in one transaction.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use diwan_core::account::AccountId;
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::calendar::{self, Planned};
use diwan_core::hash::ContentHash;
use diwan_core::post::{Abilities, Effect, NewPost, Post, PostError, PostId, PostState, Targets, Variant};
use diwan_core::sync::Change;
use diwan_core::user::User;
use diwan_core::{LanguageCode, MissionCode};
use diwan_store::{CalendarQuery, Reader, StoreError, Writer};

use crate::dto::{
    AbilityDto, ApprovalDto, ErrorDto, NewPostDto, PostAbilitiesDto, PostDto, PostEditDto, VariantDto, WarningDto,
};
use crate::{ApiError, Diwan};

/// Two posts on one account closer than this are a conflict.
pub const CONFLICT_GAP: Duration = Duration::minutes(30);
/// The same text on the same account within this window is a duplicate.
pub const DUPLICATE_WINDOW: Duration = Duration::days(14);

/// A language code as a person typed it, or the error that says it is not one.
pub(crate) fn language(code: &str) -> Result<LanguageCode, ApiError> {
    LanguageCode::parse(code).ok_or_else(|| ApiError::LanguageInvalid { language: code.to_owned() })
}

/// Checks that every account belongs to the mission and is active; returns
/// their ids and the languages they post in.
fn mission_accounts(
    read: Reader<'_>,
    mission: &MissionCode,
    ids: &[i64],
) -> Result<(BTreeSet<AccountId>, Vec<LanguageCode>), ApiError> {
    let mut targets = BTreeSet::new();
    let mut languages = Vec::new();
    for id in ids {
        let account = read.account(AccountId(*id))?.filter(|a| a.mission == *mission && a.active);
        let account = account.ok_or_else(|| ApiError::AccountNotInMission { id: *id, mission: mission.to_string() })?;
        targets.insert(account.id);
        for language in account.languages {
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
    }
    Ok((targets, languages))
}

/// The accounts a post goes out on, for the core's limit check; an account
/// that has disappeared is left out, and the core then refuses.
pub(crate) fn targets(read: Reader<'_>, post: &Post) -> Result<Targets, ApiError> {
    let mut accounts = Vec::with_capacity(post.targets.len());
    for id in &post.targets {
        accounts.extend(read.account(*id)?);
    }
    Ok(Targets { accounts, has_media: !post.media.is_empty() })
}

fn audit(
    actor: &User,
    action: AuditAction,
    post: &Post,
    before: Option<ContentHash>,
    detail: String,
    at: DateTime<Utc>,
) -> NewAuditEvent {
    NewAuditEvent::new(at, actor.name.to_string(), action, format!("post:{}", post.id.0))
        .with_hashes(before, Some(post.content_hash()))
        .with_detail(detail)
}

/// Audit events for what an edit did beyond itself.
pub(crate) fn effect_event(actor: &User, post: &Post, effect: &Effect, at: DateTime<Utc>) -> Option<NewAuditEvent> {
    match effect {
        Effect::None => None,
        Effect::ApprovalWithdrawn { reason, approvals } => Some(audit(
            actor,
            AuditAction::PostApprovalWithdrawn,
            post,
            None,
            format!("{} ({approvals} approvals)", reason.describe()),
            at,
        )),
        Effect::Reopened => Some(audit(actor, AuditAction::PostReopened, post, None, String::new(), at)),
    }
}

impl Diwan {
    pub fn create_post(&mut self, actor: &str, input: NewPostDto) -> Result<PostDto, ApiError> {
        let actor = self.user(actor)?;
        let mission_code = MissionCode::parse(&input.mission)?;
        let mission = self
            .store
            .read()
            .mission(&mission_code)?
            .ok_or_else(|| ApiError::MissionNotFound { code: mission_code.to_string() })?;
        let at = calendar::local_to_utc(mission.time_zone, calendar::parse_local(&input.local_time)?)?;
        let category = input.category.parse()?;
        let source_language = language(&input.source_language)?;
        let extra = input.languages.iter().map(|l| language(l)).collect::<Result<Vec<_>, _>>()?;
        let now = self.now();
        let id = self.store.write(|w| {
            let (targets, mut languages) = mission_accounts(w.read(), &mission.code, &input.accounts)?;
            languages.extend(extra);
            let new = NewPost {
                mission: mission.code.clone(),
                time_zone: mission.time_zone,
                targets,
                category,
                source_language,
                languages,
                at,
                text: input.text.clone(),
                note: input.note.clone(),
                crisis_priority: input.crisis_priority,
            };
            let languages = new.languages.clone();
            let post = Post::create(w.next_post_id()?, new, &actor)?;
            w.insert_post(&post, now)?;
            if let Some(template) = input.template {
                written_from(w, post.id, template)?;
            }
            crate::hub::queue_creation(w, &post, &languages, actor.name.as_str(), now)?;
            w.append_audit(audit(
                &actor,
                AuditAction::PostCreated,
                &post,
                None,
                post.category.as_str().to_owned(),
                now,
            ))?;
            Ok::<_, ApiError>(post.id)
        })?;
        self.post_for(id.0, Some(actor.name.as_str()))
    }

    /// Loads a post, applies `change` as `actor`, and saves it with its audit
    /// events, all in one transaction. What `change` adds to its last
    /// argument is queued for the team hub, when the post is shared there.
    pub(crate) fn change_post(
        &mut self,
        actor: &str,
        id: i64,
        action: AuditAction,
        change: impl FnOnce(&mut Post, &User, &mut Writer<'_>, &mut Vec<Change>) -> Result<(Vec<Effect>, String), ApiError>,
    ) -> Result<PostDto, ApiError> {
        let actor = self.user(actor)?;
        let now = self.now();
        let redone = self.redoing.as_deref();
        self.store.write(|w| {
            let mut post = w.read().post(PostId(id))?.ok_or(ApiError::PostNotFound { id })?;
            let before = post.content_hash();
            let mut for_hub = Vec::new();
            let (effects, detail) = change(&mut post, &actor, w, &mut for_hub)?;
            w.update_post(&post, now)?;
            crate::hub::queue(w, &post, actor.name.as_str(), &for_hub, redone, now)?;
            w.append_audit(audit(&actor, action, &post, Some(before), detail, now))?;
            for effect in &effects {
                if let Some(event) = effect_event(&actor, &post, effect, now) {
                    w.append_audit(event)?;
                }
            }
            Ok::<_, ApiError>(())
        })?;
        self.post_for(id, Some(actor.name.as_str()))
    }

    /// Changes text (of one language), time or targets. Any change to what
    /// goes out withdraws approvals, which the audit trail records.
    pub fn edit_post(&mut self, actor: &str, id: i64, edit: PostEditDto) -> Result<PostDto, ApiError> {
        self.change_post(actor, id, AuditAction::PostEdited, |post, actor, w, for_hub| {
            let mut effects = Vec::new();
            let mut changed = Vec::new();
            if let Some(text) = &edit.text {
                if let Some(template) = edit.template {
                    written_from(w, post.id, template)?;
                }
                let language = match &edit.language {
                    Some(code) => language(code)?,
                    None => post.source_language.clone(),
                };
                let was = post.variants.get(&language).map(|v| v.text.clone());
                effects.push(post.edit_text(actor, &language, text)?);
                changed.push(format!("text:{language}"));
                // What changed nothing is nothing to send.
                if post.variants.get(&language).map(|v| &v.text) != was.as_ref() {
                    for_hub.push(Change::EditText { language, text: text.clone() });
                }
            }
            if let Some(local) = &edit.local_time {
                let at = calendar::local_to_utc(post.time_zone, calendar::parse_local(local)?)?;
                if post.at != at {
                    for_hub.push(Change::Reschedule { at });
                }
                effects.push(post.reschedule(actor, at)?);
                changed.push("time".to_owned());
            }
            if let Some(accounts) = &edit.accounts {
                let (targets, _) = mission_accounts(w.read(), &post.mission, accounts)?;
                if post.targets != targets {
                    for_hub.push(Change::Retarget { targets: targets.clone() });
                }
                effects.push(post.retarget(actor, targets)?);
                changed.push("targets".to_owned());
            }
            Ok((effects, changed.join(",")))
        })
    }

    pub fn submit_post(&mut self, actor: &str, id: i64) -> Result<PostDto, ApiError> {
        self.change_post(actor, id, AuditAction::PostSubmitted, |post, actor, w, for_hub| {
            post.submit(actor, &targets(w.read(), post)?)?;
            for_hub.push(Change::Submit);
            Ok((Vec::new(), post.state.as_str().to_owned()))
        })
    }

    pub fn approve_post(&mut self, actor: &str, id: i64, fast_track: bool) -> Result<PostDto, ApiError> {
        let now = self.now();
        self.change_post(
            actor,
            id,
            if fast_track { AuditAction::PostFastTracked } else { AuditAction::PostApproved },
            |post, actor, w, for_hub| {
                let policies = w.read().policy_book()?;
                let outcome = post.approve(actor, &targets(w.read(), post)?, &policies, fast_track, now)?;
                for_hub.push(Change::Approve { fast_track });
                if outcome.complete {
                    // Every approved translation is a pair worth remembering.
                    crate::translation::remember_approved(w, post, actor)?;
                }
                let detail = format!("step {}{}", outcome.step + 1, if outcome.complete { ", complete" } else { "" });
                Ok((Vec::new(), detail))
            },
        )
    }

    pub fn reject_post(&mut self, actor: &str, id: i64, reason: &str) -> Result<PostDto, ApiError> {
        self.change_post(actor, id, AuditAction::PostRejected, |post, actor, w, for_hub| {
            post.reject(actor, &w.read().policy_book()?, reason)?;
            for_hub.push(Change::Reject { reason: reason.to_owned() });
            Ok((Vec::new(), reason.trim().to_owned()))
        })
    }

    pub fn schedule_post(&mut self, actor: &str, id: i64) -> Result<PostDto, ApiError> {
        self.change_post(actor, id, AuditAction::PostScheduled, |post, actor, w, for_hub| {
            post.schedule(actor, &targets(w.read(), post)?)?;
            for_hub.push(Change::Schedule);
            Ok((Vec::new(), String::new()))
        })
    }

    /// Records the published URL. An approved post is scheduled on the way,
    /// in the same transaction, so a refused URL leaves it as it was; the
    /// audit event says so.
    pub fn publish_post(&mut self, actor: &str, id: i64, url: &str) -> Result<PostDto, ApiError> {
        self.change_post(actor, id, AuditAction::PostPublished, |post, actor, w, for_hub| {
            let targets = targets(w.read(), post)?;
            let scheduled_now = post.state == PostState::Approved;
            if scheduled_now {
                post.schedule(actor, &targets)?;
            }
            post.publish(actor, &targets, url)?;
            // The hub schedules on the way too (Change::Publish).
            for_hub.push(Change::Publish { url: url.to_owned() });
            let url = url.trim().to_owned();
            Ok((Vec::new(), if scheduled_now { format!("{url} (scheduled on publishing)") } else { url }))
        })
    }

    /// A post with its variants, approvals and the calendar's warnings.
    pub fn post(&self, id: i64) -> Result<PostDto, ApiError> {
        self.post_for(id, None)
    }

    /// A post as `viewer` sees it: with what they may do with it now.
    pub fn post_for(&self, id: i64, viewer: Option<&str>) -> Result<PostDto, ApiError> {
        let viewer = viewer.map(|name| self.user(name)).transpose()?;
        self.store.snapshot(|read| {
            let post = read.post(PostId(id))?.ok_or(ApiError::PostNotFound { id })?;
            let warnings = self.warnings(&post)?;
            let mut dto = post_dto(&post, warnings);
            if let Some(viewer) = &viewer {
                let can = post.abilities(viewer, &targets(read, &post)?, &read.policy_book()?, self.now());
                dto.can = Some(abilities_dto(&can));
            }
            Ok(dto)
        })
    }

    /// Conflicts, blackouts, duplicates, lateness and a national day for one post.
    fn warnings(&self, post: &Post) -> Result<Vec<WarningDto>, ApiError> {
        let read = self.store.read();
        let window = DUPLICATE_WINDOW.max(CONFLICT_GAP);
        let query = CalendarQuery {
            mission: Some(post.mission.clone()),
            from: post.at - window,
            to: post.at + window,
            ..Default::default()
        };
        let mut neighbours = Vec::new();
        for entry in read.calendar(&query)? {
            if entry.id != post.id.0 && entry.targets.iter().any(|t| post.targets.contains(&AccountId(*t))) {
                if let Some(other) = read.post(PostId(entry.id))? {
                    neighbours.push(planned(&other));
                }
            }
        }
        let me = planned(post);
        let mut warnings = Vec::new();
        let mut all = neighbours.clone();
        all.push(me.clone());
        for conflict in calendar::conflicts(&all, CONFLICT_GAP) {
            let other = if conflict.first == post.id {
                conflict.second
            } else if conflict.second == post.id {
                conflict.first
            } else {
                continue;
            };
            warnings.push(WarningDto::Conflict {
                account: conflict.account.0,
                post: other.0,
                minutes: conflict.gap.num_minutes(),
            });
        }
        let blackouts = read.blackouts(Some(&post.mission), post.at, post.at + Duration::seconds(1))?;
        for (_, blackout) in calendar::in_blackout(std::slice::from_ref(&me), blackouts.iter().map(|(_, b)| b)) {
            warnings.push(WarningDto::Blackout {
                reason: blackout.reason.clone(),
                start: blackout.start.to_rfc3339(),
                end: blackout.end.to_rfc3339(),
            });
        }
        for duplicate in calendar::duplicates(&me, &neighbours, DUPLICATE_WINDOW) {
            warnings.push(WarningDto::Duplicate { account: duplicate.account.0, post: duplicate.post.0 });
        }
        if post.is_overdue(self.now()) {
            warnings.push(WarningDto::Overdue);
        }
        let day = post.at.with_timezone(&post.time_zone).date_naive();
        warnings.extend(crate::observances::mourning_warning(&read.ministry_days()?, day, post.crisis_priority));
        if let Some(template) = read.post_template(post.id)? {
            warnings.extend(celebratory_warning(&template, &post.mission, post.at, &read.crises()?));
        }
        if let Some(mission) = read.mission(&post.mission)? {
            warnings.extend(crate::observances::national_day_warning(
                &mission.host_country,
                day,
                post.category,
                post.crisis_priority,
            ));
        }
        Ok(warnings)
    }
}

pub(crate) fn planned(post: &Post) -> Planned {
    Planned {
        id: post.id,
        mission: post.mission.clone(),
        accounts: post.targets.iter().copied().collect(),
        at: post.at,
        texts: post.variants.values().map(|v| v.text.clone()).filter(|t| !t.is_empty()).collect(),
        crisis_priority: post.crisis_priority,
    }
}

/// Records that `post`'s text comes from `template`, which must exist.
fn written_from(w: &mut Writer<'_>, post: PostId, template: i64) -> Result<(), ApiError> {
    if w.read().template(template)?.is_none() {
        return Err(StoreError::NotFound { kind: "template", id: template.to_string() }.into());
    }
    Ok(w.set_post_template(post, template)?)
}

/// The warning for a post written from `template` at `at`, if a crisis
/// covers that hour and the template celebrates (the core's rule).
pub(crate) fn celebratory_warning(
    template: &diwan_core::template::Template,
    mission: &MissionCode,
    at: chrono::DateTime<chrono::Utc>,
    crises: &[diwan_core::crisis::Crisis],
) -> Option<WarningDto> {
    let crisis = template.crisis_clash(mission, at, crises)?;
    Some(WarningDto::CelebratoryInCrisis { template: template.name.clone(), reason: crisis.reason.clone() })
}

pub(crate) fn post_dto(post: &Post, warnings: Vec<WarningDto>) -> PostDto {
    // Every field named: a field added to `Post` breaks the build here until
    // it is shown or said not to be.
    let Post {
        id,
        mission,
        time_zone,
        targets,
        category,
        source_language,
        at,
        note,
        crisis_priority,
        state,
        variants,
        // Images are listed with their files and alt texts by `Diwan::media`.
        media: _,
        drafter,
        // Who wrote any of it matters to four-eyes checks, not to the screen.
        contributors: _,
        approvals,
        approved_content,
        paused_by,
    } = post;
    let (published_url, rejection_reason) = match state {
        PostState::Published { url } => (Some(url.clone()), None),
        PostState::Rejected { reason } => (None, Some(reason.clone())),
        _ => (None, None),
    };
    PostDto {
        id: id.0,
        mission: mission.to_string(),
        time_zone: time_zone.name().to_owned(),
        local_time: at.with_timezone(time_zone).to_rfc3339(),
        utc: at.to_rfc3339(),
        accounts: targets.iter().map(|a| a.0).collect(),
        category: (*category).into(),
        source_language: source_language.to_string(),
        state: state.stage().into(),
        published_url,
        rejection_reason,
        note: note.clone(),
        crisis_priority: *crisis_priority,
        drafter: drafter.to_string(),
        variants: variants
            .iter()
            .map(|(language, variant)| {
                let Variant { text, translated_from: _, source_seen, qa_override } = variant;
                VariantDto {
                    language: language.to_string(),
                    text: text.clone(),
                    state: post.variant_state(language).into(),
                    source_seen: source_seen.clone(),
                    qa_override: qa_override.as_ref().map(crate::translation::override_dto),
                }
            })
            .collect(),
        approvals: approvals
            .iter()
            .map(|a| ApprovalDto {
                user: a.user.to_string(),
                step: u32::try_from(a.step + 1).unwrap_or(u32::MAX),
                at: a.at.to_rfc3339(),
                fast_track: a.fast_track,
            })
            .collect(),
        content_hash: post.content_hash().to_hex(),
        approved_content_hash: approved_content.map(|h| h.to_hex()),
        paused_by: paused_by.map(|c| c.0),
        warnings,
        can: None,
    }
}

/// One action: allowed, or refused with the core's reason.
pub(crate) fn ability_dto(result: &Result<(), PostError>) -> AbilityDto {
    AbilityDto { allowed: result.is_ok(), reason: result.as_ref().err().map(|e| ErrorDto::from_localized(e)) }
}

fn abilities_dto(can: &Abilities) -> PostAbilitiesDto {
    let ability = ability_dto;
    PostAbilitiesDto {
        edit: ability(&can.edit),
        reschedule: ability(&can.reschedule),
        submit: ability(&can.submit),
        approve: ability(&can.approve),
        fast_track: ability(&can.fast_track),
        reject: ability(&can.reject),
        schedule: ability(&can.schedule),
        publish: ability(&can.publish),
    }
}
