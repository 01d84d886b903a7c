//! Word-level differences between two texts: what changed in a source since
//! a translator last saw it, and how a memory match differs from the
//! segment being translated. The diff itself is `similar`'s (Patience).

use similar::utils::diff_words;
use similar::{Algorithm, ChangeTag};

/// Whether a piece of text is in both texts, only the old one, or only the new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Removed,
    Added,
}

/// One run of text with its change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffPart {
    pub change: Change,
    pub text: String,
}

/// The word-level difference from `old` to `new`, as runs of text: the
/// `Same` and `Removed` runs spell `old`, the `Same` and `Added` runs `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let mut parts: Vec<DiffPart> = Vec::new();
    for (tag, text) in diff_words(Algorithm::Patience, old, new) {
        let change = match tag {
            ChangeTag::Equal => Change::Same,
            ChangeTag::Delete => Change::Removed,
            ChangeTag::Insert => Change::Added,
        };
        match parts.last_mut() {
            Some(last) if last.change == change => last.text.push_str(text),
            _ => parts.push(DiffPart { change, text: text.to_owned() }),
        }
    }
    parts
}

/// How alike two texts are, word by word: 1.0 for the same words, 0.0 for
/// none in common.
pub fn similarity(a: &str, b: &str) -> f32 {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split_whitespace().collect(), b.split_whitespace().collect());
    similar::TextDiff::from_slices(&a, &b).ratio()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn spell(parts: &[DiffPart], keep: Change) -> String {
        parts.iter().filter(|p| p.change == Change::Same || p.change == keep).map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn a_changed_word_in_an_arabic_source_shows_as_removed_and_added() {
        let parts = word_diff("استقبل السفير الوفد يوم الاثنين", "استقبل السفير الوفد يوم الثلاثاء");
        assert_eq!(parts.last().map(|p| (p.change, p.text.as_str())), Some((Change::Added, "الثلاثاء")));
        assert!(parts.iter().any(|p| p.change == Change::Removed && p.text == "الاثنين"));
        assert_eq!(parts[0], DiffPart { change: Change::Same, text: "استقبل السفير الوفد يوم ".into() });
    }

    #[test]
    fn similarity_runs_from_nothing_in_common_to_the_same_words() {
        assert!((similarity("a b c", "a b c") - 1.0).abs() < f32::EPSILON);
        assert!(similarity("a b c", "x y z") < 0.01);
        let close = similarity("the ambassador met the minister", "the ambassador met the mayor");
        assert!(close > 0.7 && close < 1.0, "{close}");
    }

    proptest! {
        #[test]
        fn a_diff_spells_both_texts(old in "[ab ج د.]{0,30}", new in "[ab ج د.]{0,30}") {
            let parts = word_diff(&old, &new);
            prop_assert_eq!(spell(&parts, Change::Removed), old);
            prop_assert_eq!(spell(&parts, Change::Added), new);
        }
    }
}
