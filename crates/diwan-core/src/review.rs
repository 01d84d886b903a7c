//! The supervisor's side of a post: whose review queue it is in, in what
//! order the queue runs, and how far its approval has come. Approving and
//! rejecting are `Post::approve` and `Post::reject`. What changed since a
//! supervisor last looked is `changes_since`.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::approval::PolicyBook;
use crate::language::LanguageCode;
use crate::post::{Post, PostState};
use crate::translation::diff::{word_diff, DiffPart};
use crate::user::{Role, User};

/// Whether `post` waits in `user`'s review queue: it is in review at a
/// mission where they supervise or where a step names them. Their own posts
/// are in it too, so that they see them, but the core refuses to let them
/// approve (four eyes), and the queue says why.
pub fn awaits(post: &Post, user: &User, policies: &PolicyBook) -> bool {
    if post.state != PostState::InReview {
        return false;
    }
    user.has_role(&post.mission, Role::Supervisor)
        || policies.get(post.category).is_some_and(|p| p.steps.iter().any(|s| s.admits(user, &post.mission)))
}

/// The order of a review queue: crisis posts first, then the soonest to go
/// out (overdue ones, whose time has passed, come first of all), then by id.
pub fn queue_order(a: &Post, b: &Post) -> Ordering {
    b.is_crisis().cmp(&a.is_crisis()).then(a.at.cmp(&b.at)).then(a.id.cmp(&b.id))
}

/// How far a post's approval has come under its category's policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The steps the policy has.
    pub steps: usize,
    /// The first step still waiting (from 0), or `None` when all are done.
    pub current: Option<usize>,
    /// Approvals the current step still needs.
    pub still_needed: usize,
}

/// The post's progress, or `None` when no policy covers its category (it
/// cannot be approved at all: fail closed).
pub fn progress(post: &Post, policies: &PolicyBook) -> Option<Progress> {
    let policy = policies.get(post.category)?;
    let current = post.current_step(policies);
    let still_needed = current.map_or(0, |index| {
        let done = post.approvals.iter().filter(|a| a.step == index).count();
        policy.steps[index].needed().saturating_sub(done)
    });
    Some(Progress { steps: policy.steps.len(), current, still_needed })
}

/// What one person saw of a post when they last looked at it in review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub at: DateTime<Utc>,
    /// When the post was to go out, as they saw it.
    pub post_at: DateTime<Utc>,
    pub texts: BTreeMap<LanguageCode, String>,
}

impl Seen {
    /// The post as it stands, seen at `now`.
    pub fn of(post: &Post, now: DateTime<Utc>) -> Self {
        Self {
            at: now,
            post_at: post.at,
            texts: post.variants.iter().map(|(l, v)| (l.clone(), v.text.clone())).collect(),
        }
    }
}

/// What changed in a post since someone last looked: each language whose
/// text changed, word by word (a language added since shows all added), and
/// the time it goes out if it moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangesSince {
    pub seen_at: DateTime<Utc>,
    pub texts: Vec<(LanguageCode, Vec<DiffPart>)>,
    pub moved_from: Option<DateTime<Utc>>,
}

impl ChangesSince {
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty() && self.moved_from.is_none()
    }
}

pub fn changes_since(seen: &Seen, post: &Post) -> ChangesSince {
    let texts = post
        .variants
        .iter()
        .filter_map(|(language, variant)| {
            let before = seen.texts.get(language).map_or("", String::as_str);
            (before != variant.text).then(|| (language.clone(), word_diff(before, &variant.text)))
        })
        .collect();
    ChangesSince { seen_at: seen.at, texts, moved_from: (seen.post_at != post.at).then_some(seen.post_at) }
}

#[cfg(test)]
mod tests;
