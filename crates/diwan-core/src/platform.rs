//! Platforms and how each counts a post's length.
//!
//! Platform rules change (Instagram's hashtag cap did), so every rule lives in
//! one table, [`RULES`], with the date it was last checked. Counting follows
//! each platform's own definition: X's weighted length from twitter-text,
//! Bluesky's graphemes and bytes, Telegram's UTF-16 units, and so on. What the
//! user typed is counted as typed: directional marks included.

use std::str::FromStr;

use twitter_text::extractor::ParserBackend;
use unicode_segmentation::UnicodeSegmentation;

use crate::message::{Localized, MessageArg};
use crate::text::{self, Kind};
use crate::vocabulary::vocabulary;

vocabulary! {
    pub enum Platform {
        X => "x",
        Facebook => "facebook",
        Instagram => "instagram",
        Linkedin => "linkedin",
        Threads => "threads",
        Bluesky => "bluesky",
        Mastodon => "mastodon",
        Telegram => "telegram",
        Weibo => "weibo",
        Youtube => "youtube",
    }
}

impl Platform {
    pub fn rule(self) -> &'static PlatformRule {
        // RULES has one entry per platform, in the order of Platform::ALL (tested).
        &RULES[self as usize]
    }
}

/// A platform name that Diwan does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown platform {0:?}")]
pub struct UnknownPlatform(pub String);

impl Localized for UnknownPlatform {
    fn message_id(&self) -> &'static str {
        "error-platform-unknown"
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        vec![("platform", self.0.as_str().into()), ("valid", Platform::NAMES.join(", ").into())]
    }
}

impl FromStr for Platform {
    type Err = UnknownPlatform;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase();
        // X's former name still reaches it.
        let name = if s == "twitter" { "x" } else { s.as_str() };
        Self::from_name(name).ok_or(UnknownPlatform(s))
    }
}

/// How a platform measures a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// twitter-text's weighted length: most scripts 1, CJK and emoji 2, every URL 23.
    XWeighted,
    /// Unicode scalar values (what most web forms call characters).
    Chars,
    /// Extended grapheme clusters, with a separate cap on UTF-8 bytes.
    Graphemes { max_bytes: u32 },
    /// Characters, every URL as 23, a remote mention as its local part; the
    /// content warning counts too.
    Mastodon,
    /// UTF-16 code units.
    Utf16,
    /// Weibo: a CJK or other wide character is 1, two ASCII characters are 1.
    HalfWidthAscii,
}

/// One platform's rule, with the date it was last checked against the
/// platform's own documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlatformRule {
    pub platform: Platform,
    pub counting: Counting,
    /// The limit for a post's text.
    pub limit: u32,
    /// A lower limit for a caption under media (Telegram).
    pub caption_limit: Option<u32>,
    /// The most hashtags one post may carry.
    pub hashtag_cap: Option<u32>,
    /// Whether one account's limit may differ (X premium, a Mastodon instance).
    pub limit_per_account: bool,
    /// ISO date on which this row was last checked.
    pub checked: &'static str,
    pub note: &'static str,
}

/// Every platform's rule, in the order of [`Platform::ALL`].
pub const RULES: [PlatformRule; 10] = [
    PlatformRule {
        platform: Platform::X,
        counting: Counting::XWeighted,
        limit: 280,
        caption_limit: None,
        hashtag_cap: None,
        limit_per_account: true,
        checked: "2026-11-23",
        note: "Premium accounts may post up to 25,000: set the account's own limit.",
    },
    PlatformRule {
        platform: Platform::Facebook,
        counting: Counting::Chars,
        limit: 63_206,
        caption_limit: None,
        hashtag_cap: None,
        limit_per_account: false,
        checked: "2026-11-23",
        note: "Page posts.",
    },
    PlatformRule {
        platform: Platform::Instagram,
        counting: Counting::Chars,
        limit: 2_200,
        caption_limit: None,
        hashtag_cap: Some(5),
        limit_per_account: false,
        checked: "2026-11-23",
        note: "Captions. The hashtag cap fell from 30 to 5.",
    },
    PlatformRule {
        platform: Platform::Linkedin,
        counting: Counting::Chars,
        limit: 3_000,
        caption_limit: None,
        hashtag_cap: None,
        limit_per_account: false,
        checked: "2026-11-23",
        note: "Posts from a page or a member.",
    },
    PlatformRule {
        platform: Platform::Threads,
        counting: Counting::Chars,
        limit: 500,
        caption_limit: None,
        hashtag_cap: Some(1),
        limit_per_account: false,
        checked: "2026-11-23",
        note: "One topic tag per post.",
    },
    PlatformRule {
        platform: Platform::Bluesky,
        counting: Counting::Graphemes { max_bytes: 3_000 },
        limit: 300,
        caption_limit: None,
        hashtag_cap: None,
        limit_per_account: false,
        checked: "2026-11-23",
        note: "300 graphemes and 3,000 UTF-8 bytes, both enforced.",
    },
    PlatformRule {
        platform: Platform::Mastodon,
        counting: Counting::Mastodon,
        limit: 500,
        caption_limit: None,
        hashtag_cap: None,
        limit_per_account: true,
        checked: "2026-11-23",
        note: "500 on mastodon.social; each instance sets its own.",
    },
    PlatformRule {
        platform: Platform::Telegram,
        counting: Counting::Utf16,
        limit: 4_096,
        caption_limit: Some(1_024),
        hashtag_cap: None,
        limit_per_account: true,
        checked: "2026-11-23",
        note: "Messages 4,096, media captions 1,024 (premium: 4,096) UTF-16 units.",
    },
    PlatformRule {
        platform: Platform::Weibo,
        counting: Counting::HalfWidthAscii,
        limit: 2_000,
        caption_limit: None,
        hashtag_cap: None,
        limit_per_account: false,
        checked: "2026-11-23",
        note: "Two ASCII characters count as one.",
    },
    PlatformRule {
        platform: Platform::Youtube,
        counting: Counting::Chars,
        limit: 5_000,
        caption_limit: None,
        hashtag_cap: Some(15),
        limit_per_account: false,
        checked: "2026-11-23",
        note: "Video descriptions; more than 15 hashtags and all are ignored.",
    },
];

/// What a count depends on beyond the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CountOptions {
    /// The account's own limit, where the platform lets it differ.
    pub limit_override: Option<u32>,
    /// Mastodon's content warning, which counts toward the limit.
    pub content_warning: Option<String>,
    /// Media attached: Telegram then counts the text as a caption.
    pub has_media: bool,
}

/// Why a text does not fit a platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    OverLimit {
        length: u32,
        limit: u32,
    },
    OverBytes {
        bytes: u32,
        max: u32,
    },
    TooManyHashtags {
        count: u32,
        cap: u32,
    },
    /// X refuses some characters (e.g. U+FFFE) outright.
    InvalidCharacters,
}

/// A text measured as one platform measures it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub platform: Platform,
    pub length: u32,
    pub limit: u32,
    pub problems: Vec<TextProblem>,
}

impl Count {
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }
}

/// twitter-text's default (nom) parser panics on some Arabic input such as
/// "ب@@" (it slices inside a character) and disagrees with the pest one on
/// edge cases such as "t.co/" (not a link for nom, 23 for X); the pest-based
/// one with its TLD table is the one Diwan trusts.
pub(crate) const PARSER: ParserBackend = ParserBackend::External;

/// The length a URL counts for on X and Mastodon.
const URL_LENGTH: u32 = 23;

pub(crate) fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The limit that applies: the caption limit under media, the account's own
/// where the platform lets it differ.
pub(crate) fn limit_for(rule: &PlatformRule, options: &CountOptions) -> u32 {
    let base = match (rule.caption_limit, options.has_media) {
        (Some(caption), true) => caption,
        _ => rule.limit,
    };
    if rule.limit_per_account {
        options.limit_override.unwrap_or(base)
    } else {
        base
    }
}

/// `text`'s length as the platform counts it, and whether it fits by length
/// (and by bytes, where those are capped too).
pub(crate) fn measure(counting: Counting, text: &str, options: &CountOptions, limit: u32) -> (u32, bool) {
    let length = match counting {
        Counting::XWeighted => x_weighted_length(text).0,
        Counting::Chars => saturating_u32(text.chars().count()),
        Counting::Graphemes { .. } => saturating_u32(text.graphemes(true).count()),
        Counting::Mastodon => {
            mastodon_length(text)
                + options.content_warning.as_deref().map_or(0, |cw| saturating_u32(cw.chars().count()))
        }
        Counting::Utf16 => saturating_u32(text.encode_utf16().count()),
        Counting::HalfWidthAscii => {
            let ascii = text.chars().filter(char::is_ascii).count();
            let wide = text.chars().count() - ascii;
            saturating_u32(wide + ascii.div_ceil(2))
        }
    };
    (length, measure_fits(counting, text, length, limit))
}

/// Whether a text of `length` (already measured) fits, bytes included.
pub(crate) fn measure_fits(counting: Counting, text: &str, length: u32, limit: u32) -> bool {
    let bytes_fit = match counting {
        Counting::Graphemes { max_bytes } => saturating_u32(text.len()) <= max_bytes,
        _ => true,
    };
    length <= limit && bytes_fit
}

/// Measures `text` as `platform` does.
pub fn count(platform: Platform, text: &str, options: &CountOptions) -> Count {
    let rule = platform.rule();
    let limit = limit_for(rule, options);
    let (length, _) = measure(rule.counting, text, options, limit);
    counted(platform, text, length, limit, || text::find(text, Kind::Hashtag).len())
}

/// The count of `text` once its length is known; `hashtags` is asked only
/// where the platform caps them.
pub(crate) fn counted(
    platform: Platform,
    text: &str,
    length: u32,
    limit: u32,
    hashtags: impl FnOnce() -> usize,
) -> Count {
    let rule = platform.rule();
    let mut problems = Vec::new();
    if text.trim().is_empty() {
        problems.push(TextProblem::Empty);
    }
    if let Counting::Graphemes { max_bytes } = rule.counting {
        let bytes = saturating_u32(text.len());
        if bytes > max_bytes {
            problems.push(TextProblem::OverBytes { bytes, max: max_bytes });
        }
    }
    if rule.counting == Counting::XWeighted && length <= limit && !text.trim().is_empty() && x_refuses(text) {
        problems.push(TextProblem::InvalidCharacters);
    }
    if length > limit {
        problems.push(TextProblem::OverLimit { length, limit });
    }
    if let Some(cap) = rule.hashtag_cap {
        let hashtags = saturating_u32(hashtags());
        if hashtags > cap {
            problems.push(TextProblem::TooManyHashtags { count: hashtags, cap });
        }
    }
    Count { platform, length, limit, problems }
}

/// The longest prefix of `text` (its length in bytes) that `platform`
/// accepts by length: where a preview shows the cut.
pub fn fitting_prefix(platform: Platform, text: &str, options: &CountOptions) -> usize {
    let rule = platform.rule();
    let limit = limit_for(rule, options);
    if measure(rule.counting, text, options, limit).1 {
        return text.len();
    }
    // X's and Mastodon's lengths add up piece by piece (no entity crosses
    // a piece): find the piece where the limit falls and search only there.
    // X counts the NFC form, whose byte offsets are the text's own only when
    // the text is already in NFC, as typed text almost always is.
    let additive = match rule.counting {
        Counting::XWeighted => unicode_normalization::is_nfc(text),
        Counting::Mastodon => true,
        _ => false,
    };
    if additive {
        let pieces = text::pieces(text);
        let none = CountOptions::default();
        let lengths: Vec<u32> =
            pieces.iter().map(|p| measure(rule.counting, &text[p.range.clone()], &none, u32::MAX).0).collect();
        let before = options.content_warning.as_deref().map_or(0, |cw| saturating_u32(cw.chars().count()));
        return cut_in_piece(rule.counting, text, &pieces, &lengths, before, limit);
    }
    longest_fitting(text, 0, text.len(), |end| measure(rule.counting, &text[..end], options, limit).1)
}

/// The cut where lengths add up piece by piece: searched only in the piece
/// where the limit falls.
pub(crate) fn cut_in_piece(
    counting: Counting,
    text: &str,
    pieces: &[text::Piece],
    lengths: &[u32],
    mut before: u32,
    limit: u32,
) -> usize {
    let none = CountOptions::default();
    for (piece, length) in pieces.iter().zip(lengths) {
        if before.saturating_add(*length) > limit {
            let start = piece.range.start;
            let fits =
                |end: usize| before.saturating_add(measure(counting, &text[start..end], &none, u32::MAX).0) <= limit;
            return longest_fitting(text, start, piece.range.end, fits);
        }
        before = before.saturating_add(*length);
    }
    text.len()
}

/// The last character boundary in `from..=to` at which `fits` holds, by
/// binary search; `fits(from)` is taken to hold and `fits(to)` not to.
pub(crate) fn longest_fitting(text: &str, from: usize, to: usize, fits: impl Fn(usize) -> bool) -> usize {
    let ends: Vec<usize> = text[from..to].char_indices().map(|(i, _)| from + i).collect();
    let (mut fitting, mut too_long) = (0, ends.len());
    while fitting + 1 < too_long {
        let middle = (fitting + too_long) / 2;
        if fits(ends[middle]) {
            fitting = middle;
        } else {
            too_long = middle;
        }
    }
    ends.get(fitting).copied().unwrap_or(from)
}

pub(crate) fn mastodon_length(text: &str) -> u32 {
    mastodon_length_of(text, &text::scan(text))
}

/// Mastodon's length of `text` given the entities found in it: links count
/// 23, and "@press@mastodon.social" counts as "@press".
pub(crate) fn mastodon_length_of(text: &str, found: &[(Kind, text::Entity)]) -> u32 {
    let mut length = saturating_u32(text.chars().count());
    for (kind, entity) in found {
        match kind {
            Kind::Url => length = length - saturating_u32(entity.value.chars().count()) + URL_LENGTH,
            _ if Kind::FederatedMention.includes(*kind) => {
                if let Some((_, domain)) = entity.value.trim_start_matches('@').split_once('@') {
                    length -= saturating_u32(domain.chars().count()) + 1;
                }
            }
            _ => {}
        }
    }
    length
}

/// Whether `text` holds a character X refuses outright.
pub(crate) fn x_refuses(text: &str) -> bool {
    text.contains(['\u{FFFE}', '\u{FEFF}', '\u{FFFF}'])
}

/// The weight of one character on X, from twitter-text's table (scaled: a
/// character counting 1 weighs `config.scale`).
pub(crate) fn x_char_weight(ch: char) -> i64 {
    let config = twitter_text_config::config_v3();
    let code = i32::try_from(u32::from(ch)).unwrap_or(i32::MAX);
    i64::from(config.ranges.iter().find(|r| r.contains(code)).map_or(config.default_weight, |r| r.weight))
}

/// X's weight (scaled) of a piece in which no entity can start, read the
/// way twitter-text's grammar reads it: an emoji sequence (a start, then
/// joiners, skin tones, variation selectors, keycaps, flags and tags,
/// greedily) weighs as one character of default weight when it is an emoji
/// `emojis` knows, and as its characters otherwise; every other character
/// weighs what the table says.
pub(crate) fn x_plain_weight(part: &str) -> i64 {
    let default = i64::from(twitter_text_config::config_v3().default_weight);
    let chars: Vec<char> = part.chars().collect();
    let (mut total, mut i) = (0, 0);
    while i < chars.len() {
        let mut end = i + 1;
        if is_emoji_start(chars[i]) {
            loop {
                match chars.get(end) {
                    Some('\u{200D}') if chars.get(end + 1).copied().is_some_and(is_emoji_start) => end += 2,
                    Some(&c) if is_emoji_continuation(c) => end += 1,
                    _ => break,
                }
            }
            let candidate: String = chars[i..end].iter().collect();
            if emojis::get(&candidate).is_some() {
                total += default;
                i = end;
                continue;
            }
        }
        total += chars[i..end].iter().copied().map(x_char_weight).sum::<i64>();
        i = end;
    }
    total
}

/// twitter-text's `emoji_start`.
fn is_emoji_start(c: char) -> bool {
    matches!(c, '\u{A9}'..='\u{AE}' | '\u{203C}'..='\u{3299}' | '\u{1F000}'..='\u{1FAFF}' | '#' | '*' | '0'..='9')
}

/// twitter-text's `emoji_continuation`, the joiner aside.
fn is_emoji_continuation(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}' | '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' | '\u{1F1E0}'..='\u{1F1FF}' | '\u{E0000}'..='\u{E007F}')
}

/// X's scale: the weight of a character that counts 1, and a link's weight.
pub(crate) fn x_scale() -> (i64, i64) {
    let config = twitter_text_config::config_v3();
    (i64::from(config.scale.max(1)), i64::from(config.transformed_url_length) * i64::from(config.scale))
}

/// X's weighted length (twitter-text's configuration version 3, what X
/// counts with today) of the NFC form of `text`, and whether it holds a
/// character X refuses.
pub(crate) fn x_weighted_length(text: &str) -> (u32, bool) {
    use unicode_normalization::{is_nfc, UnicodeNormalization};

    let normalized: std::borrow::Cow<'_, str> =
        if is_nfc(text) { text.into() } else { text.nfc().collect::<String>().into() };
    let pieces = text::pieces(&normalized);
    let found: Vec<Vec<(Kind, text::Entity)>> =
        pieces.iter().map(|piece| text::scan_piece(&normalized, piece)).collect();
    let length = x_piece_lengths(&normalized, &pieces, &found).iter().fold(0_u32, |sum, l| sum.saturating_add(*l));
    (length, x_refuses(&normalized))
}

/// X's length of each piece of `text` (in NFC), given the entities found in
/// each. A piece that cannot hold an entity is weighed the way
/// twitter-text's grammar and table weigh it; one that holds links weighs
/// its characters but 23 for each link; one that also may hold an emoji is
/// left to twitter-text's own reading.
pub(crate) fn x_piece_lengths(text: &str, pieces: &[text::Piece], found: &[Vec<(Kind, text::Entity)>]) -> Vec<u32> {
    let config = twitter_text_config::config_v3();
    let (scale, url_weight) = x_scale();
    let length = |scaled: i64| u32::try_from(scaled / scale).unwrap_or(u32::MAX);
    pieces
        .iter()
        .zip(found)
        .map(|(piece, found)| {
            let part = &text[piece.range.clone()];
            if !piece.hot {
                return length(x_plain_weight(part));
            }
            if piece.emoji {
                let parsed = twitter_text::parse_with_parser_backend(part, config, true, PARSER);
                return u32::try_from(parsed.weighted_length).unwrap_or(0);
            }
            let mut scaled: i64 = part.chars().map(x_char_weight).sum();
            for (_, link) in found.iter().filter(|(kind, _)| *kind == Kind::Url) {
                scaled += url_weight - text[link.start..link.end].chars().map(x_char_weight).sum::<i64>();
            }
            length(scaled)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(platform: Platform, text: &str) -> (u32, u32, bool) {
        let count = count(platform, text, &CountOptions::default());
        (count.length, count.limit, count.is_valid())
    }

    #[test]
    fn the_rule_table_has_one_row_per_platform_in_order() {
        for (index, platform) in Platform::ALL.into_iter().enumerate() {
            assert_eq!(RULES[index].platform, platform);
            assert_eq!(platform.as_str().parse::<Platform>(), Ok(platform));
            assert_eq!(RULES[index].checked.len(), 10, "checked is an ISO date");
        }
        assert_eq!("Twitter".parse::<Platform>(), Ok(Platform::X));
        assert!("myspace".parse::<Platform>().is_err());
    }

    #[test]
    fn x_weights_urls_cjk_and_emoji() {
        assert_eq!(check(Platform::X, "hello"), (5, 280, true));
        assert_eq!(check(Platform::X, "مرحبا بالعالم"), (13, 280, true), "Arabic counts 1 per character");
        assert_eq!(check(Platform::X, "日本語"), (6, 280, true), "CJK counts 2");
        assert_eq!(check(Platform::X, "👍"), (2, 280, true), "an emoji counts 2");
        let url = "https://www.mfa.gov.dz/ar/press-releases/a-very-long-path-indeed-that-goes-on";
        assert_eq!(check(Platform::X, url).0, 23, "every URL counts 23");
    }

    #[test]
    fn x_rejects_past_its_limit_and_honours_an_account_limit() {
        let long = "ب".repeat(281);
        let count_default = count(Platform::X, &long, &CountOptions::default());
        assert_eq!(count_default.problems, [TextProblem::OverLimit { length: 281, limit: 280 }]);
        let premium = count(Platform::X, &long, &CountOptions { limit_override: Some(25_000), ..Default::default() });
        assert!(premium.is_valid(), "{premium:?}");
        assert_eq!(premium.limit, 25_000);
    }

    #[test]
    fn directional_marks_typed_by_the_user_count_as_the_platform_counts_them() {
        // U+200F RIGHT-TO-LEFT MARK is one UTF-16 unit and one character.
        let text = "\u{200F}DZ-FR\u{200F}";
        assert_eq!(check(Platform::Telegram, text).0, 7);
        assert_eq!(check(Platform::Linkedin, text).0, 7);
    }

    #[test]
    fn bluesky_counts_graphemes_and_caps_bytes() {
        // A family emoji is one grapheme of seven scalar values.
        assert_eq!(check(Platform::Bluesky, "👨‍👩‍👧‍👦").0, 1);
        assert_eq!(check(Platform::Bluesky, &"س".repeat(300)), (300, 300, true));
        // 300 graphemes of 12 bytes each pass the grapheme limit but not the byte cap.
        let heavy = "é\u{301}\u{301}\u{301}\u{301}\u{301}".repeat(300);
        let count = count(Platform::Bluesky, &heavy, &CountOptions::default());
        assert_eq!(count.length, 300);
        assert!(count.problems.iter().any(|p| matches!(p, TextProblem::OverBytes { max: 3000, .. })), "{count:?}");
    }

    #[test]
    fn mastodon_counts_urls_as_23_remote_mentions_locally_and_the_content_warning() {
        let text = "بيان @press@mastodon.social https://www.diplomatie.gouv.fr/fr/le-ministere-et-son-reseau/";
        // "بيان " 5 + "@press" 6 + " " 1 + URL 23.
        assert_eq!(check(Platform::Mastodon, text).0, 35);
        let with_cw = count(
            Platform::Mastodon,
            text,
            &CountOptions { content_warning: Some("سياسة".into()), ..Default::default() },
        );
        assert_eq!(with_cw.length, 40);
        let instance = count(
            Platform::Mastodon,
            &"a".repeat(600),
            &CountOptions { limit_override: Some(1000), ..Default::default() },
        );
        assert!(instance.is_valid());
    }

    #[test]
    fn telegram_counts_utf16_units_and_captions_are_shorter() {
        assert_eq!(check(Platform::Telegram, "😀").0, 2, "an astral character is two UTF-16 units");
        let text = "x".repeat(2000);
        assert!(check(Platform::Telegram, &text).2);
        let caption = count(Platform::Telegram, &text, &CountOptions { has_media: true, ..Default::default() });
        assert_eq!(caption.limit, 1024);
        assert!(!caption.is_valid());
    }

    #[test]
    fn instagram_caps_hashtags_arabic_ones_included() {
        let text = "#الجزائر #فرنسا #ثقافة #تراث #لغة #رياضة";
        let count = count(Platform::Instagram, text, &CountOptions::default());
        assert_eq!(count.problems, [TextProblem::TooManyHashtags { count: 6, cap: 5 }]);
    }

    #[test]
    fn the_fitting_prefix_is_where_a_preview_cuts() {
        let text = "ب".repeat(285);
        let cut = fitting_prefix(Platform::X, &text, &CountOptions::default());
        assert_eq!(text[..cut].chars().count(), 280);
        assert_eq!(fitting_prefix(Platform::X, "short", &CountOptions::default()), 5);
        // Telegram counts UTF-16: an emoji is two units and is never split.
        let emoji = "😀".repeat(600);
        let cut = fitting_prefix(Platform::Telegram, &emoji, &CountOptions { has_media: true, ..Default::default() });
        assert_eq!(emoji[..cut].chars().count(), 512);
    }

    #[test]
    fn weibo_counts_two_ascii_characters_as_one() {
        assert_eq!(check(Platform::Weibo, "中国abc").0, 4);
    }

    #[test]
    fn an_empty_text_is_never_valid() {
        for platform in Platform::ALL {
            let count = count(platform, "  ", &CountOptions::default());
            assert_eq!(count.problems.first(), Some(&TextProblem::Empty), "{platform}");
        }
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// X's length from the pieces is twitter-text's length of the whole text.
        #[test]
        fn x_length_from_pieces_is_twitter_texts_length_of_the_whole_text(text in crate::text::tests::tweet_like()) {
            let whole = twitter_text::parse_with_parser_backend(&text, twitter_text_config::config_v3(), true, PARSER);
            prop_assert_eq!(i64::from(x_weighted_length(&text).0), i64::from(whole.weighted_length), "{:?}", text);
        }

        /// The cut is where the preview may cut: the text up to it fits as a
        /// whole, and one more character would not. (Lengths are not
        /// monotonic on X: a link's prefix may count more than the link, so
        /// several cuts can qualify; any of them is right.)
        #[test]
        fn the_cut_found_piece_by_piece_fits_and_one_more_character_does_not(
            text in crate::text::tests::tweet_like(),
            limit in 1u32..60,
            platform in proptest::sample::select(vec![Platform::X, Platform::Mastodon]),
        ) {
            let options = CountOptions { limit_override: Some(limit), ..Default::default() };
            let fits = |end: usize| measure(platform.rule().counting, &text[..end], &options, limit).1;
            let cut = fitting_prefix(platform, &text, &options);
            prop_assert!(text.is_char_boundary(cut));
            prop_assert!(cut == 0 || fits(cut), "{:?} up to {} does not fit", text, cut);
            if let Some(next) = text[cut..].chars().next() {
                prop_assert!(!fits(cut + next.len_utf8()), "{:?}: one more character after {} fits too", text, cut);
            }
        }

        #[test]
        fn counting_never_panics_and_an_empty_text_is_never_valid(text in "[ a-zA-Z0-9@#:/._ب-ي\u{200f}\u{2068}\u{2069}😀日-]{0,80}") {
            for platform in Platform::ALL {
                let count = count(platform, &text, &CountOptions::default());
                if text.trim().is_empty() {
                    prop_assert!(!count.is_valid());
                }
            }
        }
    }
}

/// Inputs that once broke counting, named after what broke.
#[cfg(test)]
mod regression {
    use super::*;

    #[test]
    fn twitter_text_nom_parser_panicked_on_an_arabic_letter_before_at_signs() {
        for text in ["ب@@", "مرحباRT@x", "ب@@ بRT@a", "سRT: @a"] {
            for platform in Platform::ALL {
                let _ = count(platform, text, &CountOptions::default());
            }
            let _ = crate::text::entities(text);
        }
    }
}
#[cfg(test)]
mod emoji_weights {
    /// Emoji sequences twitter-text's grammar reads in its own way (two flags
    /// glued are one invalid sequence; an unfinished tag sequence too), each
    /// weighed by Diwan as twitter-text weighs it.
    #[test]
    fn emoji_are_weighed_as_twitter_text_weighs_them() {
        for text in [
            "🇩🇿🇫🇷",
            "🇩🇿 🇫🇷",
            "👍\u{1f3fd}",
            "👨\u{200d}👩\u{200d}👧",
            "🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}",
            "🏴\u{e0067}\u{e0062}\u{e007f}",
            "1\u{fe0f}\u{20e3}",
            "#\u{fe0f}\u{20e3}",
            "*",
            "©",
            "ª«\u{ad}®",
            "〰あ",
            "™↔",
            "😀\u{fe0e}",
            "a\u{fe0e}",
            "👍👍👍",
            "\u{200d}😀",
            "😀\u{200d}",
            "9️",
            "日本😀語",
        ] {
            let theirs =
                twitter_text::parse_with_parser_backend(text, twitter_text_config::config_v3(), true, super::PARSER);
            assert_eq!(i64::from(super::x_weighted_length(text).0), i64::from(theirs.weighted_length), "{text:?}");
        }
    }
}
