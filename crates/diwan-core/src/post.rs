//! Posts: what a mission publishes, in each of its languages, and the
//! workflow that takes it from draft to published.
//!
//! Invariant: a post that is approved, scheduled or published carries the
//! hash of exactly what was approved, and that hash is the post's current
//! content hash. Any edit of text, targets, time, images or alt text
//! withdraws the approval.

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::account::AccountId;
use crate::approval::{Approvers, PolicyBook};
use crate::crisis::CrisisId;
use crate::hash::{ContentHash, Hasher};
use crate::language::LanguageCode;
use crate::message::{Localized, MessageArg};
use crate::mission::MissionCode;
use crate::platform::TextProblem;
use crate::preferences::Digits;
use crate::translation::glossary::Term;
use crate::translation::qa::{self, QaCheck, QaContext, QaIssue};
use crate::user::{Role, User, UserName};
use crate::vocabulary::vocabulary;

/// The store's id of a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PostId(pub i64);

vocabulary! {
    /// What a post is about; each category has its own approval policy.
    pub enum Category {
        Announcement => "announcement",
        Protocol => "protocol",
        NationalOccasion => "national-occasion",
        Culture => "culture",
        Consular => "consular",
        Economy => "economy",
        Crisis => "crisis",
        CounterDisinformation => "counter-disinformation",
        InteractiveSession => "interactive-session",
    }
}

impl FromStr for Category {
    type Err = PostError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_name(s.trim()).ok_or_else(|| PostError::CategoryUnknown { category: s.to_owned() })
    }
}

/// Where a post is in its workflow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostState {
    Draft,
    InTranslation,
    InReview,
    Approved,
    Scheduled,
    Published { url: String },
    Rejected { reason: String },
}

vocabulary! {
    /// Where a post is in its workflow, without what the state carries (the
    /// published URL, the rejection reason): the names storage, filters and
    /// the UI use.
    pub enum PostStage {
        Draft => "draft",
        InTranslation => "in-translation",
        InReview => "in-review",
        Approved => "approved",
        Scheduled => "scheduled",
        Published => "published",
        Rejected => "rejected",
    }
}

impl PostStage {
    /// Approved, scheduled or published: the content is bound to an approval.
    pub fn is_approved(self) -> bool {
        matches!(self, Self::Approved | Self::Scheduled | Self::Published)
    }
}

impl PostState {
    pub fn stage(&self) -> PostStage {
        match self {
            Self::Draft => PostStage::Draft,
            Self::InTranslation => PostStage::InTranslation,
            Self::InReview => PostStage::InReview,
            Self::Approved => PostStage::Approved,
            Self::Scheduled => PostStage::Scheduled,
            Self::Published { .. } => PostStage::Published,
            Self::Rejected { .. } => PostStage::Rejected,
        }
    }

    pub fn as_str(&self) -> &'static str {
        self.stage().as_str()
    }

    /// Every state's name, in workflow order.
    pub const NAMES: [&'static str; 7] = PostStage::NAMES;

    /// The state name `s` as one of [`Self::NAMES`], or an error that lists them.
    pub fn parse_name(s: &str) -> Result<&'static str, PostError> {
        PostStage::from_name(s.trim())
            .map(PostStage::as_str)
            .ok_or_else(|| PostError::StateUnknown { state: s.to_owned() })
    }

    pub fn is_published(&self) -> bool {
        matches!(self, Self::Published { .. })
    }

    /// Approved, scheduled or published: the content is bound to an approval.
    pub fn is_approved(&self) -> bool {
        self.stage().is_approved()
    }
}

/// The text of a post in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Variant {
    pub text: String,
    /// The hash of the source text this translation was marked done
    /// against; `None` for the source itself and for a translation not done
    /// (or edited since).
    pub translated_from: Option<ContentHash>,
    /// The source text as it was when this translation was last marked
    /// done, kept so that what changed in the source since can be shown
    /// word for word. Editing the translation keeps it.
    pub source_seen: Option<String>,
    /// The checks the translator overrode when marking it done, and why;
    /// shown to the supervisor, dropped when the text changes.
    pub qa_override: Option<QaOverride>,
}

impl Variant {
    /// A text not (yet) translated from anything: a source, or a draft.
    pub fn draft(text: String) -> Self {
        Self { text, ..Self::default() }
    }
}

/// Quality checks a translator overrode, with the comment that says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QaOverride {
    pub checks: Vec<QaCheck>,
    pub reason: String,
    pub by: UserName,
    pub at: DateTime<Utc>,
}

/// What marking a translation done changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationDone {
    /// Every language was ready: the post went on to review.
    pub moved_to_review: bool,
    /// The checks that failed and were overridden.
    pub overridden: Vec<QaCheck>,
}

/// What the quality checks need besides the post: where it goes out, the
/// ministry glossary, and the mission's digits for Arabic.
#[derive(Debug, Clone, Copy)]
pub struct TranslationCheck<'a> {
    pub targets: &'a Targets,
    pub glossary: &'a [Term],
    pub digits: Option<Digits>,
}

vocabulary! {
    /// A variant's state, derived from the texts so it can never disagree with them.
    pub enum VariantState {
        Missing => "missing",
        Draft => "draft",
        Translated => "translated",
        /// The source changed after this translation was made.
        Stale => "stale",
        Approved => "approved",
    }
}

/// One person's approval of one step, bound to the content they saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    pub user: UserName,
    pub step: usize,
    pub content: ContentHash,
    pub at: DateTime<Utc>,
    pub fast_track: bool,
}

/// An image that goes out with the post: the hash of its bytes and its alt
/// text in each language. Both are part of what an approval covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The store's id of this attachment.
    pub id: i64,
    pub content: ContentHash,
    pub alt: BTreeMap<LanguageCode, String>,
}

/// A post as a drafter starts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPost {
    pub mission: MissionCode,
    pub time_zone: Tz,
    pub targets: BTreeSet<AccountId>,
    pub category: Category,
    pub source_language: LanguageCode,
    /// Every language the post goes out in; the source is added if missing.
    pub languages: Vec<LanguageCode>,
    pub at: DateTime<Utc>,
    pub text: String,
    pub note: Option<String>,
    pub crisis_priority: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub id: PostId,
    pub mission: MissionCode,
    /// The mission's zone when the post was planned, kept for display.
    pub time_zone: Tz,
    pub targets: BTreeSet<AccountId>,
    pub category: Category,
    pub source_language: LanguageCode,
    pub at: DateTime<Utc>,
    pub note: Option<String>,
    pub crisis_priority: bool,
    pub state: PostState,
    pub variants: BTreeMap<LanguageCode, Variant>,
    /// Images, in the order they were attached.
    pub media: Vec<Attachment>,
    pub drafter: UserName,
    /// Everyone who wrote any of the texts: none of them may approve.
    pub contributors: BTreeSet<UserName>,
    pub approvals: Vec<Approval>,
    pub approved_content: Option<ContentHash>,
    /// The crisis holding this post back, if one is: it cannot be
    /// scheduled or published until the crisis ends and resolves it.
    pub paused_by: Option<CrisisId>,
}

/// What an operation changed beyond the obvious, for the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    /// An edit withdrew approvals given to the previous content.
    ApprovalWithdrawn {
        reason: WithdrawReason,
        approvals: usize,
    },
    /// A rejected post went back to draft.
    Reopened,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WithdrawReason {
    TextChanged {
        language: LanguageCode,
    },
    TimeChanged,
    TargetsChanged,
    MediaChanged,
    /// The approval was bound to a hash that no longer describes the
    /// content, e.g. one taken before images were part of it.
    Unbound,
    /// A crisis ended and the post went back to draft.
    CrisisToDraft,
}

impl WithdrawReason {
    pub fn describe(&self) -> String {
        match self {
            Self::TextChanged { language } => format!("text-changed:{language}"),
            Self::TimeChanged => "time-changed".to_owned(),
            Self::TargetsChanged => "targets-changed".to_owned(),
            Self::MediaChanged => "media-changed".to_owned(),
            Self::Unbound => "approval-unbound".to_owned(),
            Self::CrisisToDraft => "crisis-to-draft".to_owned(),
        }
    }
}

/// What the store needs to save after an approval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalOutcome {
    pub step: usize,
    pub complete: bool,
}

/// The digest a translation records of the source it was made from.
pub fn source_hash(text: &str) -> ContentHash {
    Hasher::new().field("source").field(text).finish()
}

impl Post {
    /// Starts a post. Only a drafter at the mission may.
    pub fn create(id: PostId, new: NewPost, drafter: &User) -> Result<Self, PostError> {
        require_role(drafter, &new.mission, Role::Drafter)?;
        if new.targets.is_empty() {
            return Err(PostError::NoTargets);
        }
        let text = checked_text(&new.text)?;
        let mut languages = vec![new.source_language.clone()];
        for language in new.languages {
            if !languages.contains(&language) {
                languages.push(language);
            }
        }
        let mut variants = BTreeMap::new();
        for language in languages {
            let text = if language == new.source_language { text.clone() } else { String::new() };
            variants.insert(language, Variant::draft(text));
        }
        Ok(Self {
            id,
            mission: new.mission,
            time_zone: new.time_zone,
            targets: new.targets,
            category: new.category,
            source_language: new.source_language,
            at: new.at,
            note: new.note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()),
            crisis_priority: new.crisis_priority,
            state: PostState::Draft,
            variants,
            media: Vec::new(),
            drafter: drafter.name.clone(),
            contributors: BTreeSet::from([drafter.name.clone()]),
            approvals: Vec::new(),
            approved_content: None,
            paused_by: None,
        })
    }

    /// The hash of everything that goes out: mission, targets, time, every
    /// language's text, and each image with its alt texts. An approval is
    /// bound to it. A post without images hashes as it did before images
    /// were covered, so their approvals still hold.
    pub fn content_hash(&self) -> ContentHash {
        let mut hasher = Hasher::new().field("post").field(self.mission.as_str()).field(self.at.to_rfc3339());
        for target in &self.targets {
            hasher = hasher.field(target.0.to_be_bytes());
        }
        for (language, variant) in &self.variants {
            hasher = hasher.field(language.as_str()).field(&variant.text);
        }
        // "media" is no language code, so an image never reads as a variant.
        for attachment in &self.media {
            hasher = hasher.field("media").field(attachment.content.0);
            for (language, alt) in &attachment.alt {
                hasher = hasher.field(language.as_str()).field(alt);
            }
        }
        hasher.finish()
    }

    pub fn source_text(&self) -> &str {
        self.variants.get(&self.source_language).map_or("", |v| v.text.as_str())
    }

    pub fn variant_state(&self, language: &LanguageCode) -> VariantState {
        let Some(variant) = self.variants.get(language) else { return VariantState::Missing };
        let base = if variant.text.trim().is_empty() {
            VariantState::Missing
        } else if *language == self.source_language {
            VariantState::Draft
        } else {
            match variant.translated_from {
                None => VariantState::Draft,
                Some(hash) if hash == source_hash(self.source_text()) => VariantState::Translated,
                Some(_) => VariantState::Stale,
            }
        };
        let complete = matches!(base, VariantState::Translated)
            || (matches!(base, VariantState::Draft) && *language == self.source_language);
        if complete && self.state.is_approved() {
            VariantState::Approved
        } else {
            base
        }
    }

    /// Languages whose text is missing, unfinished or stale.
    pub fn incomplete_languages(&self) -> Vec<LanguageCode> {
        self.variants
            .keys()
            .filter(|l| {
                !matches!(self.variant_state(l), VariantState::Translated | VariantState::Approved)
                    && **l != self.source_language
            })
            .cloned()
            .collect()
    }

    /// Whether the post's time has passed without full approval. An overdue
    /// post is flagged; it is never treated as approved.
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        now > self.at && !self.state.is_approved()
    }

    /// Writes the text of one language. The source needs a drafter, any
    /// other language a translator.
    pub fn edit_text(&mut self, actor: &User, language: &LanguageCode, text: &str) -> Result<Effect, PostError> {
        self.check_editable()?;
        let Some(current) = self.variants.get(language) else {
            return Err(PostError::LanguageNotInPost { language: language.clone() });
        };
        let is_source = *language == self.source_language;
        let text = if is_source { checked_text(text)? } else { text.trim().to_owned() };
        require_role(actor, &self.mission, if is_source { Role::Drafter } else { Role::Translator })?;
        if current.text == text {
            return Ok(Effect::None);
        }
        // A changed translation is a draft until its translator marks it
        // done again; the source it was last done against stays, for the diff.
        let source_seen = current.source_seen.clone();
        self.variants.insert(language.clone(), Variant { text, source_seen, ..Variant::default() });
        self.contributors.insert(actor.name.clone());
        Ok(self.after_content_change(WithdrawReason::TextChanged { language: language.clone() }))
    }

    /// Marks the `language` version done: its translator vouches for it
    /// after the quality checks pass, or overrides the failed ones with a
    /// reason. When every language is then ready, a post in translation
    /// goes on to review. A refusal changes nothing.
    pub fn mark_translated(
        &mut self,
        actor: &User,
        language: &LanguageCode,
        check: TranslationCheck<'_>,
        override_reason: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<TranslationDone, PostError> {
        self.check_editable()?;
        if *language == self.source_language {
            return Err(PostError::SourceNotTranslated { language: language.clone() });
        }
        let Some(variant) = self.variants.get(language) else {
            return Err(PostError::LanguageNotInPost { language: language.clone() });
        };
        require_role(actor, &self.mission, Role::Translator)?;
        if variant.text.trim().is_empty() {
            return Err(PostError::TextEmpty);
        }
        let source = self.source_text().to_owned();
        let context = QaContext {
            glossary: check.glossary,
            digits: check.digits,
            misfits: self.misfits(check.targets).filter(|m| m.language == *language).collect(),
        };
        let issues = qa::check(&source, &self.source_language, &variant.text, language, &context);
        let qa_override = if issues.is_empty() {
            None
        } else {
            match override_reason.map(str::trim).filter(|r| !r.is_empty()) {
                Some(reason) => {
                    let mut checks: Vec<QaCheck> = issues.iter().map(|i| i.check).collect();
                    checks.dedup();
                    Some(QaOverride { checks, reason: reason.to_owned(), by: actor.name.clone(), at: now })
                }
                None => return Err(PostError::QaFailed { issues }),
            }
        };
        let overridden = qa_override.as_ref().map(|o| o.checks.clone()).unwrap_or_default();
        let text = variant.text.clone();
        self.variants.insert(
            language.clone(),
            Variant { text, translated_from: Some(source_hash(&source)), source_seen: Some(source), qa_override },
        );
        self.contributors.insert(actor.name.clone());
        let ready = self.incomplete_languages().is_empty() && self.misfit(check.targets).is_none();
        let moved_to_review = self.state == PostState::InTranslation && ready;
        if moved_to_review {
            self.state = PostState::InReview;
        }
        Ok(TranslationDone { moved_to_review, overridden })
    }

    pub fn reschedule(&mut self, actor: &User, at: DateTime<Utc>) -> Result<Effect, PostError> {
        if let Some(refusal) = reschedule_refusal(self.state.is_published(), actor, &self.mission) {
            return Err(refusal);
        }
        if self.at == at {
            return Ok(Effect::None);
        }
        self.at = at;
        Ok(self.after_content_change(WithdrawReason::TimeChanged))
    }

    pub fn retarget(&mut self, actor: &User, targets: BTreeSet<AccountId>) -> Result<Effect, PostError> {
        self.check_editable()?;
        require_role(actor, &self.mission, Role::Drafter)?;
        if targets.is_empty() {
            return Err(PostError::NoTargets);
        }
        if self.targets == targets {
            return Ok(Effect::None);
        }
        self.targets = targets;
        Ok(self.after_content_change(WithdrawReason::TargetsChanged))
    }

    /// Adds an image. Only a drafter may; it withdraws an approval like any edit.
    pub fn attach(&mut self, actor: &User, attachment: Attachment) -> Result<Effect, PostError> {
        self.check_editable()?;
        require_role(actor, &self.mission, Role::Drafter)?;
        self.media.push(attachment);
        self.contributors.insert(actor.name.clone());
        Ok(self.after_content_change(WithdrawReason::MediaChanged))
    }

    /// Removes an image. Only a drafter may.
    pub fn detach(&mut self, actor: &User, media: i64) -> Result<Effect, PostError> {
        self.check_editable()?;
        require_role(actor, &self.mission, Role::Drafter)?;
        let index = self.attachment_index(media)?;
        self.media.remove(index);
        self.contributors.insert(actor.name.clone());
        Ok(self.after_content_change(WithdrawReason::MediaChanged))
    }

    /// Writes one language's alt text of an image (empty removes it): the
    /// source's needs a drafter, any other language's a drafter or translator.
    pub fn set_alt(
        &mut self,
        actor: &User,
        media: i64,
        language: &LanguageCode,
        text: &str,
    ) -> Result<Effect, PostError> {
        self.check_editable()?;
        if !self.variants.contains_key(language) {
            return Err(PostError::LanguageNotInPost { language: language.clone() });
        }
        if *language == self.source_language {
            require_role(actor, &self.mission, Role::Drafter)?;
        } else {
            require_any_role(actor, &self.mission, &[Role::Translator, Role::Drafter])?;
        }
        let index = self.attachment_index(media)?;
        let text = text.trim();
        let alt = &mut self.media[index].alt;
        if alt.get(language).map_or("", String::as_str) == text {
            return Ok(Effect::None);
        }
        if text.is_empty() {
            alt.remove(language);
        } else {
            alt.insert(language.clone(), text.to_owned());
        }
        self.contributors.insert(actor.name.clone());
        Ok(self.after_content_change(WithdrawReason::MediaChanged))
    }

    /// Withdraws an approval that no longer matches the content (an
    /// unpublished post only: what went out stays on record as it was).
    pub fn withdraw_unbound_approval(&mut self) -> Effect {
        let bound = self.approved_content == Some(self.content_hash());
        if bound || !matches!(self.state, PostState::Approved | PostState::Scheduled) {
            return Effect::None;
        }
        self.after_content_change(WithdrawReason::Unbound)
    }

    fn attachment_index(&self, media: i64) -> Result<usize, PostError> {
        self.media.iter().position(|m| m.id == media).ok_or(PostError::MediaNotInPost { media })
    }

    fn check_editable(&self) -> Result<(), PostError> {
        match self.state {
            PostState::Published { .. } => Err(PostError::AlreadyPublished),
            _ => Ok(()),
        }
    }

    /// After any change of what goes out: approvals of the old content no
    /// longer hold, and a rejected post is back in draft.
    pub(crate) fn after_content_change(&mut self, reason: WithdrawReason) -> Effect {
        if matches!(self.state, PostState::Rejected { .. }) {
            self.state = PostState::Draft;
            return Effect::Reopened;
        }
        let withdrawn = self.approvals.len();
        let was_approved = self.state.is_approved();
        self.approvals.clear();
        self.approved_content = None;
        if was_approved || self.state == PostState::InReview {
            self.state =
                if self.incomplete_languages().is_empty() { PostState::InReview } else { PostState::InTranslation };
        }
        if withdrawn > 0 || was_approved {
            Effect::ApprovalWithdrawn { reason, approvals: withdrawn }
        } else {
            Effect::None
        }
    }

    /// Hands the post on: to translation while a language is missing or
    /// stale, else to review.
    pub fn submit(&mut self, actor: &User, targets: &Targets) -> Result<(), PostError> {
        require_any_role(actor, &self.mission, &[Role::Drafter, Role::Translator])?;
        self.check_fits(targets)?;
        let incomplete = self.incomplete_languages();
        self.state = match (&self.state, incomplete.is_empty()) {
            (PostState::Draft, false) => PostState::InTranslation,
            (PostState::Draft | PostState::InTranslation, true) => PostState::InReview,
            (PostState::InTranslation, false) => {
                return Err(PostError::TranslationsIncomplete { languages: incomplete })
            }
            (state, _) => return Err(PostError::Transition { from: state.as_str(), action: "submit" }),
        };
        Ok(())
    }

    /// Checks that `actor` may approve or reject this post at all: a
    /// supervisor or named approver at the mission, who wrote none of it.
    fn check_four_eyes(&self, actor: &User) -> Result<(), PostError> {
        if self.contributors.contains(&actor.name) {
            return Err(PostError::OwnWork);
        }
        Ok(())
    }

    /// Records `actor`'s approval of the current step (or, with
    /// `fast_track`, of every remaining step where the policy allows it).
    pub fn approve(
        &mut self,
        actor: &User,
        targets: &Targets,
        policies: &PolicyBook,
        fast_track: bool,
        now: DateTime<Utc>,
    ) -> Result<ApprovalOutcome, PostError> {
        if self.state != PostState::InReview {
            return Err(PostError::Transition { from: self.state.as_str(), action: "approve" });
        }
        let policy = policies.get(self.category).ok_or(PostError::NoPolicy { category: self.category })?;
        self.check_four_eyes(actor)?;
        self.check_fits(targets)?;
        let content = self.content_hash();
        if self.approvals.iter().any(|a| a.user == actor.name) {
            return Err(PostError::AlreadyApproved);
        }
        let step_index = self.current_step(policies).unwrap_or(policy.steps.len());
        let Some(step) = policy.steps.get(step_index) else {
            return Err(PostError::Transition { from: self.state.as_str(), action: "approve" });
        };
        if fast_track {
            let allowed = match &policy.fast_track {
                Some(Approvers::Role(role)) => actor.has_role(&self.mission, *role) && *role != Role::Admin,
                Some(Approvers::Users(names)) => {
                    names.contains(&actor.name) && actor.has_role(&self.mission, Role::Supervisor)
                }
                None => false,
            };
            if !allowed {
                return Err(PostError::NoFastTrack { category: self.category });
            }
            self.approvals.push(Approval {
                user: actor.name.clone(),
                step: step_index,
                content,
                at: now,
                fast_track: true,
            });
            return Ok(self.complete_approval(step_index, content));
        }
        if !step.admits(actor, &self.mission) {
            return Err(PostError::NotAnApprover);
        }
        self.approvals.push(Approval {
            user: actor.name.clone(),
            step: step_index,
            content,
            at: now,
            fast_track: false,
        });
        if self.current_step(policies).is_none() {
            Ok(self.complete_approval(step_index, content))
        } else {
            Ok(ApprovalOutcome { step: step_index, complete: false })
        }
    }

    fn complete_approval(&mut self, step: usize, content: ContentHash) -> ApprovalOutcome {
        self.state = PostState::Approved;
        self.approved_content = Some(content);
        ApprovalOutcome { step, complete: true }
    }

    /// The first step not yet satisfied, or `None` when all are.
    pub fn current_step(&self, policies: &PolicyBook) -> Option<usize> {
        let policy = policies.get(self.category)?;
        if self.approvals.iter().any(|a| a.fast_track) {
            return None;
        }
        policy.steps.iter().enumerate().find_map(|(index, step)| {
            let done = self.approvals.iter().filter(|a| a.step == index).count();
            (done < step.needed()).then_some(index)
        })
    }

    /// Sends the post back to its drafter with a reason.
    pub fn reject(&mut self, actor: &User, policies: &PolicyBook, reason: &str) -> Result<(), PostError> {
        if !matches!(self.state, PostState::InReview | PostState::Approved | PostState::Scheduled) {
            return Err(PostError::Transition { from: self.state.as_str(), action: "reject" });
        }
        let policy = policies.get(self.category).ok_or(PostError::NoPolicy { category: self.category })?;
        self.check_four_eyes(actor)?;
        if !policy.steps.iter().any(|s| s.admits(actor, &self.mission)) {
            return Err(PostError::NotAnApprover);
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(PostError::ReasonMissing);
        }
        self.approvals.clear();
        self.approved_content = None;
        self.state = PostState::Rejected { reason: reason.to_owned() };
        Ok(())
    }

    /// Puts an approved post in the publishing queue.
    pub fn schedule(&mut self, actor: &User, targets: &Targets) -> Result<(), PostError> {
        require_any_role(actor, &self.mission, &[Role::Drafter, Role::Supervisor])?;
        if self.state != PostState::Approved {
            return Err(PostError::Transition { from: self.state.as_str(), action: "schedule" });
        }
        self.check_not_paused()?;
        self.check_approval_binding()?;
        self.check_fits(targets)?;
        self.state = PostState::Scheduled;
        Ok(())
    }

    /// Records that the post went out, at `url`.
    pub fn publish(&mut self, actor: &User, targets: &Targets, url: &str) -> Result<(), PostError> {
        require_any_role(actor, &self.mission, &[Role::Drafter, Role::Supervisor])?;
        if self.state != PostState::Scheduled {
            return Err(PostError::Transition { from: self.state.as_str(), action: "publish" });
        }
        self.check_not_paused()?;
        self.check_approval_binding()?;
        self.check_fits(targets)?;
        let url = url.trim();
        let valid = (url.starts_with("https://") || url.starts_with("http://"))
            && url.len() > "https://".len()
            && !url.chars().any(char::is_whitespace);
        if !valid {
            return Err(PostError::UrlInvalid { url: url.to_owned() });
        }
        self.state = PostState::Published { url: url.to_owned() };
        Ok(())
    }

    fn check_not_paused(&self) -> Result<(), PostError> {
        match self.paused_by {
            Some(crisis) => Err(PostError::Paused { crisis: crisis.0 }),
            None => Ok(()),
        }
    }

    fn check_approval_binding(&self) -> Result<(), PostError> {
        if self.approved_content == Some(self.content_hash()) {
            Ok(())
        } else {
            Err(PostError::ApprovalStale)
        }
    }
}

fn checked_text(text: &str) -> Result<String, PostError> {
    let text = text.trim();
    if text.is_empty() {
        Err(PostError::TextEmpty)
    } else {
        Ok(text.to_owned())
    }
}

fn require_role(user: &User, mission: &MissionCode, role: Role) -> Result<(), PostError> {
    require_any_role(user, mission, &[role])
}

pub(crate) fn require_any_role(user: &User, mission: &MissionCode, roles: &[Role]) -> Result<(), PostError> {
    if roles.iter().any(|r| user.has_role(mission, *r)) {
        Ok(())
    } else {
        Err(PostError::RoleMissing { role: roles[0], mission: mission.to_string() })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostError {
    #[error("unknown category {category:?}")]
    CategoryUnknown { category: String },
    #[error("unknown post state {state:?}")]
    StateUnknown { state: String },
    #[error("a post needs at least one target account")]
    NoTargets,
    #[error("the text is empty")]
    TextEmpty,
    #[error("the post has no {language} version")]
    LanguageNotInPost { language: LanguageCode },
    #[error("cannot {action} a post that is {from}")]
    Transition { from: &'static str, action: &'static str },
    #[error("translations incomplete: {languages:?}")]
    TranslationsIncomplete { languages: Vec<LanguageCode> },
    #[error("a published post cannot change")]
    AlreadyPublished,
    #[error("needs the {role:?} role at {mission}")]
    RoleMissing { role: Role, mission: String },
    #[error("nobody approves or rejects what they wrote or translated")]
    OwnWork,
    #[error("no approval policy for {category:?}")]
    NoPolicy { category: Category },
    #[error("not an approver of this step")]
    NotAnApprover,
    #[error("already approved by this person")]
    AlreadyApproved,
    #[error("{category:?} posts cannot be fast-tracked by this person")]
    NoFastTrack { category: Category },
    #[error("a rejection needs a reason")]
    ReasonMissing,
    #[error("the approval no longer matches the content")]
    ApprovalStale,
    #[error("{url:?} is not a web address")]
    UrlInvalid { url: String },
    #[error("the {} text does not fit account {} on {}: {:?}", .0.language, .0.account.0, .0.platform, .0.problem)]
    DoesNotFit(Box<Misfit>),
    #[error("account {} of the post was not given to the check", .account.0)]
    TargetUnknown { account: AccountId },
    #[error("the {language} text is the source; only translations are marked done")]
    SourceNotTranslated { language: LanguageCode },
    #[error("{} quality checks failed", .issues.len())]
    QaFailed { issues: Vec<QaIssue> },
    #[error("image {media} is not attached to this post")]
    MediaNotInPost { media: i64 },
    #[error("paused by crisis {crisis} until it ends")]
    Paused { crisis: i64 },
    #[error("the post is not paused by this crisis")]
    NotPaused,
}

impl Localized for PostError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::CategoryUnknown { .. } => "error-post-category-unknown",
            Self::StateUnknown { .. } => "error-post-state-unknown",
            Self::NoTargets => "error-post-no-targets",
            Self::TextEmpty => "error-post-text-empty",
            Self::LanguageNotInPost { .. } => "error-post-language-missing",
            Self::Transition { .. } => "error-post-transition",
            Self::TranslationsIncomplete { .. } => "error-post-translations-incomplete",
            Self::AlreadyPublished => "error-post-published",
            Self::RoleMissing { .. } => "error-post-role-missing",
            Self::OwnWork => "error-post-four-eyes",
            Self::NoPolicy { .. } => "error-post-no-policy",
            Self::NotAnApprover => "error-post-not-approver",
            Self::AlreadyApproved => "error-post-already-approved",
            Self::NoFastTrack { .. } => "error-post-no-fast-track",
            Self::ReasonMissing => "error-post-reason-missing",
            Self::ApprovalStale => "error-post-approval-stale",
            Self::UrlInvalid { .. } => "error-post-url-invalid",
            Self::DoesNotFit(misfit) => match misfit.problem {
                TextProblem::OverLimit { .. } | TextProblem::Empty => "error-post-over-limit",
                TextProblem::OverBytes { .. } => "error-post-over-bytes",
                TextProblem::TooManyHashtags { .. } => "error-post-too-many-hashtags",
                TextProblem::InvalidCharacters => "error-post-invalid-characters",
            },
            Self::TargetUnknown { .. } => "error-post-target-unknown",
            Self::SourceNotTranslated { .. } => "error-post-source-not-translated",
            Self::QaFailed { .. } => "error-post-qa-failed",
            Self::MediaNotInPost { .. } => "error-post-media-missing",
            Self::Paused { .. } => "error-post-paused",
            Self::NotPaused => "error-post-not-paused",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::CategoryUnknown { category } => {
                vec![("category", category.as_str().into()), ("valid", Category::NAMES.join(", ").into())]
            }
            Self::StateUnknown { state } => {
                vec![("state", state.as_str().into()), ("valid", PostState::NAMES.join(", ").into())]
            }
            Self::LanguageNotInPost { language } => vec![("language", language.as_str().into())],
            Self::Transition { from, action } => vec![("state", (*from).into()), ("action", (*action).into())],
            Self::TranslationsIncomplete { languages } => {
                let list: Vec<&str> = languages.iter().map(LanguageCode::as_str).collect();
                vec![("languages", list.join(", ").into())]
            }
            Self::RoleMissing { role, mission } => {
                vec![("role", role.as_str().into()), ("mission", mission.as_str().into())]
            }
            Self::NoPolicy { category } | Self::NoFastTrack { category } => {
                vec![("category", category.as_str().into())]
            }
            Self::UrlInvalid { url } => vec![("url", url.as_str().into())],
            Self::DoesNotFit(misfit) => {
                let mut args = vec![
                    ("account", misfit.account.0.into()),
                    ("handle", misfit.handle.as_str().into()),
                    ("platform", misfit.platform.as_str().into()),
                    ("language", misfit.language.as_str().into()),
                ];
                let number = |n: u32| MessageArg::Number(i64::from(n));
                match misfit.problem {
                    TextProblem::OverLimit { length, limit } => {
                        args.extend([("length", number(length)), ("limit", number(limit))]);
                    }
                    TextProblem::OverBytes { bytes, max } => {
                        args.extend([("length", number(bytes)), ("limit", number(max))]);
                    }
                    TextProblem::TooManyHashtags { count, cap } => {
                        args.extend([("length", number(count)), ("limit", number(cap))]);
                    }
                    TextProblem::Empty | TextProblem::InvalidCharacters => {}
                }
                args
            }
            Self::TargetUnknown { account } => vec![("account", account.0.into())],
            Self::SourceNotTranslated { language } => vec![("language", language.as_str().into())],
            Self::QaFailed { issues } => vec![("count", i64::try_from(issues.len()).unwrap_or(i64::MAX).into())],
            Self::MediaNotInPost { media } => vec![("media", (*media).into())],
            Self::Paused { crisis } => vec![("crisis", (*crisis).into())],
            _ => Vec::new(),
        }
    }
}

mod abilities;
mod fit;
#[cfg(test)]
pub(crate) mod tests;

pub use abilities::{reschedule_refusal, Abilities};
pub use fit::{Misfit, Targets};
