//! The translation memory: source/target pairs of sentence-level segments,
//! kept per language pair with who made them and when. The store finds
//! candidates through a full-text index of folded words; this module decides
//! which pairs go in and how well each candidate matches (0-100).

use chrono::{DateTime, Utc};

use crate::language::LanguageCode;
use crate::text::fold_for_comparison;

use super::diff::{self, DiffPart};
use super::segment::segments;

/// One remembered pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemoryUnit {
    pub source_language: LanguageCode,
    pub target_language: LanguageCode,
    pub source: String,
    pub target: String,
    /// Who translated it (a Diwan user, or the name a TMX file gave).
    pub author: String,
    pub at: DateTime<Utc>,
}

/// A remembered pair that matches a segment, with how well (100: the same
/// text; 99: the same once folded, e.g. other tashkeel; below: fuzzy) and
/// how its source differs from the segment.
#[derive(Debug, Clone, PartialEq)]
pub struct MemoryMatch {
    pub unit: MemoryUnit,
    pub score: u8,
    /// From the segment being translated to the remembered source.
    pub diff: Vec<DiffPart>,
}

/// Matches below this score are noise to a translator.
pub const MIN_SCORE: u8 = 50;

/// The pairs a translated text adds to the memory: sentence by sentence when
/// source and target have as many sentences, else the whole texts as one
/// pair (a translation that merges or splits sentences cannot be aligned
/// without guessing, and a wrong pair is worse than a long one).
pub fn pairs(source: &str, target: &str) -> Vec<(String, String)> {
    let from = segments(source);
    let to = segments(target);
    if from.is_empty() || to.is_empty() {
        return Vec::new();
    }
    if from.len() == to.len() {
        from.iter().zip(&to).map(|(s, t)| (s.text.to_owned(), t.text.to_owned())).collect()
    } else {
        vec![(source.trim().to_owned(), target.trim().to_owned())]
    }
}

/// How well `candidate` matches `segment`, from 0 to 100.
pub fn score(segment: &str, candidate: &str) -> u8 {
    Segment::new(segment).score(candidate)
}

/// A segment being looked up, folded once for all its candidates.
struct Segment<'a> {
    text: &'a str,
    folded: String,
}

impl<'a> Segment<'a> {
    fn new(text: &'a str) -> Self {
        Self { text, folded: fold_for_comparison(text) }
    }

    fn score(&self, candidate: &str) -> u8 {
        if self.text.trim() == candidate.trim() {
            return 100;
        }
        let folded = fold_for_comparison(candidate);
        if self.folded == folded {
            return 99;
        }
        let ratio = diff::similarity(&self.folded, &folded);
        // Only the same text scores 99 or more.
        (ratio * 100.0).round().clamp(0.0, 98.0) as u8
    }
}

/// A candidate with its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub unit: MemoryUnit,
    pub score: u8,
}

/// The candidates that match `segment` well enough, best first (then
/// newest), at most `limit`: scores only, for a search.
pub fn best(segment: &str, candidates: Vec<MemoryUnit>, limit: usize) -> Vec<Scored> {
    let segment = Segment::new(segment);
    let mut scored: Vec<Scored> = candidates
        .into_iter()
        .map(|unit| Scored { score: segment.score(&unit.source), unit })
        .filter(|s| s.score >= MIN_SCORE)
        .collect();
    scored.sort_by(|a, b| b.score.cmp(&a.score).then(b.unit.at.cmp(&a.unit.at)));
    scored.truncate(limit);
    scored
}

/// The best matches with how each differs from the segment, for the
/// translator (the diffs are made for the matches shown only).
pub fn rank(segment: &str, candidates: Vec<MemoryUnit>, limit: usize) -> Vec<MemoryMatch> {
    best(segment, candidates, limit)
        .into_iter()
        .map(|Scored { unit, score }| MemoryMatch { diff: diff::word_diff(segment, &unit.source), unit, score })
        .collect()
}

/// The words an index query looks for: the folded words of the segment,
/// each once, longest first (long words are the rarest and the most telling).
pub fn query_words(segment: &str) -> Vec<String> {
    let folded = fold_for_comparison(segment);
    let mut words: Vec<String> = Vec::new();
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        if !words.iter().any(|w| w == word) {
            words.push(word.to_owned());
        }
    }
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn unit(source: &str, target: &str, day: u32) -> MemoryUnit {
        MemoryUnit {
            source_language: LanguageCode::parse("ar").expect("ar"),
            target_language: LanguageCode::parse("fr").expect("fr"),
            source: source.into(),
            target: target.into(),
            author: "lina".into(),
            at: Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).single().expect("time"),
        }
    }

    #[test]
    fn sentences_pair_up_when_they_align_else_the_whole_text_is_one_pair() {
        assert_eq!(
            pairs(
                "استقبل السفير الوفد. ثم عقد مؤتمراً صحفياً.",
                "L’ambassadeur a reçu la délégation. Puis il a tenu une conférence de presse."
            ),
            [
                ("استقبل السفير الوفد.".to_owned(), "L’ambassadeur a reçu la délégation.".to_owned()),
                ("ثم عقد مؤتمراً صحفياً.".to_owned(), "Puis il a tenu une conférence de presse.".to_owned()),
            ]
        );
        assert_eq!(pairs("جملة. وأخرى.", "Une seule phrase.").len(), 1);
        assert!(pairs("", "x").is_empty());
    }

    #[test]
    fn the_same_text_scores_100_the_same_folded_99_and_a_near_one_less() {
        assert_eq!(score("قدّم السفير أوراق اعتماده", "قدّم السفير أوراق اعتماده"), 100);
        assert_eq!(score("قدّم السفير أوراق اعتماده", "قدم السفير اوراق اعتماده"), 99);
        let near = score("قدم السفير أوراق اعتماده إلى الرئيس", "قدم السفير أوراق اعتماده إلى الملك");
        assert!((70..99).contains(&near), "{near}");
        assert!(score("قدم السفير أوراق اعتماده", "الطقس جميل اليوم في باريس") < MIN_SCORE);
    }

    #[test]
    fn ranking_keeps_good_matches_best_first_then_newest() {
        let segment = "استقبل السفير وفد رجال الأعمال";
        let ranked = rank(
            segment,
            vec![
                unit("الطقس جميل", "Il fait beau", 1),
                unit("استقبل السفير وفد رجال الاعمال", "old", 2),
                unit("استقبل السفير وفد رجال الأعمال", "exact", 3),
                unit("استقبل السفير وفد رجال الاعمال", "newer", 4),
            ],
            10,
        );
        assert_eq!(
            ranked.iter().map(|m| (m.unit.target.as_str(), m.score)).collect::<Vec<_>>(),
            [("exact", 100), ("newer", 99), ("old", 99)]
        );
        assert_eq!(rank(segment, vec![unit(segment, "x", 1)], 0).len(), 0, "the limit holds");
    }

    #[test]
    fn query_words_are_folded_unique_and_longest_first() {
        assert_eq!(query_words("السفير، السفير يلتقي الوزيرَ"), ["السفير", "الوزير", "يلتقي"]);
    }

    proptest! {
        #[test]
        fn a_score_is_between_0_and_100_and_100_only_for_the_same_text(a in "[ab جد ُ.]{0,20}", b in "[ab جد ُ.]{0,20}") {
            let s = score(&a, &b);
            prop_assert!(s <= 100);
            prop_assert_eq!(s == 100, a.trim() == b.trim());
        }
    }
}
