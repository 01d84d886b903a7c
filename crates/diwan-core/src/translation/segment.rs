//! Cutting a text into sentence-level segments, the unit of the translation
//! memory. Sentence boundaries are Unicode's (UAX #29, through
//! `unicode-segmentation`), which know the Arabic question mark ؟ and full
//! stop ۔ as well as Latin punctuation; a line break always ends a segment,
//! since posts are written in short lines.

use unicode_segmentation::UnicodeSegmentation;

/// One sentence of a text, with its byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// The text's sentences, trimmed, in order; blank ones are left out.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let mut offset = line_start;
        for sentence in line.split_sentence_bounds() {
            push_trimmed(&mut out, text, offset, offset + sentence.len());
            offset += sentence.len();
        }
        line_start += line.len();
    }
    out
}

fn push_trimmed<'a>(out: &mut Vec<Segment<'a>>, text: &'a str, start: usize, end: usize) {
    let raw = &text[start..end];
    let leading = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = start + leading;
    out.push(Segment { text: trimmed, start, end: start + trimmed.len() });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        segments(text).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn arabic_sentences_end_at_arabic_and_latin_marks() {
        assert_eq!(
            texts("استقبل السفير وفداً من رجال الأعمال. هل تشاركون في المنتدى؟ نعم!"),
            ["استقبل السفير وفداً من رجال الأعمال.", "هل تشاركون في المنتدى؟", "نعم!"]
        );
    }

    #[test]
    fn french_sentences_keep_their_spaced_punctuation() {
        assert_eq!(
            texts("L’ambassadeur a reçu la délégation. Qu’en retenir ? Beaucoup !"),
            ["L’ambassadeur a reçu la délégation.", "Qu’en retenir ?", "Beaucoup !"]
        );
    }

    #[test]
    fn a_line_break_ends_a_segment_and_ranges_point_into_the_text() {
        let text = "  Première ligne\n\nSeconde ligne.  ";
        let found = segments(text);
        assert_eq!(found.iter().map(|s| s.text).collect::<Vec<_>>(), ["Première ligne", "Seconde ligne."]);
        for segment in found {
            assert_eq!(&text[segment.start..segment.end], segment.text);
        }
    }

    #[test]
    fn the_seed_corpus_cuts_into_sentences_that_cover_its_words() {
        let seed = include_str!("../../testdata/seed-recommendations.txt");
        let found = segments(seed);
        assert!(found.len() > 15, "an Arabic text of several paragraphs has many sentences");
        let words = |s: &str| s.split_whitespace().count();
        assert_eq!(found.iter().map(|s| words(s.text)).sum::<usize>(), words(seed), "no word lost or doubled");
    }
}
