//! The language check: is each sentence of a text in the language the text
//! says it is in? Sentences are identified offline among Arabic, French and
//! English only, the three languages the ministry writes; a text in another
//! language is not checked.
//!
//! A wrong flag costs a translator an override with a reason, so a sentence
//! is judged only when the evidence agrees: Arabic by its script; French or
//! English when `whatlang`'s trigrams and the sentence's own function words
//! (le, de, et… / the, of, and…) name the same language. Links, hashtags,
//! mentions and glossary names are left out first (an English hashtag in a
//! French post is not English), and a sentence with fewer than
//! [`MIN_WORDS`] words or [`MIN_LETTERS`] letters left is not judged.
//! Measured on `tests/language/` (README, "The language check"): no wrong
//! flag, and about 19 sentences in 20 judged.

use crate::language::LanguageCode;
use crate::text::entities;
use crate::translation::segment::segments;

/// Fewer words than this are not judged: "Merci !" is French and English alike.
pub const MIN_WORDS: usize = 3;
/// Fewer letters than this are not judged either.
pub const MIN_LETTERS: usize = 12;

/// The share of a sentence's letters one script needs for the sentence to
/// be judged: below it the sentence is mixed (an Arabic sentence naming
/// `drafter` and `supervisor`) and not judged.
const ARABIC_SHARE: f64 = 0.5;
const LATIN_SHARE: f64 = 0.8;

/// Words only one of the two Latin-script languages uses often; a sentence's
/// count of each is its function-word vote.
const FRENCH_WORDS: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "dans", "sur", "avec", "par", "au", "aux",
    "vous", "nous", "ce", "cette", "qui", "que", "à", "été", "sont", "pas", "ne", "se", "son", "sa", "ses", "leur",
    "nos", "notre", "votre", "vos", "il", "elle", "l", "d", "n", "qu",
];
const ENGLISH_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "for", "on", "with", "at", "by", "from", "your", "you", "this", "that",
    "has", "have", "was", "will", "be", "are", "not", "it", "as", "an", "a", "our", "we", "their", "its", "can", "may",
];

/// A sentence of a text that reads as another language than the text's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The sentence as the text writes it.
    pub sentence: String,
    /// Where it starts in the text, in characters counted from 1.
    pub position: usize,
    /// The language it reads as.
    pub found: LanguageCode,
}

/// The sentences of `text` that read as another language than `declared`.
/// `names` (glossary forms, proper names) are left out of every sentence
/// before it is judged. Nothing is flagged for a language other than
/// Arabic, French or English.
pub fn mismatches(text: &str, declared: &LanguageCode, names: &[&str]) -> Vec<Mismatch> {
    if !matches!(declared.as_str(), "ar" | "fr" | "en") {
        return Vec::new();
    }
    segments(text)
        .into_iter()
        .filter_map(|segment| {
            let found = identify(&without_names(segment.text, names))?;
            (found != *declared).then(|| Mismatch {
                sentence: segment.text.to_owned(),
                position: text[..segment.start].chars().count() + 1,
                found,
            })
        })
        .collect()
}

/// The language of one sentence among Arabic, French and English, or
/// `None` when it is too short, mixed, or the evidence disagrees. Links,
/// hashtags and mentions do not count.
pub fn identify(sentence: &str) -> Option<LanguageCode> {
    let words = without_entities(sentence);
    let (mut arabic, mut latin, mut letters) = (0usize, 0usize, 0usize);
    for c in words.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if is_arabic(c) {
            arabic += 1;
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
        }
    }
    let word_count = words.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    if letters < MIN_LETTERS || word_count < MIN_WORDS {
        return None;
    }
    let share = |n: usize| n as f64 / letters as f64;
    if share(arabic) >= ARABIC_SHARE {
        return LanguageCode::parse("ar");
    }
    if share(latin) < LATIN_SHARE {
        return None;
    }
    let detector = whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
    let trigrams = match detector.detect_lang(&words)? {
        whatlang::Lang::Fra => "fr",
        whatlang::Lang::Eng => "en",
        _ => return None,
    };
    (function_word_vote(&words)? == trigrams).then(|| LanguageCode::parse(trigrams)).flatten()
}

/// "fr" or "en" by which list more of the sentence's words are in; `None` on a tie.
fn function_word_vote(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let (mut french, mut english) = (0, 0);
    for word in lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        french += usize::from(FRENCH_WORDS.contains(&word));
        english += usize::from(ENGLISH_WORDS.contains(&word));
    }
    match french.cmp(&english) {
        std::cmp::Ordering::Greater => Some("fr"),
        std::cmp::Ordering::Less => Some("en"),
        std::cmp::Ordering::Equal => None,
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// The sentence with its links, hashtags and mentions replaced by spaces.
fn without_entities(sentence: &str) -> String {
    // A hashtag's or mention's sign is left behind (entities start after it).
    entities(sentence).blank_out(sentence).replace(['#', '@', '＃'], " ")
}

/// The sentence with every occurrence of `names` (whatever their case)
/// replaced by a space.
fn without_names(sentence: &str, names: &[&str]) -> String {
    let mut out = sentence.to_owned();
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        let lower_name = name.to_lowercase();
        loop {
            let lower = out.to_lowercase();
            // Lower-casing can change lengths (İ); look only where it did not.
            if lower.len() != out.len() {
                out = out.replace(name, " ");
                break;
            }
            match lower.find(&lower_name) {
                Some(start) => out.replace_range(start..start + lower_name.len(), " "),
                None => break,
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(c: &str) -> LanguageCode {
        LanguageCode::parse(c).unwrap()
    }

    fn found(sentence: &str) -> Option<String> {
        identify(sentence).map(|l| l.as_str().to_owned())
    }

    #[test]
    fn each_language_is_identified() {
        assert_eq!(found("التقى السفير صباح اليوم وزير الشؤون الخارجية لبحث الأمن الإقليمي."), Some("ar".into()));
        assert_eq!(found("L'ambassade suit la situation de près et reste à votre disposition."), Some("fr".into()));
        assert_eq!(
            found("The embassy is following the situation closely and remains at your service."),
            Some("en".into())
        );
    }

    #[test]
    fn a_variant_with_a_sentence_in_another_language_is_flagged_by_that_sentence() {
        let text = "Nous félicitons le peuple sénégalais à l'occasion de la fête de l'indépendance.\n\
                    The embassy will be closed on Monday and Tuesday.";
        let found = mismatches(text, &code("fr"), &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].sentence, "The embassy will be closed on Monday and Tuesday.");
        assert_eq!(found[0].found, code("en"));
        assert_eq!(found[0].position, text.find("The embassy").map(|b| text[..b].chars().count() + 1).unwrap());
        // The same text declared English flags the French sentence instead.
        let found = mismatches(text, &code("en"), &[]);
        assert_eq!(found.iter().map(|m| m.found.as_str()).collect::<Vec<_>>(), ["fr"]);
        // An Arabic version pasted in French is flagged.
        let arabic = "نهنئ الشعب السنغالي بمناسبة عيد الاستقلال.";
        assert_eq!(mismatches(arabic, &code("fr"), &[])[0].found, code("ar"));
        assert!(mismatches(arabic, &code("ar"), &[]).is_empty());
    }

    #[test]
    fn a_text_in_its_own_language_passes() {
        let text = "يرحب بلدنا باتفاق وقف إطلاق النار الموقع أمس. نشكر جميع الوسطاء على جهودهم.";
        assert!(mismatches(text, &code("ar"), &[]).is_empty());
        let text = "Our country welcomes the ceasefire agreement signed yesterday. We thank all the mediators.";
        assert!(mismatches(text, &code("en"), &[]).is_empty());
    }

    #[test]
    fn hashtags_mentions_and_links_are_not_judged() {
        // English hashtags, an English handle and an English address in a French sentence.
        let text = "Rejoignez-nous demain soir avec @BritishEmbassy #TheWeekOfTheEmbassy https://example.org/the-concert-of-the-year";
        assert!(mismatches(text, &code("fr"), &[]).is_empty());
        // Nothing but entities: nothing to judge.
        assert_eq!(found("#ForeignAffairs #TheDiplomaticWeek @the_embassy_of_france"), None);
    }

    #[test]
    fn glossary_names_are_left_out() {
        let text = "Le Foreign and Commonwealth Development Office de la capitale";
        assert!(mismatches(text, &code("fr"), &["Foreign and Commonwealth Development Office"]).is_empty());
        // Whatever their case in the text.
        assert!(mismatches(text, &code("fr"), &["FOREIGN AND COMMONWEALTH DEVELOPMENT OFFICE"]).is_empty());
    }

    #[test]
    fn too_short_sentences_and_mixed_ones_are_not_judged() {
        assert_eq!(found("Merci !"), None);
        assert_eq!(found("Thank you!"), None);
        assert!(mismatches("Merci !", &code("en"), &[]).is_empty());
        // Half Arabic, half Latin: neither.
        assert_eq!(found("«الدور» ليس دورًا: drafter أو translator أو supervisor أو admin"), None);
    }

    #[test]
    fn other_languages_are_not_checked() {
        let text = "The embassy will be closed on Monday and Tuesday.";
        assert!(mismatches(text, &code("es"), &[]).is_empty());
    }
}
