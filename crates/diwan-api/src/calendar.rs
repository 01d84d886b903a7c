//! The calendar: a mission's local days, with the rules' warnings.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use diwan_core::account::AccountId;
use diwan_core::calendar::{self, Planned};
use diwan_core::post::{reschedule_refusal, PostId, PostStage, PostState};
use diwan_core::user::User;
use diwan_core::{LanguageCode, MissionCode};
use diwan_store::{CalendarQuery, Reader, StoreError};

use crate::dto::{CalendarDto, CalendarPostDto, CalendarRequestDto, CalendarWarningDto, WarningDto};
use crate::posts::CONFLICT_GAP;
use crate::{ApiError, Diwan};

impl Diwan {
    /// Posts on the local days `from..=to` of the mission (UTC when no
    /// mission is given), with conflicts and blackouts among them.
    pub fn calendar(&self, request: &CalendarRequestDto) -> Result<CalendarDto, ApiError> {
        self.calendar_for(request, None)
    }

    /// The calendar as `viewer` sees it: which posts they may move.
    pub fn calendar_for(&self, request: &CalendarRequestDto, viewer: Option<&str>) -> Result<CalendarDto, ApiError> {
        let viewer = viewer.map(|name| self.user(name)).transpose()?;
        // Posts and blackouts from one snapshot, so warnings match the posts shown.
        self.store.snapshot(|read| self.calendar_snapshot(read, request, viewer.as_ref()))
    }

    fn calendar_snapshot(
        &self,
        read: Reader<'_>,
        request: &CalendarRequestDto,
        viewer: Option<&User>,
    ) -> Result<CalendarDto, ApiError> {
        let mission = request.mission.as_deref().map(MissionCode::parse).transpose()?;
        let zone: Tz = match &mission {
            Some(code) => {
                read.mission(code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?.time_zone
            }
            None => chrono_tz::UTC,
        };
        let language = request.language.as_deref().map(crate::posts::language).transpose()?;
        let display_language = request.display_language.as_deref().map(crate::posts::language).transpose()?;
        // A filter value that names nothing would show an empty calendar as
        // if the mission had no posts: refuse it, with the values it could be.
        if let Some(code) = &mission {
            let accounts = read.accounts(Some(code))?;
            if let Some(id) = request.account.filter(|id| !accounts.iter().any(|a| a.id.0 == *id)) {
                let valid: Vec<String> =
                    accounts.iter().map(|a| format!("{} (@{})", a.id.0, a.handle.as_str())).collect();
                return Err(ApiError::CalendarAccountUnknown {
                    mission: code.to_string(),
                    id,
                    valid: valid.join(", "),
                });
            }
            if let Some(language) = &language {
                let mut valid: Vec<LanguageCode> = read.mission(code)?.map(|m| m.working_languages).unwrap_or_default();
                for language in accounts.iter().flat_map(|a| &a.languages) {
                    if !valid.contains(language) {
                        valid.push(language.clone());
                    }
                }
                if !valid.contains(language) {
                    let valid: Vec<&str> = valid.iter().map(LanguageCode::as_str).collect();
                    return Err(ApiError::CalendarLanguageUnknown {
                        mission: code.to_string(),
                        language: language.to_string(),
                        valid: valid.join(", "),
                    });
                }
            }
        }
        let (from, to) = calendar::local_days_to_utc(
            zone,
            calendar::parse_date(&request.from)?,
            calendar::parse_date(&request.to)?,
        )?;
        let query = CalendarQuery {
            mission: mission.clone(),
            from,
            to,
            account: request.account.map(AccountId),
            platform: request.platform.as_deref().map(str::parse).transpose()?,
            language,
            state: request.state.as_deref().map(PostState::parse_name).transpose()?.map(str::to_owned),
            category: request.category.as_deref().map(str::parse).transpose()?,
            display_language,
        };
        let now = self.now();
        let entries = read.calendar(&query)?;
        let mut planned = Vec::with_capacity(entries.len());
        let mut posts = Vec::with_capacity(entries.len());
        let mut warnings = Vec::new();
        let mourning_days = read.ministry_days()?;
        // Templates are looked up only for posts a crisis covers (rare).
        let crises: Vec<diwan_core::crisis::Crisis> =
            read.crises()?.into_iter().filter(diwan_core::crisis::Crisis::is_active).collect();
        let mut hosts: std::collections::BTreeMap<String, Option<diwan_core::CountryCode>> =
            std::collections::BTreeMap::new();
        for entry in entries {
            let at = DateTime::<Utc>::from_timestamp(entry.at, 0).unwrap_or_default();
            let local_zone: Tz =
                if mission.is_some() { zone } else { entry.time_zone.parse().unwrap_or(chrono_tz::UTC) };
            let entry_mission = MissionCode::parse(&entry.mission)?;
            let host = match hosts.get(entry.mission.as_ref()) {
                Some(host) => *host,
                None => {
                    let host = read.mission(&entry_mission)?.map(|m| m.host_country);
                    hosts.insert(entry.mission.to_string(), host);
                    host
                }
            };
            let day = at.with_timezone(&local_zone).date_naive();
            if let Some(warning) = host.and_then(|host| {
                crate::observances::national_day_warning(&host, day, entry.category, entry.crisis_priority)
            }) {
                warnings.push(CalendarWarningDto { post: entry.id, warning });
            }
            if let Some(warning) = crate::observances::mourning_warning(&mourning_days, day, entry.crisis_priority) {
                warnings.push(CalendarWarningDto { post: entry.id, warning });
            }
            if crises.iter().any(|c| c.covers(&entry_mission, at)) {
                if let Some(template) = read.post_template(PostId(entry.id))? {
                    if let Some(warning) = crate::posts::celebratory_warning(&template, &entry_mission, at, &crises) {
                        warnings.push(CalendarWarningDto { post: entry.id, warning });
                    }
                }
            }
            let stage = PostStage::from_name(entry.state)
                .ok_or_else(|| StoreError::Corrupt { detail: format!("post state {}", entry.state) })?;
            let can_move =
                viewer.is_some_and(|v| reschedule_refusal(stage == PostStage::Published, v, &entry_mission).is_none());
            planned.push(Planned {
                id: PostId(entry.id),
                mission: entry_mission,
                accounts: entry.targets.iter().map(|t| AccountId(*t)).collect(),
                at,
                texts: Vec::new(),
                crisis_priority: entry.crisis_priority,
            });
            posts.push(CalendarPostDto {
                id: entry.id,
                mission: entry.mission.to_string(),
                local_time: at.with_timezone(&local_zone).to_rfc3339(),
                utc: at.to_rfc3339(),
                overdue: now > at && !stage.is_approved(),
                can_move,
                category: entry.category.into(),
                state: stage.into(),
                source_language: entry.source_language.into_owned(),
                crisis_priority: entry.crisis_priority,
                preview: entry.preview,
                preview_language: entry.preview_language.into_owned(),
                accounts: entry.targets,
                variants: entry.variants.into_iter().map(|v| format!("{}:{}", v.language, v.state)).collect(),
                paused: entry.paused,
            });
        }
        for conflict in calendar::conflicts(&planned, CONFLICT_GAP) {
            warnings.push(CalendarWarningDto {
                post: conflict.second.0,
                warning: WarningDto::Conflict {
                    account: conflict.account.0,
                    post: conflict.first.0,
                    minutes: conflict.gap.num_minutes(),
                },
            });
        }
        let found = read.blackouts(mission.as_ref(), from, to)?;
        for (post, blackout) in calendar::in_blackout(&planned, found.iter().map(|(_, b)| b)) {
            warnings.push(CalendarWarningDto {
                post: post.id.0,
                warning: WarningDto::Blackout {
                    reason: blackout.reason.clone(),
                    start: blackout.start.to_rfc3339(),
                    end: blackout.end.to_rfc3339(),
                },
            });
        }
        let blackouts = found.iter().map(|(id, b)| crate::blackouts::dto(*id, b, zone)).collect();
        // The world's calendar beside the plan, for a mission's calendar of a
        // month or a week (a long span for scripts goes without).
        let observances = match &mission {
            Some(code) => match self.observances(code.as_str(), &request.from, &request.to) {
                Ok(found) => found.observances,
                Err(ApiError::SpanTooLong { .. }) => Vec::new(),
                Err(other) => return Err(other),
            },
            None => Vec::new(),
        };
        let hijri = match (calendar::parse_date(&request.from), calendar::parse_date(&request.to)) {
            (Ok(from), Ok(to)) => crate::observances::hijri_days(from, to),
            _ => Vec::new(),
        };
        Ok(CalendarDto {
            observances,
            hijri,
            mission: mission.map(|m| m.to_string()),
            time_zone: zone.name().to_owned(),
            from: from.to_rfc3339(),
            to: to.to_rfc3339(),
            posts,
            warnings,
            blackouts,
        })
    }
}
