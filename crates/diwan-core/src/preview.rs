//! What the composer shows for one platform, from one look at the text: the
//! count and its problems, where the platform cuts, and the entities to
//! highlight. Each piece of the text is parsed once, however much is shown:
//! twitter-text's parser is the slow part, and the composer asks on every
//! pause in typing.

use crate::platform::{self, Count, CountOptions, Counting, Platform};
use crate::text::{self, Entities, Entity, Kind};

/// A text as one platform shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub count: Count,
    /// The longest prefix (in bytes) that fits: where the preview cuts.
    pub fits: usize,
    pub entities: Entities,
}

/// Counts, cuts and finds entities in `text` as `platform` does. The same
/// answers as [`platform::count`], [`platform::fitting_prefix`] and
/// [`text::entities`] (tested), for the price of one.
pub fn preview(platform: Platform, text: &str, options: &CountOptions) -> Preview {
    let rule = platform.rule();
    let limit = platform::limit_for(rule, options);
    let pieces = text::pieces(text);
    let found: Vec<Vec<(Kind, Entity)>> = pieces.iter().map(|piece| text::scan_piece(text, piece)).collect();
    let lengths = piece_lengths(rule.counting, text, &pieces, &found);
    let before = match rule.counting {
        Counting::Mastodon => {
            options.content_warning.as_deref().map_or(0, |cw| platform::saturating_u32(cw.chars().count()))
        }
        _ => 0,
    };
    let length = match &lengths {
        Some(lengths) => lengths.iter().fold(before, |sum, l| sum.saturating_add(*l)),
        None => platform::measure(rule.counting, text, options, limit).0,
    };
    let hashtags = || found.iter().flatten().filter(|(kind, _)| *kind == Kind::Hashtag).count();
    let count = platform::counted(platform, text, length, limit, hashtags);
    let fits = match &lengths {
        _ if platform::measure_fits(rule.counting, text, length, limit) => text.len(),
        Some(lengths) => platform::cut_in_piece(rule.counting, text, &pieces, lengths, before, limit),
        None => platform::fitting_prefix(platform, text, options),
    };
    Preview { count, fits, entities: Entities::from_found(found.into_iter().flatten()) }
}

/// Each piece's length where lengths add up piece by piece (X on text in
/// NFC, Mastodon), from the entities already found; `None` elsewhere.
fn piece_lengths(
    counting: Counting,
    text: &str,
    pieces: &[text::Piece],
    found: &[Vec<(Kind, Entity)>],
) -> Option<Vec<u32>> {
    match counting {
        Counting::XWeighted if unicode_normalization::is_nfc(text) => {
            Some(platform::x_piece_lengths(text, pieces, found))
        }
        Counting::Mastodon => Some(
            pieces
                .iter()
                .zip(found)
                .map(|(piece, found)| platform::mastodon_length_of(&text[piece.range.clone()], found))
                .collect(),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// One look gives what the three separate functions give.
        #[test]
        fn a_preview_is_the_count_the_cut_and_the_entities(
            text in crate::text::tests::tweet_like(),
            limit in proptest::option::of(1u32..60),
            platform in proptest::sample::select(Platform::ALL.to_vec()),
        ) {
            let options = CountOptions { limit_override: limit.filter(|_| platform.rule().limit_per_account), ..Default::default() };
            let preview = preview(platform, &text, &options);
            prop_assert_eq!(&preview.count, &platform::count(platform, &text, &options), "{:?}", text);
            prop_assert_eq!(preview.fits, platform::fitting_prefix(platform, &text, &options), "{:?}", text);
            prop_assert_eq!(&preview.entities, &text::entities(&text));
        }
    }
}
