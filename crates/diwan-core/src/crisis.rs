//! Crisis mode: on the day of an attack, a disaster or a death of state, a
//! supervisor declares a crisis for some missions over a window. Routine
//! posts planned in that window are paused (never deleted, never
//! published while paused); crisis posts go first in every queue and may be
//! fast-tracked as their policy says. Ending the crisis resolves each paused
//! post: resumed, rescheduled after the crisis, or back to draft.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Tz;

use crate::message::{Localized, MessageArg};
use crate::mission::MissionCode;
use crate::post::{require_any_role, Effect, Post, PostError, PostState, WithdrawReason};
use crate::user::{Role, User, UserName};
use crate::vocabulary::vocabulary;

/// The store's id of a crisis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CrisisId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crisis {
    pub id: CrisisId,
    pub missions: BTreeSet<MissionCode>,
    /// The window whose routine posts are paused: `[from, to)`.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub reason: String,
    pub declared_by: UserName,
    pub declared_at: DateTime<Utc>,
    pub ended: Option<(UserName, DateTime<Utc>)>,
}

vocabulary! {
    /// What becomes of a paused post when its crisis ends.
    pub enum Resolution {
        /// Back as it was, at its time; overdue if that has passed.
        Resume => "resume",
        /// At its local time of day on the first day after the crisis.
        Reschedule => "reschedule",
        /// Back to draft, approvals withdrawn, for its drafter to rethink.
        ToDraft => "to-draft",
    }
}

/// The longest crisis window one declaration covers.
pub const MAX_WINDOW_DAYS: i64 = 31;

impl Crisis {
    /// Declares a crisis. The declarer must supervise every mission named;
    /// the window must end after it starts and the reason must be given.
    pub fn declare(
        id: CrisisId,
        actor: &User,
        missions: BTreeSet<MissionCode>,
        (from, to): (DateTime<Utc>, DateTime<Utc>),
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<Self, CrisisError> {
        if missions.is_empty() {
            return Err(CrisisError::NoMissions);
        }
        for mission in &missions {
            require_any_role(actor, mission, &[Role::Supervisor])?;
        }
        if to <= from {
            return Err(CrisisError::WindowReversed);
        }
        if to - from > Duration::days(MAX_WINDOW_DAYS) {
            return Err(CrisisError::WindowTooLong { days: MAX_WINDOW_DAYS });
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(CrisisError::ReasonMissing);
        }
        Ok(Self {
            id,
            missions,
            from,
            to,
            reason: reason.to_owned(),
            declared_by: actor.name.clone(),
            declared_at: now,
            ended: None,
        })
    }

    pub fn is_active(&self) -> bool {
        self.ended.is_none()
    }

    /// Whether `at` falls in the window of this crisis, still active, at `mission`.
    pub fn covers(&self, mission: &MissionCode, at: DateTime<Utc>) -> bool {
        self.is_active() && self.missions.contains(mission) && (self.from..self.to).contains(&at)
    }

    /// Whether declaring this crisis pauses `post`: a routine post of one of
    /// its missions, planned in the window, not yet out, not already paused.
    pub fn pauses(&self, post: &Post) -> bool {
        self.covers(&post.mission, post.at)
            && !post.is_crisis()
            && !post.state.is_published()
            && post.paused_by.is_none()
    }

    /// Ends the crisis; a supervisor at every one of its missions may.
    pub fn end(&mut self, actor: &User, now: DateTime<Utc>) -> Result<(), CrisisError> {
        if self.ended.is_some() {
            return Err(CrisisError::AlreadyEnded);
        }
        for mission in &self.missions {
            require_any_role(actor, mission, &[Role::Supervisor])?;
        }
        self.ended = Some((actor.name.clone(), now));
        Ok(())
    }
}

impl Post {
    /// A crisis post: marked as a priority, or in the crisis category.
    pub fn is_crisis(&self) -> bool {
        self.crisis_priority || self.category == crate::post::Category::Crisis
    }

    /// Pauses the post for `crisis`. Nothing else changes: its state,
    /// approvals and time stay, so resuming gives back exactly what was.
    pub fn pause(&mut self, crisis: &Crisis) -> bool {
        if !crisis.pauses(self) {
            return false;
        }
        self.paused_by = Some(crisis.id);
        true
    }

    /// Resolves the pause when `crisis` has ended. Rescheduling goes through
    /// the ordinary rules, so a new time withdraws an approval.
    pub fn resolve_pause(
        &mut self,
        actor: &User,
        crisis: &Crisis,
        resolution: Resolution,
    ) -> Result<Effect, PostError> {
        if self.paused_by != Some(crisis.id) {
            return Err(PostError::NotPaused);
        }
        let Some((_, ended_at)) = crisis.ended else {
            return Err(PostError::Paused { crisis: crisis.id.0 });
        };
        require_any_role(actor, &self.mission, &[Role::Supervisor])?;
        self.paused_by = None;
        let effect = match resolution {
            Resolution::Resume => Effect::None,
            Resolution::Reschedule => {
                let at = after_crisis(self.at, self.time_zone, ended_at);
                if self.at == at {
                    Effect::None
                } else {
                    self.at = at;
                    self.after_content_change(WithdrawReason::TimeChanged)
                }
            }
            Resolution::ToDraft => self.back_to_draft(),
        };
        Ok(effect)
    }

    /// Withdraws any approval and puts the post back in draft.
    fn back_to_draft(&mut self) -> Effect {
        let approvals = self.approvals.len();
        let was_approved = self.state.is_approved();
        self.approvals.clear();
        self.approved_content = None;
        self.state = PostState::Draft;
        if approvals > 0 || was_approved {
            Effect::ApprovalWithdrawn { reason: WithdrawReason::CrisisToDraft, approvals }
        } else {
            Effect::None
        }
    }
}

/// A time not yet passed at `end` stays; a passed one moves to the first
/// day from `end` on where the post's local time of day comes at or after
/// `end`, on the mission's wall clock (a time the clocks skip that day is
/// taken the next day).
pub fn after_crisis(at: DateTime<Utc>, zone: Tz, end: DateTime<Utc>) -> DateTime<Utc> {
    if at >= end {
        return at;
    }
    let time_of_day = at.with_timezone(&zone).time();
    let mut day = end.with_timezone(&zone).date_naive();
    // Three days always find one: only one in a year skips an hour.
    for _ in 0..3 {
        if let Some(candidate) = zone.from_local_datetime(&day.and_time(time_of_day)).earliest() {
            let candidate = candidate.with_timezone(&Utc);
            if candidate >= end {
                return candidate;
            }
        }
        day = day.succ_opt().unwrap_or(day);
    }
    end
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CrisisError {
    #[error("a crisis needs at least one mission")]
    NoMissions,
    #[error("the crisis window ends before it starts")]
    WindowReversed,
    #[error("a crisis window is at most {days} days")]
    WindowTooLong { days: i64 },
    #[error("a crisis needs a reason")]
    ReasonMissing,
    #[error("this crisis has already ended")]
    AlreadyEnded,
    #[error(transparent)]
    Post(#[from] PostError),
}

impl Localized for CrisisError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::NoMissions => "error-crisis-no-missions",
            Self::WindowReversed => "error-crisis-window-reversed",
            Self::WindowTooLong { .. } => "error-crisis-window-too-long",
            Self::ReasonMissing => "error-crisis-reason-missing",
            Self::AlreadyEnded => "error-crisis-ended",
            Self::Post(inner) => inner.message_id(),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::WindowTooLong { days } => vec![("days", (*days).into())],
            Self::Post(inner) => inner.message_args(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
