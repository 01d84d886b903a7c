//! The ministry's glossary: officials' names and titles, countries,
//! institutions and fixed phrases, each in Arabic, French and English, with
//! a note and a "do not translate" flag. Terms are found in a text with the
//! same folding as everything else (`text::fold_for_comparison`), so a term
//! written with or without tashkeel, hamza or accents is the same term.

use crate::language::LanguageCode;
use crate::message::{Localized, MessageArg};
use crate::post::PostError;
use crate::text::fold_for_comparison;
use crate::user::User;

/// Why `actor` may not edit the glossary, if they may not. Like the
/// templates, it serves the whole ministry: an administrator at any mission
/// edits it.
pub fn editor_refusal(actor: &User) -> Option<PostError> {
    crate::template::editor_refusal(actor)
}

/// The store's id of a glossary term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TermId(pub i64);

/// One glossary entry. A form may be empty where the ministry has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub id: TermId,
    pub ar: String,
    pub fr: String,
    pub en: String,
    pub note: Option<String>,
    /// Names and brands that stay as written in every language.
    pub do_not_translate: bool,
}

/// A term as an administrator enters it, before it is checked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewTerm {
    pub ar: String,
    pub fr: String,
    pub en: String,
    pub note: Option<String>,
    pub do_not_translate: bool,
}

impl NewTerm {
    /// Trims the forms and the note; a term needs at least one form, and
    /// none may run over a line.
    pub fn validate(self, id: TermId) -> Result<Term, GlossaryError> {
        let clean = |s: String| s.trim().to_owned();
        let (ar, fr, en) = (clean(self.ar), clean(self.fr), clean(self.en));
        if ar.is_empty() && fr.is_empty() && en.is_empty() {
            return Err(GlossaryError::TermEmpty);
        }
        for form in [&ar, &fr, &en] {
            if form.chars().count() > MAX_FORM_CHARS || form.contains(['\n', '\r']) {
                return Err(GlossaryError::FormInvalid { form: form.chars().take(40).collect() });
            }
        }
        let note = self.note.map(clean).filter(|n| !n.is_empty());
        Ok(Term { id, ar, fr, en, note, do_not_translate: self.do_not_translate })
    }
}

/// The longest form a term may have: a glossary holds names and phrases, not paragraphs.
pub const MAX_FORM_CHARS: usize = 200;

impl Term {
    /// The term's form in `language`, if the glossary has one.
    pub fn form(&self, language: &LanguageCode) -> Option<&str> {
        let form = match language.as_str() {
            "ar" => &self.ar,
            "fr" => &self.fr,
            "en" => &self.en,
            _ => return None,
        };
        (!form.is_empty()).then_some(form.as_str())
    }
}

/// Whether `term` occurs in `text` as a word or words. Both sides are folded.
/// In Arabic a term may carry the prefixes that attach to a word (و ف ب ك ل
/// and the article ال): السفارة is found in والسفارة and للسفارة.
pub fn occurs_in(text: &str, term: &str) -> bool {
    let term = fold_for_comparison(term);
    !term.is_empty() && occurs_folded(&fold_for_comparison(text), &term)
}

fn occurs_folded(text: &str, term: &str) -> bool {
    text.match_indices(term).any(|(start, found)| {
        let end = start + found.len();
        let after_ok = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        // The word the match starts in: everything since the last space.
        let word_start = text[..start].rfind(' ').map_or(0, |i| i + 1);
        let prefix = &text[word_start..start];
        after_ok && (prefix.is_empty() || is_arabic_prefix(prefix))
    })
}

/// و ف ب ك ل, the article ال, and their combinations (وال، بال، فلل ...).
fn is_arabic_prefix(prefix: &str) -> bool {
    prefix.chars().count() <= 4 && prefix.chars().all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل' | 'ا'))
}

/// The terms whose `language` form occurs in `text`, in glossary order.
pub fn terms_in<'a>(text: &str, language: &LanguageCode, terms: &'a [Term]) -> Vec<&'a Term> {
    let folded = fold_for_comparison(text);
    terms
        .iter()
        .filter(|term| {
            term.form(language).is_some_and(|form| {
                let form = fold_for_comparison(form);
                !form.is_empty() && occurs_folded(&folded, &form)
            })
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GlossaryError {
    #[error("a glossary term needs at least one of its Arabic, French or English forms")]
    TermEmpty,
    #[error("a glossary form must be one line of at most {MAX_FORM_CHARS} characters: {form:?}")]
    FormInvalid { form: String },
}

impl Localized for GlossaryError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::TermEmpty => "error-glossary-term-empty",
            Self::FormInvalid { .. } => "error-glossary-form-invalid",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::TermEmpty => Vec::new(),
            Self::FormInvalid { form } => {
                vec![("form", form.as_str().into()), ("max", i64::try_from(MAX_FORM_CHARS).unwrap_or(0).into())]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(ar: &str, fr: &str, en: &str) -> Term {
        NewTerm { ar: ar.into(), fr: fr.into(), en: en.into(), ..NewTerm::default() }.validate(TermId(1)).expect("term")
    }

    fn lang(code: &str) -> LanguageCode {
        LanguageCode::parse(code).expect("language")
    }

    #[test]
    fn a_term_is_found_with_arabic_prefixes_and_without_tashkeel_or_hamza() {
        assert!(occurs_in("استقبلت السفارة الوفد", "السفارة"));
        assert!(occurs_in("وللسفارة دور كبير", "سفارة"));
        assert!(occurs_in("أكد وزير الخارجية", "وزير الخارجيّة"));
        assert!(occurs_in("اكد وزير الخارجيه", "أكد"));
        assert!(!occurs_in("السفارات الثلاث", "السفارة"), "another word is not the term");
        assert!(!occurs_in("مستشار", "شار"), "no match inside a word");
    }

    #[test]
    fn french_and_english_terms_match_whole_words_without_accents_or_case() {
        assert!(occurs_in("Le Ministère des Affaires étrangères a publié", "ministère des affaires etrangeres"));
        assert!(occurs_in("l’ambassade de France", "ambassade"));
        assert!(!occurs_in("ambassadeurs", "ambassade"));
    }

    #[test]
    fn terms_in_lists_the_terms_of_one_language() {
        let terms = [
            term("وزارة الشؤون الخارجية", "ministère des Affaires étrangères", "Ministry of Foreign Affairs"),
            term("أوراق الاعتماد", "lettres de créance", "letters of credence"),
        ];
        let found = terms_in("قدّم السفير أوراق اعتماده... وأوراق الاعتماد", &lang("ar"), &terms);
        assert_eq!(found.iter().map(|t| t.fr.as_str()).collect::<Vec<_>>(), ["lettres de créance"]);
        assert!(terms_in("anything", &lang("zh"), &terms).is_empty(), "no form in that language");
    }

    #[test]
    fn a_term_needs_a_form_and_one_line() {
        assert_eq!(NewTerm::default().validate(TermId(1)), Err(GlossaryError::TermEmpty));
        let two_lines = NewTerm { fr: "a\nb".into(), ..NewTerm::default() };
        assert!(matches!(two_lines.validate(TermId(1)), Err(GlossaryError::FormInvalid { .. })));
        let padded = NewTerm { en: "  Embassy ".into(), note: Some("  ".into()), ..NewTerm::default() };
        let term = padded.validate(TermId(1)).expect("term");
        assert_eq!((term.en.as_str(), term.note), ("Embassy", None));
    }
}
