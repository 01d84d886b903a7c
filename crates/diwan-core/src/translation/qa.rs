//! The checks a translation passes before it is marked done: what must be
//! carried over from the source (links, hashtags, mentions, numbers,
//! glossary terms), what must fit (every target account's limit), and the
//! typography of the target language (French spacing, Arabic punctuation,
//! tatweel, stray bidi controls, the mission's digits). Each problem names
//! the check, what is wrong and where, as a message id with arguments.

use std::collections::BTreeMap;

use crate::language::LanguageCode;
use crate::language_check;
use crate::message::{Localized, MessageArg};
use crate::post::Misfit;
use crate::preferences::Digits;
use crate::text::{entities, fold_for_comparison};
use crate::vocabulary::vocabulary;

use super::glossary::{self, Term};

vocabulary! {
    /// One quality check of a translation.
    pub enum QaCheck {
        Links => "links",
        Hashtags => "hashtags",
        Mentions => "mentions",
        Numbers => "numbers",
        Glossary => "glossary",
        Limit => "limit",
        SameAsSource => "same-as-source",
        FrenchSpacing => "french-spacing",
        ArabicPunctuation => "arabic-punctuation",
        Tatweel => "tatweel",
        BidiControls => "bidi-controls",
        Digits => "digits",
        Language => "language",
    }
}

/// One problem found: which check, what (a link, a number, a mark...), and
/// where in the target, as a character position counted from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QaIssue {
    pub check: QaCheck,
    pub detail: String,
    pub position: Option<usize>,
    /// The language a sentence reads as, for the language check.
    pub found: Option<LanguageCode>,
}

impl Localized for QaIssue {
    fn message_id(&self) -> &'static str {
        match self.check {
            QaCheck::Links => "qa-links",
            QaCheck::Hashtags => "qa-hashtags",
            QaCheck::Mentions => "qa-mentions",
            QaCheck::Numbers => "qa-numbers",
            QaCheck::Glossary => "qa-glossary",
            QaCheck::Limit => "qa-limit",
            QaCheck::SameAsSource => "qa-same-as-source",
            QaCheck::FrenchSpacing => "qa-french-spacing",
            QaCheck::ArabicPunctuation => "qa-arabic-punctuation",
            QaCheck::Tatweel => "qa-tatweel",
            QaCheck::BidiControls => "qa-bidi-controls",
            QaCheck::Digits => "qa-digits",
            QaCheck::Language => "qa-language",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        let position = self.position.and_then(|p| i64::try_from(p).ok()).unwrap_or(0);
        let found = self.found.as_ref().map_or("", LanguageCode::as_str);
        vec![("detail", self.detail.as_str().into()), ("position", position.into()), ("found", found.into())]
    }
}

/// What the checks need besides the two texts.
#[derive(Debug, Clone, Default)]
pub struct QaContext<'a> {
    pub glossary: &'a [Term],
    /// The digits the mission writes Arabic with, if it has chosen.
    pub digits: Option<Digits>,
    /// The target texts that do not fit an account they go out on.
    pub misfits: Vec<Misfit>,
}

/// Checks `target` (in `target_language`) against `source`. An empty list
/// means the translation passes. A target not written yet has nothing to
/// check (marking it done is refused for being empty, not for its checks).
pub fn check(
    source: &str,
    source_language: &LanguageCode,
    target: &str,
    target_language: &LanguageCode,
    context: &QaContext<'_>,
) -> Vec<QaIssue> {
    let mut issues = Vec::new();
    if target.trim().is_empty() {
        return issues;
    }
    let from = entities(source);
    let to = entities(target);
    // Each entity of the source must be in the target: links exactly,
    // hashtags and mentions whatever their case and accents. The issue
    // names the entity as the source writes it.
    let missing = |check: QaCheck, wanted: &[crate::text::Entity], have: &[crate::text::Entity], fold: bool| {
        let key = |value: &str| if fold { fold_for_comparison(value) } else { value.to_owned() };
        let have: Vec<String> = have.iter().map(|e| key(&e.value)).collect();
        wanted
            .iter()
            .filter(|e| !have.contains(&key(&e.value)))
            .map(|e| QaIssue { check, detail: e.value.clone(), position: None, found: None })
            .collect::<Vec<_>>()
    };
    issues.extend(missing(QaCheck::Links, &from.urls, &to.urls, false));
    issues.extend(missing(QaCheck::Hashtags, &from.hashtags, &to.hashtags, true));
    issues.extend(missing(QaCheck::Mentions, &from.mentions, &to.mentions, true));

    // Numbers outside links, hashtags and mentions; ٢٠٢٤ and 2024 are one number.
    let mut wanted = numbers(source, &from);
    for number in numbers(target, &to) {
        if let Some(index) = wanted.iter().position(|n| *n == number) {
            wanted.swap_remove(index);
        }
    }
    wanted.sort();
    wanted.dedup();
    issues.extend(wanted.into_iter().map(|n| QaIssue {
        check: QaCheck::Numbers,
        detail: n,
        position: None,
        found: None,
    }));

    for term in glossary::terms_in(source, source_language, context.glossary) {
        let required = if term.do_not_translate { term.form(source_language) } else { term.form(target_language) };
        if let Some(required) = required {
            if !glossary::occurs_in(target, required) {
                issues.push(QaIssue {
                    check: QaCheck::Glossary,
                    detail: required.to_owned(),
                    position: None,
                    found: None,
                });
            }
        }
    }

    for misfit in context.misfits.iter().filter(|m| m.language == *target_language) {
        let detail = format!("@{} ({}): {:?}", misfit.handle, misfit.platform, misfit.problem);
        issues.push(QaIssue { check: QaCheck::Limit, detail, position: None, found: None });
    }

    let folded = fold_for_comparison(target);
    if !folded.is_empty() && folded == fold_for_comparison(source) && source_language != target_language {
        issues.push(QaIssue { check: QaCheck::SameAsSource, detail: String::new(), position: None, found: None });
    }

    let skipped: Vec<(usize, usize)> = to.urls.iter().map(|e| (e.start, e.end)).collect();
    let chars = Chars::new(target, &skipped);
    match target_language.as_str() {
        "fr" => french_spacing(&chars, &mut issues),
        "ar" => {
            arabic_punctuation(&chars, &mut issues);
            tatweel(&chars, &mut issues);
            if let Some(digits) = context.digits {
                mission_digits(&chars, digits, &mut issues);
            }
        }
        _ => {}
    }
    issues.extend(language_issues(target, target_language, context.glossary));
    for (position, c) in chars.iter() {
        if is_bidi_control(c) {
            issues.push(QaIssue {
                check: QaCheck::BidiControls,
                detail: format!("U+{:04X}", u32::from(c)),
                position,
                found: None,
            });
        }
    }
    issues
}

/// The language check of `text`, written in `language`: each sentence that
/// reads as another language, glossary names (in any of their languages)
/// left out. Translations get it among their checks; the composer on its own.
pub fn language_issues(text: &str, language: &LanguageCode, glossary: &[Term]) -> Vec<QaIssue> {
    let names: Vec<&str> = glossary.iter().flat_map(|t| [t.ar.as_str(), t.fr.as_str(), t.en.as_str()]).collect();
    language_check::mismatches(text, language, &names)
        .into_iter()
        .map(|language_check::Mismatch { sentence, position, found }| QaIssue {
            check: QaCheck::Language,
            detail: sentence,
            position: Some(position),
            found: Some(found),
        })
        .collect()
}

/// The numbers of a text outside its links, hashtags and mentions (`found`,
/// the text's entities), as Latin digit strings (group separators split a
/// number the same way in every language, so they split here too).
fn numbers(text: &str, found: &crate::text::Entities) -> Vec<String> {
    let outside = found.blank_out(text);
    let mut out = Vec::new();
    let mut current = String::new();
    for c in outside.chars() {
        match digit_value(c) {
            Some(d) => current.push(d),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn digit_value(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(u32::from(c) - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(u32::from(c) - 0x06F0, 10),
        _ => None,
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The characters of a text with their positions (from 1), links left out.
struct Chars {
    all: Vec<(Option<usize>, char)>,
}

impl Chars {
    fn new(text: &str, skipped: &[(usize, usize)]) -> Self {
        let mut all = Vec::new();
        for (position, (byte, c)) in text.char_indices().enumerate() {
            let in_link = skipped.iter().any(|(start, end)| (*start..*end).contains(&byte));
            // A link is one unit: its characters stand as a neutral letter.
            all.push((Some(position + 1), if in_link { 'x' } else { c }));
        }
        Self { all }
    }

    fn iter(&self) -> impl Iterator<Item = (Option<usize>, char)> + '_ {
        self.all.iter().copied()
    }

    fn at(&self, index: usize) -> Option<char> {
        self.all.get(index).map(|(_, c)| *c)
    }
}

const NO_BREAK: [char; 2] = ['\u{00A0}', '\u{202F}'];

/// French puts a no-break space before ; : ! ? and inside « »; a plain
/// space breaks the line before the mark, no space is a typo. A colon
/// between digits (14:30) is a time.
fn french_spacing(chars: &Chars, issues: &mut Vec<QaIssue>) {
    for (index, (position, c)) in chars.iter().enumerate() {
        let before = index.checked_sub(1).and_then(|i| chars.at(i));
        let after = chars.at(index + 1);
        let wants_space_before = match c {
            ';' | '!' | '?' | ':' | '»' => before.is_some_and(|b| !NO_BREAK.contains(&b) && !"!?;:".contains(b)),
            _ => false,
        };
        let time = c == ':' && before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit());
        let wants_space_after = c == '«' && after.is_some_and(|a| !NO_BREAK.contains(&a));
        if (wants_space_before && !time) || wants_space_after {
            issues.push(QaIssue { check: QaCheck::FrenchSpacing, detail: c.to_string(), position, found: None });
        }
    }
}

/// Arabic writes ، ؛ ؟ where Latin writes , ; ? (a comma between digits is
/// part of a number).
fn arabic_punctuation(chars: &Chars, issues: &mut Vec<QaIssue>) {
    let replacement: BTreeMap<char, char> = [(',', '،'), (';', '؛'), ('?', '؟')].into_iter().collect();
    for (index, (position, c)) in chars.iter().enumerate() {
        let Some(arabic) = replacement.get(&c) else { continue };
        let between_digits = index.checked_sub(1).and_then(|i| chars.at(i)).and_then(digit_value).is_some()
            && chars.at(index + 1).and_then(digit_value).is_some();
        if !between_digits {
            issues.push(QaIssue {
                check: QaCheck::ArabicPunctuation,
                detail: format!("{c} → {arabic}"),
                position,
                found: None,
            });
        }
    }
}

/// Tatweel stretches letters for display; in a post it breaks search and
/// screen readers. One issue per run.
fn tatweel(chars: &Chars, issues: &mut Vec<QaIssue>) {
    let mut previous = None;
    for (position, c) in chars.iter() {
        if c == '\u{0640}' && previous != Some('\u{0640}') {
            issues.push(QaIssue { check: QaCheck::Tatweel, detail: String::new(), position, found: None });
        }
        previous = Some(c);
    }
}

/// The other kind of digits than the mission writes Arabic with.
fn mission_digits(chars: &Chars, digits: Digits, issues: &mut Vec<QaIssue>) {
    let wrong = |c: char| match digits {
        Digits::Latin => ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c),
        Digits::ArabicIndic => c.is_ascii_digit(),
    };
    if let Some((position, c)) = chars.iter().find(|(_, c)| wrong(*c)) {
        issues.push(QaIssue { check: QaCheck::Digits, detail: c.to_string(), position, found: None });
    }
}

#[cfg(test)]
mod tests;
