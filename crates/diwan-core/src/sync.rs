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

use crate::hash::ContentHash;
use crate::message::{Localized, MessageArg};

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
