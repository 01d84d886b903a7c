//! What a post's text contains: hashtags, mentions and links, found the way
//! twitter-text finds them, which works for Arabic hashtags too.

use twitter_text::extractor::{Extract, Extractor};

use crate::platform::PARSER;

/// The entities of a text, each with its byte range, for highlighting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entities {
    pub hashtags: Vec<Entity>,
    pub mentions: Vec<Entity>,
    pub urls: Vec<Entity>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Without the leading `#` or `@`.
    pub value: String,
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
}

/// Finds hashtags, mentions and URLs.
pub fn entities(text: &str) -> Entities {
    let extractor = Extractor::with_parser_backend(PARSER);
    let to_entities = |found: Vec<twitter_text::entity::Entity<'_>>| {
        found
            .into_iter()
            .filter_map(|e| {
                let (start, end) = utf16_range_to_bytes(text, e.start, e.end)?;
                Some(Entity { value: e.value.to_owned(), start, end })
            })
            .collect()
    };
    Entities {
        hashtags: to_entities(extractor.extract_hashtags_with_indices(text)),
        mentions: to_entities(extractor.extract_mentioned_screennames_with_indices(text)),
        urls: to_entities(extractor.extract_urls_with_indices(text)),
    }
}

/// twitter-text reports ranges in UTF-16 units; Rust strings index bytes.
fn utf16_range_to_bytes(text: &str, start: i32, end: i32) -> Option<(usize, usize)> {
    let (start, end) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    let mut units = 0;
    let (mut byte_start, mut byte_end) = (None, None);
    for (byte, ch) in text.char_indices() {
        if units == start {
            byte_start = Some(byte);
        }
        if units == end {
            byte_end = Some(byte);
        }
        units += ch.len_utf16();
    }
    if units == end {
        byte_end = Some(text.len());
    }
    Some((byte_start?, byte_end?))
}

/// The bidirectional isolation marks (U+2066..U+2069) that Fluent puts around
/// every placeable. They must never reach a post's text: a platform would
/// count them and readers would copy them.
pub const FLUENT_ISOLATION_MARKS: [char; 4] = ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// Fills `{ $name }` placeables in a template with values, inserting nothing
/// else: no isolation marks, whatever the language. Unknown names are left
/// as typed so the person sees what is missing.
pub fn fill_template(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let inner = after[1..close].trim();
        let value = inner.strip_prefix('$').and_then(|name| values.iter().find(|(n, _)| *n == name.trim()));
        match value {
            Some((_, value)) => out.extend(value.chars().filter(|c| !FLUENT_ISOLATION_MARKS.contains(c))),
            None => out.push_str(&after[..=close]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn arabic_hashtags_mentions_and_links_are_found_with_byte_ranges() {
        let text = "نحتفل بـ #العيد_الوطني مع @MFA_Algeria على https://mfa.gov.dz/ar";
        let found = entities(text);
        assert_eq!(found.hashtags.len(), 1);
        let tag = &found.hashtags[0];
        assert_eq!(tag.value, "العيد_الوطني");
        assert_eq!(&text[tag.start..tag.end], "#العيد_الوطني");
        assert_eq!(&text[found.mentions[0].start..found.mentions[0].end], "@MFA_Algeria");
        assert_eq!(found.urls[0].value, "https://mfa.gov.dz/ar");
        assert_eq!(&text[found.urls[0].start..found.urls[0].end], "https://mfa.gov.dz/ar");
    }

    #[test]
    fn a_template_is_filled_without_isolation_marks() {
        let filled = fill_template(
            "تهنئ { $mission } الشعب { $people } بمناسبة { $occasion }.",
            &[("mission", "سفارة الجزائر"), ("people", "\u{2068}الفرنسي\u{2069}"), ("occasion", "العيد الوطني")],
        );
        assert_eq!(filled, "تهنئ سفارة الجزائر الشعب الفرنسي بمناسبة العيد الوطني.");
        assert!(!filled.chars().any(|c| FLUENT_ISOLATION_MARKS.contains(&c)));
    }

    #[test]
    fn unknown_placeables_stay_visible() {
        assert_eq!(fill_template("Hello { $who }, { x }", &[]), "Hello { $who }, { x }");
        assert_eq!(fill_template("open { $a", &[("a", "b")]), "open { $a");
    }

    proptest! {
        #[test]
        fn filling_never_adds_isolation_marks(template in "\\PC{0,40}", value in "\\PC{0,20}") {
            let template_marks = template.chars().filter(|c| FLUENT_ISOLATION_MARKS.contains(c)).count();
            let filled = fill_template(&template, &[("v", &value)]);
            let filled_marks = filled.chars().filter(|c| FLUENT_ISOLATION_MARKS.contains(c)).count();
            prop_assert!(filled_marks <= template_marks, "only marks the template itself had may remain");
        }

        #[test]
        fn entity_ranges_always_slice_the_text(text in "[#@ a-zب-ي_.:/0-9]{0,60}") {
            let found = entities(&text);
            for e in found.hashtags.iter().chain(&found.mentions).chain(&found.urls) {
                prop_assert!(text.get(e.start..e.end).is_some());
            }
        }
    }
}

/// A text folded for comparison: what a reader would call "the same text".
/// Arabic-aware: diacritics (tashkeel) and tatweel are dropped, alef forms
/// (أ إ آ ٱ) become ا, alef maqsura ى becomes ي, taa marbuta ة becomes ه;
/// case, isolation and directional marks, punctuation runs and white space
/// are folded too.
pub fn fold_for_comparison(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        let folded = match ch {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => continue,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c if c.is_whitespace()
                || (c.is_ascii_punctuation() && c != '#' && c != '@')
                || matches!(c, '،' | '؛' | '؟' | '«' | '»') =>
            {
                pending_space = !out.is_empty();
                continue;
            }
            c => c,
        };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(folded.to_lowercase());
    }
    out
}

#[cfg(test)]
mod folding_tests {
    use super::*;

    #[test]
    fn arabic_spelling_variants_fold_together() {
        assert_eq!(fold_for_comparison("إعلان  مُهِمّ"), fold_for_comparison("اعلان مهم"));
        assert_eq!(fold_for_comparison("السفارة"), fold_for_comparison("السفاره"));
        assert_eq!(fold_for_comparison("مصطفى"), fold_for_comparison("مصطفي"));
        assert_eq!(fold_for_comparison("جميـــل"), "جميل");
        assert_eq!(fold_for_comparison("\u{200F}Bonjour, Paris !"), "bonjour paris");
        assert_ne!(fold_for_comparison("بيان"), fold_for_comparison("بنان"));
    }
}
