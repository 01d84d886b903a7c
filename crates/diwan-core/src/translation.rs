//! The translator's side of a post: which language versions need work
//! (the queue), the checks a translation passes before it is done, the
//! translation memory and the ministry glossary, sentence segmentation and
//! word-level diffs. Marking a variant done is `Post::mark_translated`.

pub mod diff;
pub mod glossary;
pub mod memory;
pub mod qa;
pub mod segment;

use crate::language::LanguageCode;
use crate::post::{Post, PostStage, VariantState};
use crate::user::{Role, User};
use crate::vocabulary::vocabulary;

vocabulary! {
    /// Why a language version is in a translator's queue.
    pub enum TranslationNeed {
        /// Not written yet.
        Missing => "missing",
        /// Started, not yet marked done.
        Draft => "draft",
        /// The source changed after it was done.
        Stale => "stale",
        /// A reviewer left an open comment on this language.
        SentBack => "sent-back",
    }
}

impl Post {
    /// Why `language` needs a translator now, if it does. A published post
    /// needs nothing; an open comment on the language sends it back at any
    /// other stage; otherwise only a post handed on to translation (or sent
    /// back to its drafter) waits for its missing, unfinished or stale texts.
    /// `commented` lists the languages with open comments.
    pub fn translation_need(&self, language: &LanguageCode, commented: &[LanguageCode]) -> Option<TranslationNeed> {
        let stage = self.state.stage();
        if *language == self.source_language || stage == PostStage::Published || !self.variants.contains_key(language) {
            return None;
        }
        if commented.contains(language) {
            return Some(TranslationNeed::SentBack);
        }
        if !matches!(stage, PostStage::InTranslation | PostStage::Rejected) {
            return None;
        }
        match self.variant_state(language) {
            VariantState::Missing => Some(TranslationNeed::Missing),
            VariantState::Draft => Some(TranslationNeed::Draft),
            VariantState::Stale => Some(TranslationNeed::Stale),
            VariantState::Translated | VariantState::Approved => None,
        }
    }
}

/// Whether `user` translates into `language` at the post's mission: the
/// translator role there, and the language among theirs (no languages
/// listed means every language of the mission).
pub fn translates(user: &User, post: &Post, language: &LanguageCode) -> bool {
    user.has_role(&post.mission, Role::Translator) && (user.translates.is_empty() || user.translates.contains(language))
}

#[cfg(test)]
mod tests;
