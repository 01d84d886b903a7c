//! The supervisor's review queue. Approving and rejecting are the post
//! workflow's use cases (`posts.rs`); the core decides who may.

use diwan_core::post::PostId;
use diwan_core::review;
use diwan_core::user::Role;
use diwan_core::MissionCode;

use crate::dto::{
    ApprovalDto, ApprovalOutcomeDto, ChangesSinceDto, ErrorDto, LanguageDiffDto, ReviewItemDto, ReviewQueueDto,
};
use crate::posts::{ability_dto, targets};
use crate::translation::diff_dto;
use crate::{ApiError, Diwan};

/// How many posts one look at the queue reads.
const QUEUE_POSTS: usize = 500;

impl Diwan {
    /// Approves several posts as `actor`, each on its own: the core checks
    /// every one (four eyes, steps, limits) and each succeeds or fails in its
    /// own transaction, so one refusal holds back none of the others.
    pub fn approve_posts(&mut self, actor: &str, ids: &[i64]) -> Vec<ApprovalOutcomeDto> {
        ids.iter()
            .map(|&post| match self.approve_post(actor, post, false) {
                Ok(done) => ApprovalOutcomeDto { post, state: Some(done.state), error: None },
                Err(error) => ApprovalOutcomeDto { post, state: None, error: Some(ErrorDto::from_localized(&error)) },
            })
            .collect()
    }

    /// What changed in a post since `viewer` last looked at it in review,
    /// word by word, and remembers this look; `None` the first time.
    pub fn look_at_post(&mut self, viewer: &str, post: i64) -> Result<Option<ChangesSinceDto>, ApiError> {
        let viewer = self.user(viewer)?;
        let now = self.now();
        self.store.write(|w| {
            let found = w.read().post(PostId(post))?.ok_or(ApiError::PostNotFound { id: post })?;
            let before = w.read().seen(&viewer.name, found.id)?;
            w.record_seen(&viewer.name, found.id, &review::Seen::of(&found, now))?;
            Ok(before.map(|seen| {
                let changes = review::changes_since(&seen, &found);
                ChangesSinceDto {
                    seen_at: changes.seen_at.to_rfc3339(),
                    texts: changes
                        .texts
                        .into_iter()
                        .map(|(language, diff)| LanguageDiffDto {
                            language: language.to_string(),
                            diff: diff_dto(diff),
                        })
                        .collect(),
                    moved_from: changes.moved_from.map(|at| at.with_timezone(&found.time_zone).to_rfc3339()),
                }
            }))
        })
    }

    /// The posts in review at the missions `viewer` supervises, crisis
    /// posts first, then the soonest (overdue first of all), each with how
    /// far its approval has come and whether `viewer` may approve it now.
    pub fn review_queue(&self, viewer: &str) -> Result<ReviewQueueDto, ApiError> {
        let viewer = self.user(viewer)?;
        let missions: Vec<MissionCode> =
            viewer.role_pairs().filter(|(_, role)| *role == Role::Supervisor).map(|(code, _)| code.clone()).collect();
        let now = self.now();
        self.store.snapshot(|read| {
            let policies = read.policy_book()?;
            let ids = read.review_candidates(&missions, QUEUE_POSTS + 1)?;
            let truncated = ids.len() > QUEUE_POSTS;
            let mut posts = Vec::new();
            for id in ids.into_iter().take(QUEUE_POSTS) {
                if let Some(post) = read.post(id)? {
                    if review::awaits(&post, &viewer, &policies) {
                        posts.push(post);
                    }
                }
            }
            posts.sort_by(review::queue_order);
            let mut items = Vec::with_capacity(posts.len());
            for post in posts {
                let can = post.abilities(&viewer, &targets(read, &post)?, &policies, now);
                let progress = review::progress(&post, &policies);
                let number = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                items.push(ReviewItemDto {
                    post: post.id.0,
                    mission: post.mission.to_string(),
                    category: post.category.into(),
                    local_time: post.at.with_timezone(&post.time_zone).to_rfc3339(),
                    utc: post.at.to_rfc3339(),
                    overdue: post.is_overdue(now),
                    crisis_priority: post.crisis_priority,
                    source_language: post.source_language.to_string(),
                    preview: post.source_text().chars().take(diwan_store::PREVIEW_CHARS).collect(),
                    languages: post.variants.keys().map(ToString::to_string).collect(),
                    approvals: post
                        .approvals
                        .iter()
                        .map(|a| ApprovalDto {
                            user: a.user.to_string(),
                            step: number(a.step + 1),
                            at: a.at.to_rfc3339(),
                            fast_track: a.fast_track,
                        })
                        .collect(),
                    steps: progress.map_or(0, |p| number(p.steps)),
                    current_step: progress.and_then(|p| p.current).map(|c| number(c + 1)),
                    still_needed: progress.map_or(0, |p| number(p.still_needed)),
                    can_approve: ability_dto(&can.approve),
                    overridden: post
                        .variants
                        .iter()
                        .filter(|(_, v)| v.qa_override.is_some())
                        .map(|(language, _)| language.to_string())
                        .collect(),
                });
            }
            Ok(ReviewQueueDto { items, truncated })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::{NewPostDto, PostEditDto};
    use crate::testing;

    /// Karim's post, translated by Lina and handed on to review.
    fn in_review(diwan: &mut Diwan, category: &str, day: &str, crisis: bool) -> i64 {
        let input = NewPostDto {
            languages: vec!["fr".into()],
            crisis_priority: crisis,
            ..crate::testing::paris_post(category, &format!("{day} 10:00"), "بيان السفارة")
        };
        let id = diwan.create_post("karim", input).expect("post").id;
        for language in ["fr", "en"] {
            // A plain space before "!" fails the French spacing check: the override is recorded.
            let edit = PostEditDto {
                language: Some(language.into()),
                text: Some("Communiqué !".into()),
                ..PostEditDto::default()
            };
            if diwan.edit_post("lina", id, edit).is_ok() {
                diwan.mark_translated("lina", id, language, Some("test")).expect("done");
            }
        }
        diwan.submit_post("karim", id).expect("submit");
        id
    }

    #[test]
    fn the_queue_puts_crises_first_then_the_soonest_and_says_who_may_approve() {
        let mut diwan = testing::demo();
        let later = in_review(&mut diwan, "culture", "2026-12-30", false);
        let crisis = in_review(&mut diwan, "crisis", "2026-12-31", true);
        let protocol = in_review(&mut diwan, "protocol", "2026-12-29", false);
        let queue = diwan.review_queue("samir").expect("queue");
        let ours: Vec<i64> =
            queue.items.iter().map(|i| i.post).filter(|p| [later, crisis, protocol].contains(p)).collect();
        assert_eq!(ours, [crisis, protocol, later]);
        assert!(queue.items.iter().take_while(|i| i.crisis_priority).count() >= 1, "crisis posts lead");
        let item = queue.items.iter().find(|i| i.post == protocol).expect("protocol");
        assert_eq!((item.steps, item.current_step, item.still_needed), (2, Some(1), 1));
        assert!(item.can_approve.allowed);
        assert_eq!(item.overridden, ["fr"], "the translator's override is flagged");
        diwan.approve_post("samir", protocol, false).expect("first step");
        let after = diwan.review_queue("samir").expect("queue");
        let item = after.items.iter().find(|i| i.post == protocol).expect("still in review");
        assert_eq!((item.current_step, item.approvals.len()), (Some(2), 1));
        assert!(!item.can_approve.allowed, "the second step needs someone else");
        assert_eq!(item.can_approve.reason.as_ref().map(|r| r.code.as_str()), Some("error-post-already-approved"));
        // Nobody else's queue: a translator has none, and Nadia sees it waiting for her.
        assert!(diwan.review_queue("lina").expect("queue").items.is_empty());
        assert!(diwan
            .review_queue("nadia")
            .expect("queue")
            .items
            .iter()
            .any(|i| i.post == protocol && i.can_approve.allowed));
    }

    #[test]
    fn approving_several_checks_each_and_one_refusal_holds_back_none_of_the_others() {
        let mut diwan = testing::demo();
        let culture = in_review(&mut diwan, "culture", "2026-12-30", false);
        let economy = in_review(&mut diwan, "economy", "2026-12-30", false);
        let outcomes = diwan.approve_posts("samir", &[culture, 999_999, economy]);
        assert_eq!(outcomes.iter().map(|o| o.post).collect::<Vec<_>>(), [culture, 999_999, economy]);
        assert_eq!(outcomes[0].state, Some(crate::names::PostStateName::Approved));
        assert_eq!(outcomes[1].error.as_ref().map(|e| e.code.as_str()), Some("error-post-not-found"));
        assert_eq!(outcomes[2].state, Some(crate::names::PostStateName::Approved));
        // Karim wrote it: four eyes, post by post.
        let mine = in_review(&mut diwan, "culture", "2026-12-30", false);
        let refused = diwan.approve_posts("karim", &[mine]);
        assert!(refused[0].error.is_some() && refused[0].state.is_none());
    }

    #[test]
    fn a_supervisor_sees_what_changed_since_they_last_looked() {
        let mut diwan = testing::demo();
        let post = testing::submitted(&mut diwan, "2026-12-14", "ندوة حول التراث");
        assert_eq!(diwan.look_at_post("samir", post).expect("first look"), None, "nothing to compare the first time");
        let edit = PostEditDto {
            text: Some("ندوة حول التراث الأمازيغي".into()),
            local_time: Some("2026-12-15 10:00".into()),
            ..PostEditDto::default()
        };
        diwan.edit_post("karim", post, edit).expect("edit");
        let changes = diwan.look_at_post("samir", post).expect("second look").expect("changes");
        assert_eq!(changes.moved_from.as_deref().map(|t| &t[..16]), Some("2026-12-14T10:00"));
        let arabic = changes.texts.iter().find(|c| c.language == "ar").expect("the Arabic text changed");
        let added: String = arabic
            .diff
            .iter()
            .filter(|p| p.change == crate::dto::DiffChangeDto::Added)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(added.trim(), "الأمازيغي");
        let again = diwan.look_at_post("samir", post).expect("third look").expect("compared");
        assert!(again.texts.is_empty() && again.moved_from.is_none(), "unchanged since the last look");
        assert_eq!(diwan.look_at_post("nadia", post).expect("Nadia's first look"), None, "each person has their own");
    }
}
