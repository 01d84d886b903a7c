//! A mission's blackouts: the days it marks to post nothing routine on (a
//! national mourning, an election silence), as the news brings them. Its
//! supervisors and administrators mark and lift them (the core's rule);
//! each is one transaction with its audit event. A post planned inside one
//! carries a warning in the composer and on the calendar.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::blackout::{may_change, Blackout};
use diwan_core::calendar;
use diwan_core::MissionCode;
use diwan_store::{Reader, StoreError};

use crate::dto::{BlackoutDto, NewBlackoutDto};
use crate::{ApiError, Diwan};

/// A blackout as the calendar and the supervisor's panel show it, on the
/// clock of `zone` (the mission's).
pub(crate) fn dto(id: i64, blackout: &Blackout, zone: Tz) -> BlackoutDto {
    let (first, last) = blackout.local_days(zone);
    BlackoutDto {
        id,
        mission: blackout.mission.to_string(),
        start: blackout.start.with_timezone(&zone).to_rfc3339(),
        end: blackout.end.with_timezone(&zone).to_rfc3339(),
        first_day: first.to_string(),
        last_day: last.to_string(),
        reason: blackout.reason.clone(),
    }
}

fn zone_of(read: &Reader<'_>, code: &MissionCode) -> Result<Tz, ApiError> {
    Ok(read.mission(code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?.time_zone)
}

/// What the audit trail says of a blackout: its mission, its days, why.
fn detail(blackout: &Blackout, zone: Tz) -> String {
    let (first, last) = blackout.local_days(zone);
    format!("{} {first}..{last}: {}", blackout.mission, blackout.reason)
}

impl Diwan {
    /// The blackouts of `mission` (or of every mission) not over at `now`,
    /// soonest first, each on its mission's clock.
    pub fn blackouts(&self, mission: Option<&str>) -> Result<Vec<BlackoutDto>, ApiError> {
        let mission = mission.map(MissionCode::parse).transpose()?;
        let now = self.now();
        self.store.snapshot(|read| {
            read.blackouts(mission.as_ref(), now, DateTime::<Utc>::MAX_UTC)?
                .iter()
                .map(|(id, b)| Ok(dto(*id, b, zone_of(&read, &b.mission)?)))
                .collect()
        })
    }

    /// Marks a mission's local days as a blackout.
    pub fn mark_blackout(&mut self, actor: &str, input: &NewBlackoutDto) -> Result<BlackoutDto, ApiError> {
        let actor = self.user(actor)?;
        let code = MissionCode::parse(&input.mission)?;
        let days = (calendar::parse_date(&input.first_day)?, calendar::parse_date(&input.last_day)?);
        let now = self.now();
        self.store.write(|w| {
            let zone = zone_of(&w.read(), &code)?;
            let blackout = Blackout::mark(&actor, code.clone(), zone, days, &input.reason)?;
            let id = w.add_blackout(&blackout)?;
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::BlackoutMarked, format!("blackout:{id}"))
                    .with_detail(detail(&blackout, zone)),
            )?;
            Ok(dto(id, &blackout, zone))
        })
    }

    /// Lifts a blackout (marked by mistake, or the mourning cut short).
    pub fn lift_blackout(&mut self, actor: &str, id: i64) -> Result<(), ApiError> {
        let actor = self.user(actor)?;
        let now = self.now();
        self.store.write(|w| {
            let blackout = w
                .read()
                .blackout(id)?
                .ok_or_else(|| ApiError::from(StoreError::NotFound { kind: "blackout", id: id.to_string() }))?;
            may_change(&actor, &blackout.mission)?;
            let zone = zone_of(&w.read(), &blackout.mission)?;
            w.remove_blackout(id)?;
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::BlackoutLifted, format!("blackout:{id}"))
                    .with_detail(detail(&blackout, zone)),
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests;
