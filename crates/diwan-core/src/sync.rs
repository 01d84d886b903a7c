//! Team mode's one rule (#13): the hub never overwrites silently.
//!
//! A desktop works offline and later pushes what it did, each change with
//! the version of the post it started from. Meanwhile others may have
//! changed the same post through the hub. Whether the pushed change may
//! still run is decided here, from what happened to the post since that
//! version ([`Since`]); if it may, the hub then runs it through the usual
//! rules of [`crate::post::Post`] (four eyes, roles, fit) against the
//! current post. If not, it comes back to its author as a [`Conflict`],
//! with their text, to redo or drop: nothing is merged by the hub itself.
//!
//! - An approval or a rejection judges the content its author saw: it is
//!   refused when the content changed since.
//! - A change of content (a text, a translation, an image) is refused
//!   when the content changed since (two edits are never merged) or when
//!   someone approved or rejected the post since (the decision stands).
//! - A reschedule is refused when someone else moved the post since.
//! - Anything else (a comment) runs whatever happened.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use crate::account::AccountId;
use crate::approval::PolicyBook;
use crate::audit::AuditAction;
use crate::hash::ContentHash;
use crate::language::LanguageCode;
use crate::message::{Localized, MessageArg};
use crate::post::{Attachment, Effect, Post, PostError, Targets, TranslationCheck};
use crate::preferences::Digits;
use crate::translation::glossary::Term;
use crate::user::User;

/// One use case a desktop ran on an existing post, as it travels to the hub
/// to be run again there: the same method of [`Post`], by the same person,
/// against the hub's current post. (Creating a post is the other kind of
/// change; it has no post to start from.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    EditText {
        language: LanguageCode,
        text: String,
    },
    Reschedule {
        at: DateTime<Utc>,
    },
    Retarget {
        targets: BTreeSet<AccountId>,
    },
    Submit,
    MarkTranslated {
        language: LanguageCode,
        override_reason: Option<String>,
    },
    Approve {
        fast_track: bool,
    },
    Reject {
        reason: String,
    },
    Schedule,
    Publish {
        url: String,
    },
    /// An image, by its content's hash (its bytes travel on their own).
    Attach {
        content: ContentHash,
    },
    Detach {
        content: ContentHash,
    },
    SetAlt {
        content: ContentHash,
        language: LanguageCode,
        text: String,
    },
}

/// What running a change needs besides the post and the person: where it
/// goes out, the approval policies, the glossary and digits the
/// translation checks use, and the time.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub targets: &'a Targets,
    pub policies: &'a PolicyBook,
    pub glossary: &'a [Term],
    pub digits: Option<Digits>,
    pub now: DateTime<Utc>,
}

impl Change {
    /// What the change is, for [`admit`]; `saw` is the content hash of the
    /// version its author started from.
    pub fn class(&self, saw: ContentHash) -> ChangeClass {
        match self {
            Self::EditText { .. }
            | Self::Retarget { .. }
            | Self::Attach { .. }
            | Self::Detach { .. }
            | Self::SetAlt { .. } => ChangeClass::Content,
            // Vouching for a translation judges the text as its translator saw it.
            Self::Approve { .. } | Self::Reject { .. } | Self::MarkTranslated { .. } => ChangeClass::Decision { saw },
            Self::Reschedule { .. } => ChangeClass::Reschedule,
            Self::Submit | Self::Schedule | Self::Publish { .. } => ChangeClass::Other,
        }
    }

    /// The audit trail's name for it.
    pub fn audit_action(&self) -> AuditAction {
        match self {
            Self::EditText { .. } | Self::Reschedule { .. } | Self::Retarget { .. } => AuditAction::PostEdited,
            Self::Submit => AuditAction::PostSubmitted,
            Self::MarkTranslated { .. } => AuditAction::PostTranslated,
            Self::Approve { fast_track: true } => AuditAction::PostFastTracked,
            Self::Approve { fast_track: false } => AuditAction::PostApproved,
            Self::Reject { .. } => AuditAction::PostRejected,
            Self::Schedule => AuditAction::PostScheduled,
            Self::Publish { .. } => AuditAction::PostPublished,
            Self::Attach { .. } => AuditAction::MediaAttached,
            Self::Detach { .. } => AuditAction::MediaRemoved,
            Self::SetAlt { .. } => AuditAction::MediaAltSet,
        }
    }

    /// Runs the change on `post` as `actor`, through the post's own rules:
    /// four eyes, roles, fit, policies. A refusal leaves `post` as it was
    /// (each method checks before it changes anything).
    pub fn run(&self, post: &mut Post, actor: &User, context: &Context<'_>) -> Result<Vec<Effect>, PostError> {
        let effect = match self {
            Self::EditText { language, text } => post.edit_text(actor, language, text)?,
            Self::Reschedule { at } => post.reschedule(actor, *at)?,
            Self::Retarget { targets } => post.retarget(actor, targets.clone())?,
            Self::Submit => {
                post.submit(actor, context.targets)?;
                Effect::None
            }
            Self::MarkTranslated { language, override_reason } => {
                let check =
                    TranslationCheck { targets: context.targets, glossary: context.glossary, digits: context.digits };
                post.mark_translated(actor, language, check, override_reason.as_deref(), context.now)?;
                Effect::None
            }
            Self::Approve { fast_track } => {
                post.approve(actor, context.targets, context.policies, *fast_track, context.now)?;
                Effect::None
            }
            Self::Reject { reason } => {
                post.reject(actor, context.policies, reason)?;
                Effect::None
            }
            Self::Schedule => {
                post.schedule(actor, context.targets)?;
                Effect::None
            }
            Self::Publish { url } => {
                if post.state == crate::post::PostState::Approved {
                    post.schedule(actor, context.targets)?;
                }
                post.publish(actor, context.targets, url)?;
                Effect::None
            }
            Self::Attach { content } => {
                // Numbered on this side: each side keeps its own attachment ids.
                let id = post.media.iter().map(|a| a.id).max().unwrap_or(0) + 1;
                post.attach(actor, Attachment { id, content: *content, alt: BTreeMap::new() })?
            }
            Self::Detach { content } => post.detach(actor, attachment_id(post, content))?,
            Self::SetAlt { content, language, text } => {
                post.set_alt(actor, attachment_id(post, content), language, text)?
            }
        };
        Ok(match effect {
            Effect::None => Vec::new(),
            other => vec![other],
        })
    }
}

/// The id of `post`'s image with `content`; none (an id no image has) when
/// it has no such image, for the post's own "not found" refusal.
fn attachment_id(post: &Post, content: &ContentHash) -> i64 {
    post.media.iter().find(|a| a.content == *content).map_or(-1, |a| a.id)
}

/// What a pushed change does to a post, as far as conflicts go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeClass {
    /// Changes the text, a translation or the images: the content hash.
    Content,
    /// An approval or a rejection of the content as its author saw it.
    Decision { saw: ContentHash },
    /// Moves the post in time.
    Reschedule,
    /// Neither content nor decision nor time: a comment, a note.
    Other,
}

/// What happened to a post between the version a desktop started from and
/// the hub's current one, read off the hub's log of accepted changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Since {
    /// The content hash now.
    pub content: ContentHash,
    /// The content hash at the version the desktop started from.
    pub base_content: ContentHash,
    /// Someone approved or rejected it since.
    pub decided: bool,
    /// Someone moved it since.
    pub rescheduled: bool,
}

impl Since {
    /// Nothing happened since: the desktop started from the current version.
    pub fn nothing(content: ContentHash) -> Self {
        Self { content, base_content: content, decided: false, rescheduled: false }
    }

    fn content_changed(&self) -> bool {
        self.content != self.base_content
    }
}

/// Why a pushed change was refused; its author sees it with their own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Conflict {
    #[error("the post's content changed since this decision was taken")]
    DecidedOnOldContent,
    #[error("someone else changed the post's content meanwhile")]
    EditedMeanwhile,
    #[error("the post was approved or rejected meanwhile")]
    DecidedMeanwhile,
    #[error("someone else moved the post meanwhile")]
    MovedMeanwhile,
}

impl Localized for Conflict {
    fn message_id(&self) -> &'static str {
        match self {
            Self::DecidedOnOldContent => "error-sync-decided-on-old-content",
            Self::EditedMeanwhile => "error-sync-edited-meanwhile",
            Self::DecidedMeanwhile => "error-sync-decided-meanwhile",
            Self::MovedMeanwhile => "error-sync-moved-meanwhile",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        Vec::new()
    }
}

/// Whether a change of `class`, pushed against a post to which `since`
/// happened, may still run.
pub fn admit(class: ChangeClass, since: &Since) -> Result<(), Conflict> {
    match class {
        ChangeClass::Decision { saw } if saw != since.content => Err(Conflict::DecidedOnOldContent),
        ChangeClass::Content if since.content_changed() => Err(Conflict::EditedMeanwhile),
        ChangeClass::Content if since.decided => Err(Conflict::DecidedMeanwhile),
        ChangeClass::Reschedule if since.rescheduled => Err(Conflict::MovedMeanwhile),
        ChangeClass::Decision { .. } | ChangeClass::Content | ChangeClass::Reschedule | ChangeClass::Other => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn hash(n: u8) -> ContentHash {
        ContentHash([n; 32])
    }

    mod replayed {
        use super::super::*;
        use crate::post::tests::{at, book, lang, post, targets, team};
        use crate::post::{Category, PostState};

        fn context<'a>(targets: &'a Targets, policies: &'a PolicyBook) -> Context<'a> {
            Context { targets, policies, glossary: &[], digits: None, now: at(1, 8) }
        }

        #[test]
        fn a_replayed_change_runs_through_the_posts_own_rules() {
            let team = team();
            let (targets, policies) = (targets(), book());
            let context = context(&targets, &policies);
            let mut post = post(Category::Culture, &team.drafter);
            let french = Change::EditText { language: lang("fr"), text: "L'ambassade d'Algérie félicite".into() };
            french.run(&mut post, &team.translator, &context).expect("a translator writes French");
            Change::MarkTranslated { language: lang("fr"), override_reason: None }
                .run(&mut post, &team.translator, &context)
                .expect("done");
            Change::Submit.run(&mut post, &team.drafter, &context).expect("submitted");
            // A modified client sends an approval by the author, or by someone
            // without the role: the rules refuse it and the post is untouched.
            let before = post.clone();
            let approve = Change::Approve { fast_track: false };
            assert_eq!(approve.run(&mut post, &team.drafter, &context), Err(PostError::OwnWork));
            assert!(matches!(approve.run(&mut post, &team.outsider, &context), Err(PostError::NotAnApprover)));
            assert_eq!(post, before);
            approve.run(&mut post, &team.supervisor, &context).expect("a supervisor approves");
            assert_eq!(post.state, PostState::Approved);
            // Publishing an approved post schedules it on the way, as on a desktop.
            Change::Publish { url: "https://x.com/dz/1".into() }
                .run(&mut post, &team.drafter, &context)
                .expect("published");
            assert!(post.state.is_published());
        }

        #[test]
        fn an_edit_that_withdraws_an_approval_says_so() {
            let team = team();
            let (targets, policies) = (targets(), book());
            let context = context(&targets, &policies);
            let mut post = post(Category::Culture, &team.drafter);
            Change::EditText { language: lang("fr"), text: "Félicitations".into() }
                .run(&mut post, &team.translator, &context)
                .expect("fr");
            Change::MarkTranslated { language: lang("fr"), override_reason: None }
                .run(&mut post, &team.translator, &context)
                .expect("done");
            Change::Submit.run(&mut post, &team.drafter, &context).expect("submitted");
            Change::Approve { fast_track: false }.run(&mut post, &team.supervisor, &context).expect("approved");
            let effects = Change::Reschedule { at: at(6, 9) }.run(&mut post, &team.drafter, &context).expect("moved");
            assert!(matches!(effects.as_slice(), [Effect::ApprovalWithdrawn { approvals: 1, .. }]), "{effects:?}");
            assert_eq!(
                Change::Submit.run(&mut post, &team.drafter, &context),
                Err(PostError::Transition { from: "in-review", action: "submit" })
            );
        }

        #[test]
        fn an_image_travels_by_its_hash_and_its_alt_text_follows_it() {
            let team = team();
            let (targets, policies) = (targets(), book());
            let context = context(&targets, &policies);
            let mut post = post(Category::Culture, &team.drafter);
            let photo = ContentHash([9; 32]);
            let attach = Change::Attach { content: photo };
            assert!(matches!(attach.run(&mut post, &team.outsider, &context), Err(PostError::RoleMissing { .. })));
            attach.run(&mut post, &team.drafter, &context).expect("a drafter attaches");
            let alt = Change::SetAlt {
                content: photo, language: lang("ar"), text: "السفير في المركز الثقافي".into()
            };
            alt.run(&mut post, &team.drafter, &context).expect("its Arabic alt text");
            assert_eq!((post.media.len(), post.media[0].alt[&lang("ar")].as_str()), (1, "السفير في المركز الثقافي"));
            // An image the post lacks: the post's own refusal, nothing changed.
            let before = post.clone();
            assert!(Change::Detach { content: ContentHash([8; 32]) }.run(&mut post, &team.drafter, &context).is_err());
            assert_eq!(post, before);
            Change::Detach { content: photo }.run(&mut post, &team.drafter, &context).expect("removed");
            assert!(post.media.is_empty());
        }

        #[test]
        fn each_change_is_classed_for_the_overwrite_rule() {
            let saw = ContentHash([7; 32]);
            let decision = ChangeClass::Decision { saw };
            for (change, class) in [
                (Change::EditText { language: lang("fr"), text: String::new() }, ChangeClass::Content),
                (Change::Retarget { targets: BTreeSet::new() }, ChangeClass::Content),
                (Change::Approve { fast_track: true }, decision),
                (Change::Reject { reason: String::new() }, decision),
                (Change::MarkTranslated { language: lang("fr"), override_reason: None }, decision),
                (Change::Reschedule { at: at(1, 1) }, ChangeClass::Reschedule),
                (Change::Submit, ChangeClass::Other),
                (Change::Schedule, ChangeClass::Other),
                (Change::Publish { url: String::new() }, ChangeClass::Other),
                (Change::Attach { content: saw }, ChangeClass::Content),
                (Change::Detach { content: saw }, ChangeClass::Content),
                (Change::SetAlt { content: saw, language: lang("ar"), text: String::new() }, ChangeClass::Content),
            ] {
                assert_eq!(change.class(saw), class, "{change:?}");
            }
        }
    }

    #[test]
    fn with_nothing_in_between_everything_runs() {
        let since = Since::nothing(hash(1));
        for class in
            [ChangeClass::Content, ChangeClass::Decision { saw: hash(1) }, ChangeClass::Reschedule, ChangeClass::Other]
        {
            assert_eq!(admit(class, &since), Ok(()), "{class:?}");
        }
    }

    #[test]
    fn an_offline_edit_of_a_post_approved_meanwhile_is_refused_and_the_approval_stands() {
        let approved_meanwhile = Since { decided: true, ..Since::nothing(hash(1)) };
        assert_eq!(admit(ChangeClass::Content, &approved_meanwhile), Err(Conflict::DecidedMeanwhile));
        // A comment or a move still goes through: the approval is about the content.
        assert_eq!(admit(ChangeClass::Other, &approved_meanwhile), Ok(()));
        assert_eq!(admit(ChangeClass::Reschedule, &approved_meanwhile), Ok(()));
    }

    #[test]
    fn an_approval_of_content_that_changed_meanwhile_is_refused() {
        let edited = Since { content: hash(2), ..Since::nothing(hash(1)) };
        assert_eq!(admit(ChangeClass::Decision { saw: hash(1) }, &edited), Err(Conflict::DecidedOnOldContent));
        // Whoever saw the content as it is now may decide on it.
        assert_eq!(admit(ChangeClass::Decision { saw: hash(2) }, &edited), Ok(()));
    }

    #[test]
    fn two_edits_are_never_merged_and_two_moves_never_race() {
        let edited = Since { content: hash(2), ..Since::nothing(hash(1)) };
        assert_eq!(admit(ChangeClass::Content, &edited), Err(Conflict::EditedMeanwhile));
        let moved = Since { rescheduled: true, ..Since::nothing(hash(1)) };
        assert_eq!(admit(ChangeClass::Reschedule, &moved), Err(Conflict::MovedMeanwhile));
        assert_eq!(admit(ChangeClass::Content, &moved), Ok(()), "a move does not touch the text");
    }

    /// One desktop's view of the post: the version and content it last pulled.
    #[derive(Debug, Clone, Copy)]
    struct View {
        version: usize,
    }

    /// A change a desktop made offline, from its view.
    #[derive(Debug, Clone, Copy)]
    enum Offline {
        Edit(u8),
        Approve,
        Move,
        Comment,
        Pull,
    }

    fn offline() -> impl Strategy<Value = (usize, Offline)> {
        let kind = prop_oneof![
            any::<u8>().prop_map(Offline::Edit),
            Just(Offline::Approve),
            Just(Offline::Move),
            Just(Offline::Comment),
            Just(Offline::Pull),
        ];
        (0..3_usize, kind)
    }

    /// What the hub accepted, in order: the post's history.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Accepted {
        Content(ContentHash),
        Decision(ContentHash),
        Move,
        Other,
    }

    proptest! {
        // Three desktops push changes made from whatever version each last
        // pulled, in any order; the hub admits each against its history.
        // Zero silent overwrites, both ways: every accepted decision is on
        // the content current when it was accepted, and no accepted edit
        // was made from a view older than a decision or another edit.
        #[test]
        fn no_change_is_ever_silently_overwritten(pushes in proptest::collection::vec(offline(), 1..60)) {
            let mut history: Vec<Accepted> = Vec::new();
            let mut views = [View { version: 0 }; 3];
            let content_at = |history: &[Accepted], version: usize| {
                history[..version].iter().rev().find_map(|a| match a {
                    Accepted::Content(h) => Some(*h),
                    _ => None,
                }).unwrap_or(ContentHash::ZERO)
            };
            for (desk, change) in pushes {
                let base = views[desk].version;
                let after = &history[base..];
                let since = Since {
                    content: content_at(&history, history.len()),
                    base_content: content_at(&history, base),
                    decided: after.iter().any(|a| matches!(a, Accepted::Decision(_))),
                    rescheduled: after.iter().any(|a| matches!(a, Accepted::Move)),
                };
                let (class, accepted) = match change {
                    Offline::Pull => {
                        views[desk].version = history.len();
                        continue;
                    }
                    Offline::Edit(n) => {
                        // A new text: distinct from every earlier one.
                        let mut new = [n; 32];
                        new[0] = u8::try_from(history.len() % 256).unwrap_or(0);
                        new[1] = 0xEE;
                        (ChangeClass::Content, Accepted::Content(ContentHash(new)))
                    }
                    Offline::Approve => {
                        let saw = content_at(&history, base);
                        (ChangeClass::Decision { saw }, Accepted::Decision(saw))
                    }
                    Offline::Move => (ChangeClass::Reschedule, Accepted::Move),
                    Offline::Comment => (ChangeClass::Other, Accepted::Other),
                };
                if admit(class, &since).is_ok() {
                    if let Accepted::Decision(saw) = accepted {
                        prop_assert_eq!(saw, content_at(&history, history.len()), "a decision on content not current");
                    }
                    if let Accepted::Content(_) = accepted {
                        prop_assert!(
                            !after.iter().any(|a| matches!(a, Accepted::Content(_) | Accepted::Decision(_))),
                            "an edit made before {:?} overwrote it", after
                        );
                    }
                    history.push(accepted);
                    // The desktop that pushed sees its own change.
                    views[desk].version = history.len();
                }
            }
        }
    }
}
