//! What one person may do with a post right now, each refusal with its
//! reason, so that a front end shows what the core decided instead of
//! guessing. Each answer comes from running the real action on a copy of
//! the post: it cannot disagree with what the action will do.

use chrono::{DateTime, Utc};

use crate::approval::PolicyBook;
use crate::mission::MissionCode;
use crate::user::{Role, User};

use super::{require_any_role, Post, PostError, PostState, Targets};

/// For each action, `Ok(())` when `actor` may take it now, else why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Abilities {
    /// Change the texts, time or accounts (the source needs a drafter).
    pub edit: Result<(), PostError>,
    /// Move it in the calendar.
    pub reschedule: Result<(), PostError>,
    pub submit: Result<(), PostError>,
    pub approve: Result<(), PostError>,
    /// Approve every remaining step at once, where the policy allows it.
    pub fast_track: Result<(), PostError>,
    pub reject: Result<(), PostError>,
    pub schedule: Result<(), PostError>,
    /// Record it as published (an approved post is scheduled on the way).
    pub publish: Result<(), PostError>,
}

impl Post {
    /// What `actor` may do with this post at `now`.
    pub fn abilities(&self, actor: &User, targets: &Targets, policies: &PolicyBook, now: DateTime<Utc>) -> Abilities {
        let on_copy = |action: &dyn Fn(&mut Post) -> Result<(), PostError>| action(&mut self.clone());
        let source = self.source_language.clone();
        let text = self.source_text().to_owned();
        Abilities {
            edit: on_copy(&|p| p.edit_text(actor, &source, &text).map(|_| ())),
            reschedule: reschedule_refusal(self.state.is_published(), actor, &self.mission).map_or(Ok(()), Err),
            submit: on_copy(&|p| p.submit(actor, targets)),
            approve: on_copy(&|p| p.approve(actor, targets, policies, false, now).map(|_| ())),
            fast_track: on_copy(&|p| p.approve(actor, targets, policies, true, now).map(|_| ())),
            reject: on_copy(&|p| p.reject(actor, policies, "?")),
            schedule: on_copy(&|p| p.schedule(actor, targets)),
            publish: on_copy(&|p| {
                if p.state == PostState::Approved {
                    p.schedule(actor, targets)?;
                }
                p.publish(actor, targets, "https://example.org/")
            }),
        }
    }
}

/// Why `actor` may not move a post (published or not) at `mission`, if they
/// may not: the rule `Post::reschedule` applies, for the calendar, which
/// does not load whole posts.
pub fn reschedule_refusal(published: bool, actor: &User, mission: &MissionCode) -> Option<PostError> {
    if published {
        return Some(PostError::AlreadyPublished);
    }
    require_any_role(actor, mission, &[Role::Drafter, Role::Supervisor]).err()
}
