//! Cutting a text into pieces so that counting and entity extraction stay
//! linear, whatever was pasted.
//!
//! twitter-text (0.3.1) parses with a PEG grammar that, at every position
//! where no entity starts, looks ahead to the next space or dot: a long run
//! without spaces costs the square of its length (8,000 letters took 11 s),
//! and even plain prose costs about 1.5 µs a character. Both are reported
//! upstream in the README's notes. Diwan therefore hands twitter-text only the
//! pieces that can hold an entity, each on its own:
//!
//! - The text is cut before each run of white space. No entity (link,
//!   hashtag, mention, cashtag, emoji) contains white space, and the grammar
//!   treats a piece that starts with white space as it treats the middle of
//!   the text, so this cut changes nothing.
//! - A piece is *hot* when it holds a character that can open an entity:
//!   `#`, `@`, `$` and their full-width forms, or a dot followed by a label
//!   that begins with a known top-level domain. Only hot pieces are searched
//!   for entities. For X's length, a piece that may hold an emoji or a
//!   character X refuses is read by twitter-text too; every other piece is
//!   weighed by Diwan itself with twitter-text's table (`twitter_text_config`).
//! - Such a run longer than [`LONG_RUN`] characters without white space is
//!   cut every [`WINDOW`] characters, preferably just before a `#` or `@`. This is the one approximation: an entity longer than that
//!   inside such a run (a link of more than 64 characters glued to more than
//!   a thousand others) is found in parts. Counting then errs long, never
//!   short: a link counts its characters instead of 23.
//!
//! Property tests check that, below those lengths, the pieces give exactly
//! what twitter-text gives on the whole text.

use std::ops::Range;

/// A run without white space that twitter-text must read is cut into windows past this.
pub(crate) const LONG_RUN: usize = 1024;
/// The size of those windows, in characters.
pub(crate) const WINDOW: usize = 64;

/// One piece of a text: its byte range, and why twitter-text must read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    pub range: Range<usize>,
    /// It may hold a link, hashtag, mention or cashtag.
    pub hot: bool,
    /// It may hold an emoji or a character X refuses, which X's length
    /// needs twitter-text to read; no entity comes of them.
    pub emoji: bool,
}

/// The pieces of `text`, in order, covering it exactly.
pub(crate) fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (index, ch) in text.char_indices() {
        let space = ch.is_whitespace();
        // A new piece starts with the white space that ends a word.
        if space && in_word {
            push_run(text, start..index, &mut out);
            start = index;
        }
        in_word = !space;
    }
    if start < text.len() {
        push_run(text, start..text.len(), &mut out);
    }
    out
}

/// Adds one piece (leading white space, then a run without it), cut into
/// windows when it is long and twitter-text must read it.
fn push_run(text: &str, range: Range<usize>, out: &mut Vec<Piece>) {
    let piece = &text[range.clone()];
    let (hot, emoji) = (is_hot(piece), needs_full_parse(piece));
    if !(hot || emoji) || piece.chars().nth(LONG_RUN).is_none() {
        out.push(Piece { range, hot, emoji });
        return;
    }
    let mut window_start = range.start;
    let mut chars = 0;
    let mut last_opening = None;
    for (offset, ch) in piece.char_indices() {
        let index = range.start + offset;
        if chars == WINDOW {
            // Cut before the window's last character that opens an entity,
            // when there is one, so that a hashtag is not cut in two.
            let cut = last_opening.filter(|&h| h > window_start).unwrap_or(index);
            push_window(text, window_start..cut, out);
            window_start = cut;
            chars = text[cut..index].chars().count();
            last_opening = None;
        }
        if opens_entity(ch) {
            last_opening = Some(index);
        }
        chars += 1;
    }
    push_window(text, window_start..range.end, out);
}

fn push_window(text: &str, range: Range<usize>, out: &mut Vec<Piece>) {
    if !range.is_empty() {
        let part = &text[range.clone()];
        out.push(Piece { hot: is_hot(part), emoji: needs_full_parse(part), range });
    }
}

/// Characters that open an entity.
fn opens_entity(ch: char) -> bool {
    matches!(ch, '#' | '＃' | '@' | '＠' | '$')
}

/// Characters X refuses outright.
fn is_refused(ch: char) -> bool {
    matches!(ch, '\u{FFFE}' | '\u{FEFF}' | '\u{FFFF}')
}

/// Whether X's length of `part` needs twitter-text's own reading (emoji
/// sequences, refused characters) rather than its links alone.
pub(crate) fn needs_full_parse(part: &str) -> bool {
    part.chars().any(|ch| may_be_emoji(ch) || is_refused(ch))
}

/// Whether twitter-text could find an entity in `piece`.
fn is_hot(piece: &str) -> bool {
    piece.char_indices().any(|(index, ch)| opens_entity(ch) || (ch == '.' && starts_with_tld(&piece[index + 1..])))
}

/// Whether the label after a dot begins with a top-level domain (links
/// without a scheme need one; twitter-text trims a label to its TLD, as in
/// "example.comだよね").
fn starts_with_tld(after_dot: &str) -> bool {
    let label_end = after_dot.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(after_dot.len());
    let label = &after_dot[..label_end];
    // The longest TLD is 33 bytes; only prefixes that end on a character count.
    label
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .take_while(|&end| end <= 64)
        .any(|end| twitter_text::tlds::is_valid_tld_case_insensitive(&label[..end]))
}

/// Characters that can begin or be part of an emoji sequence. Letters of the
/// scripts missions write in (Latin, Arabic, Cyrillic, CJK, ...) cannot.
fn may_be_emoji(ch: char) -> bool {
    let c = u32::from(ch);
    let letters = c < 0x2000 && c != 0xA9 && c != 0xAE
        || (0x3040..=0x30FF).contains(&c) // kana
        || (0x3400..=0x4DBF).contains(&c) // CJK extension A
        || (0x4E00..=0x9FFF).contains(&c) // CJK unified ideographs
        || (0xAC00..=0xD7AF).contains(&c) // Hangul syllables
        || (0xFB50..=0xFDFF).contains(&c) // Arabic presentation forms A
        || (0xFE70..=0xFEFE).contains(&c); // Arabic presentation forms B
    !letters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<(&str, bool)> {
        pieces(text).into_iter().map(|p| (&text[p.range], p.hot)).collect()
    }

    fn emoji(text: &str) -> bool {
        pieces(text).iter().any(|p| p.emoji)
    }

    #[test]
    fn pieces_start_with_the_white_space_before_a_word_and_cover_the_text() {
        assert_eq!(
            shapes("بيان  #الجزائر mfa.gov.dz fin."),
            [("بيان", false), ("  #الجزائر", true), (" mfa.gov.dz", true), (" fin.", false)]
        );
        assert_eq!(shapes("  lead"), [("  lead", false)]);
        assert!(pieces("").is_empty());
    }

    #[test]
    fn only_a_dot_before_a_top_level_domain_is_hot() {
        assert!(is_hot("example.com"));
        assert!(is_hot("example.comだよね"), "twitter-text trims the label to its TLD");
        assert!(is_hot("t.co"));
        assert!(!is_hot("a.a.a.a"));
        assert!(!is_hot("3.14"));
        assert!(!is_hot("fin."));
    }

    #[test]
    fn emoji_and_refused_characters_need_twitter_text_letters_do_not() {
        assert!(emoji("👍"));
        assert!(emoji("1\u{FE0F}\u{20E3}"));
        assert!(emoji("©"));
        assert!(emoji("a\u{FFFE}"));
        assert!(!emoji("مرحبا"));
        assert!(!emoji("日本語"));
        assert!(!emoji("Été"));
        assert!(!is_hot("👍"), "no entity comes of an emoji");
    }

    #[test]
    fn a_long_hot_run_is_cut_into_windows_and_a_cold_one_is_not() {
        let cold = "a".repeat(100_000);
        assert_eq!(pieces(&cold).len(), 1);
        assert!(pieces(&"👍".repeat(5_000)).len() > 50, "a long run of emoji is cut too");
        let hot = "#a".repeat(5_000);
        let cut = pieces(&hot);
        assert!(cut.len() > 100);
        assert!(cut.iter().all(|p| hot[p.range.clone()].chars().count() <= WINDOW));
        assert!(cut.iter().all(|p| hot[p.range.clone()].starts_with('#')), "cuts fall before a hashtag");
        let covered: usize = cut.iter().map(|p| p.range.len()).sum();
        assert_eq!(covered, hot.len());
    }
}
