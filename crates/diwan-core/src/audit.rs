//! The audit trail: who did what, when, chained by hash so that an edited,
//! deleted or reordered event is found.
//!
//! Each event's hash covers its own fields and the previous event's hash.
//! The store also keeps the chain's head (last sequence number and hash), so
//! that removing events from the end is found too.

use chrono::{DateTime, Utc};

use crate::hash::{ContentHash, Hasher};
use crate::message::{Localized, MessageArg};
use crate::vocabulary::vocabulary;

vocabulary! {
    /// What an audit event records. The names are stored, chained by hash
    /// and exported (`docs/export-format.md`): add new ones, never rename.
    pub enum AuditAction {
        PostCreated => "post.created",
        PostEdited => "post.edited",
        PostSubmitted => "post.submitted",
        PostApproved => "post.approved",
        PostFastTracked => "post.fast-tracked",
        PostRejected => "post.rejected",
        PostScheduled => "post.scheduled",
        PostPublished => "post.published",
        PostApprovalWithdrawn => "post.approval-withdrawn",
        PostReopened => "post.reopened",
        AccountAdded => "account.added",
        AccountVerified => "account.verified",
        AccountVerificationRevoked => "account.verification-revoked",
        UserAdded => "user.added",
        UserRoleGranted => "user.role-granted",
        CommentAdded => "comment.added",
        CommentResolved => "comment.resolved",
        MediaAttached => "media.attached",
        MediaAltSet => "media.alt-set",
        MediaRemoved => "media.removed",
        PolicySet => "policy.set",
        CrisisDeclared => "crisis.declared",
        CrisisEnded => "crisis.ended",
        PostPaused => "post.paused",
        PostPauseResolved => "post.pause-resolved",
        TemplateSaved => "template.saved",
        PostTranslated => "post.translated",
        GlossaryTermAdded => "glossary.term-added",
        GlossaryTermChanged => "glossary.term-changed",
        GlossaryTermRemoved => "glossary.term-removed",
        GlossaryImported => "glossary.imported",
        MemoryImported => "memory.imported",
        XliffImported => "xliff.imported",
        MissionDigitsSet => "mission.digits-set",
        DemoSetUp => "demo.set-up",
        DemoGenerated => "demo.generated",
        SignedIn => "user.signed-in",
        SignInFailed => "user.sign-in-failed",
        PassphraseChanged => "user.passphrase-changed",
        PassphraseReset => "user.passphrase-reset",
        FirstAdministrator => "user.first-administrator",
        IdleLockSet => "settings.idle-lock-set",
        BackupDaysSet => "settings.backup-days-set",
        HomeCountrySet => "settings.home-country-set",
        MinistryDaysImported => "ministry-days.imported",
        EngagementImported => "engagement.imported",
        BlackoutMarked => "blackout.marked",
        BlackoutLifted => "blackout.lifted",
        DatabaseEncrypted => "database.encrypted",
        UserRoleRevoked => "user.role-revoked",
        DeviceSignedIn => "device.signed-in",
        DeviceRevoked => "device.revoked",
        MissionAdded => "mission.added",
        HubConnected => "hub.connected",
        PostPulled => "post.pulled",
        PostChangeRefused => "post.change-refused",
        PostChangeDropped => "post.change-dropped",
    }
}

/// An event as a use case records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAuditEvent {
    pub at: DateTime<Utc>,
    /// A user name, or `system` for what Diwan does by itself.
    pub actor: String,
    /// What happened: an [`AuditAction`]'s name, as stored and chained.
    pub action: String,
    /// What it happened to, e.g. `post:42`.
    pub subject: String,
    /// Content hash before and after, where the subject has content.
    pub before: Option<ContentHash>,
    pub after: Option<ContentHash>,
    /// Anything else worth keeping: a rejection reason, why an approval was withdrawn.
    pub detail: String,
}

impl NewAuditEvent {
    /// The one way to record an event: `actor` did `action` to `subject` at `at`.
    pub fn new(at: DateTime<Utc>, actor: impl Into<String>, action: AuditAction, subject: impl Into<String>) -> Self {
        Self {
            at,
            actor: actor.into(),
            action: action.as_str().to_owned(),
            subject: subject.into(),
            before: None,
            after: None,
            detail: String::new(),
        }
    }

    /// The subject's content hash before and after the change.
    pub fn with_hashes(mut self, before: Option<ContentHash>, after: Option<ContentHash>) -> Self {
        self.before = before;
        self.after = after;
        self
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }
}

/// An event in the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub seq: u64,
    pub event: NewAuditEvent,
    pub prev: ContentHash,
    pub hash: ContentHash,
}

/// The last event of a chain: its sequence number and hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainHead {
    pub seq: u64,
    pub hash: ContentHash,
}

fn event_hash(seq: u64, prev: &ContentHash, e: &NewAuditEvent) -> ContentHash {
    let optional = |h: &Option<ContentHash>| h.map(|h| h.to_hex()).unwrap_or_default();
    Hasher::new()
        .field("audit")
        .field(seq.to_be_bytes())
        .field(prev.0)
        .field(e.at.to_rfc3339())
        .field(&e.actor)
        .field(&e.action)
        .field(&e.subject)
        .field(optional(&e.before))
        .field(optional(&e.after))
        .field(&e.detail)
        .finish()
}

/// Chains `event` after `head` (or starts the chain).
pub fn append(head: Option<ChainHead>, event: NewAuditEvent) -> AuditEvent {
    let (seq, prev) = head.map_or((1, ContentHash::ZERO), |h| (h.seq + 1, h.hash));
    let hash = event_hash(seq, &prev, &event);
    AuditEvent { seq, event, prev, hash }
}

/// Where and how a chain is broken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditBreak {
    #[error("event {seq} was changed after it was written")]
    Edited { seq: u64 },
    #[error("events before {seq} are missing (expected {expected})")]
    Missing { seq: u64, expected: u64 },
    #[error("event {seq} does not follow the event before it (reordered or inserted)")]
    OutOfOrder { seq: u64 },
    #[error("the trail ends at event {last} but its head says {head}")]
    Truncated { last: u64, head: u64 },
}

impl AuditBreak {
    /// The sequence number of the first bad event.
    pub fn seq(&self) -> u64 {
        match self {
            Self::Edited { seq } | Self::Missing { seq, .. } | Self::OutOfOrder { seq } => *seq,
            Self::Truncated { last, .. } => *last,
        }
    }
}

impl Localized for AuditBreak {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Edited { .. } => "audit-break-edited",
            Self::Missing { .. } => "audit-break-missing",
            Self::OutOfOrder { .. } => "audit-break-out-of-order",
            Self::Truncated { .. } => "audit-break-truncated",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        let n = |v: u64| MessageArg::Number(i64::try_from(v).unwrap_or(i64::MAX));
        match self {
            Self::Edited { seq } | Self::OutOfOrder { seq } => vec![("seq", n(*seq))],
            Self::Missing { seq, expected } => vec![("seq", n(*seq)), ("expected", n(*expected))],
            Self::Truncated { last, head } => vec![("last", n(*last)), ("head", n(*head))],
        }
    }
}

/// Checks a whole chain, in the order stored, against its recorded head.
/// Returns how many events were checked.
pub fn verify(events: &[AuditEvent], head: Option<ChainHead>) -> Result<u64, AuditBreak> {
    let mut verifier = Verifier::default();
    for event in events {
        verifier.push(event);
    }
    verifier.finish(head)
}

/// Checks a chain one event at a time, in constant memory, so that a
/// ministry's trail of tens of millions of events is read as a stream.
/// Feed every event in stored order with [`Verifier::push`], then
/// [`Verifier::finish`] with the recorded head.
#[derive(Debug, Clone)]
pub struct Verifier {
    checked: u64,
    prev: ContentHash,
    found: Option<Found>,
}

impl Default for Verifier {
    fn default() -> Self {
        Self { checked: 0, prev: ContentHash::ZERO, found: None }
    }
}

/// The first bad event, and for a gap in the numbering whether the missing
/// number turned up later (then the events were reordered, not deleted).
#[derive(Debug, Clone)]
enum Found {
    Gap { seq: u64, expected: u64, turned_up: bool },
    Break(AuditBreak),
}

impl Verifier {
    /// Checks the next event. After the first bad one the rest is only
    /// read to tell a deletion from a reordering.
    pub fn push(&mut self, event: &AuditEvent) {
        match &mut self.found {
            Some(Found::Gap { expected, turned_up, .. }) => *turned_up |= event.seq == *expected,
            Some(Found::Break(_)) => {}
            None => self.check(event),
        }
    }

    fn check(&mut self, event: &AuditEvent) {
        let expected = self.checked + 1;
        self.found = if event.seq != expected {
            // A gap is a deletion, unless the missing number turns up later.
            Some(if event.seq > expected {
                Found::Gap { seq: event.seq, expected, turned_up: false }
            } else {
                Found::Break(AuditBreak::OutOfOrder { seq: event.seq })
            })
        } else if event_hash(event.seq, &event.prev, &event.event) != event.hash {
            Some(Found::Break(AuditBreak::Edited { seq: event.seq }))
        } else if event.prev != self.prev {
            Some(Found::Break(AuditBreak::OutOfOrder { seq: event.seq }))
        } else {
            self.prev = event.hash;
            self.checked = expected;
            None
        };
    }

    /// How many events were found good so far.
    pub fn checked(&self) -> u64 {
        self.checked
    }

    /// The verdict once every event was pushed: how many events the chain
    /// holds, or its first bad event.
    pub fn finish(self, head: Option<ChainHead>) -> Result<u64, AuditBreak> {
        match self.found {
            Some(Found::Gap { seq, expected, turned_up: false }) => Err(AuditBreak::Missing { seq, expected }),
            Some(Found::Gap { seq, turned_up: true, .. }) => Err(AuditBreak::OutOfOrder { seq }),
            Some(Found::Break(found)) => Err(found),
            None => {
                let last = self.checked;
                match head {
                    Some(head) if head.seq != last || head.hash != self.prev => {
                        Err(AuditBreak::Truncated { last, head: head.seq })
                    }
                    None if last > 0 => Err(AuditBreak::Truncated { last, head: 0 }),
                    _ => Ok(last),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn event(n: u32) -> NewAuditEvent {
        let at = Utc.with_ymd_and_hms(2026, 11, 1, 8, 0, n % 60).single().expect("time");
        NewAuditEvent::new(at, format!("user{}", n % 3), AuditAction::PostEdited, format!("post:{n}"))
            .with_hashes(None, Some(Hasher::new().field(n.to_string()).finish()))
    }

    fn chain(len: u32) -> (Vec<AuditEvent>, Option<ChainHead>) {
        let mut events: Vec<AuditEvent> = Vec::new();
        let mut head = None;
        for n in 0..len {
            let e = append(head, event(n));
            head = Some(ChainHead { seq: e.seq, hash: e.hash });
            events.push(e);
        }
        (events, head)
    }

    #[test]
    fn an_intact_chain_verifies() {
        let (events, head) = chain(5);
        assert_eq!(verify(&events, head), Ok(5));
        assert_eq!(verify(&[], None), Ok(0));
    }

    #[test]
    fn an_edited_event_is_found() {
        let (mut events, head) = chain(5);
        events[2].event.actor = "someone-else".into();
        assert_eq!(verify(&events, head), Err(AuditBreak::Edited { seq: 3 }));
    }

    #[test]
    fn a_deleted_event_is_found() {
        let (mut events, head) = chain(5);
        events.remove(1);
        assert_eq!(verify(&events, head), Err(AuditBreak::Missing { seq: 3, expected: 2 }));
    }

    #[test]
    fn reordered_events_are_found_even_with_renumbering() {
        let (mut events, head) = chain(5);
        events.swap(1, 2);
        assert_eq!(verify(&events, head), Err(AuditBreak::OutOfOrder { seq: 3 }));
        // Renumbering to hide the swap breaks the hashes instead.
        events[0..5].iter_mut().enumerate().for_each(|(i, e)| e.seq = i as u64 + 1);
        assert!(matches!(verify(&events, head), Err(AuditBreak::Edited { seq: 2 })));
    }

    #[test]
    fn events_cut_from_the_end_are_found_through_the_head() {
        let (mut events, head) = chain(5);
        events.truncate(3);
        assert_eq!(verify(&events, head), Err(AuditBreak::Truncated { last: 3, head: 5 }));
    }

    proptest! {
        #[test]
        fn any_single_tampering_is_found(len in 2u32..20, victim in 0usize..20, kind in 0u8..4) {
            let (mut events, head) = chain(len);
            let victim = victim % events.len();
            match kind {
                0 => events[victim].event.detail.push('x'),
                1 => { events.remove(victim); }
                2 => { let other = (victim + 1) % events.len(); events.swap(victim, other); }
                _ => events[victim].event.at += chrono::Duration::seconds(1),
            }
            prop_assert!(verify(&events, head).is_err());
        }
    }
}
