//! Counting a text as a platform does.

use diwan_core::platform::{CountOptions, Platform, TextProblem};
use diwan_core::preview;

use crate::dto::{CountDto, EntityDto};
use crate::ApiError;

/// Byte offsets in `text` as UTF-16 offsets, the unit JavaScript indexes
/// in: one pass over the text for all of them, so many entities cost no more
/// than a few.
fn utf16_offsets(text: &str, bytes: &[usize]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_unstable_by_key(|&i| bytes[i]);
    let mut out = vec![0; bytes.len()];
    let mut units = 0_usize;
    let mut chars = text.char_indices().peekable();
    for i in order {
        let target = bytes[i].min(text.len());
        while let Some(&(byte, ch)) = chars.peek() {
            if byte >= target {
                break;
            }
            units += ch.len_utf16();
            chars.next();
        }
        out[i] = u32::try_from(units).unwrap_or(u32::MAX);
    }
    out
}

/// Measures `text` for `platform`, with an account's own limit if it has one.
pub fn count(platform: &str, text: &str, limit_override: Option<u32>, has_media: bool) -> Result<CountDto, ApiError> {
    let platform: Platform = platform.parse()?;
    let options = CountOptions { limit_override, content_warning: None, has_media };
    let preview = preview::preview(platform, text, &options);
    let (count, found, fits) = (preview.count, preview.entities, preview.fits);
    let listed: Vec<(&str, &diwan_core::text::Entity)> =
        [("hashtag", &found.hashtags), ("mention", &found.mentions), ("url", &found.urls)]
            .into_iter()
            .flat_map(|(kind, list)| list.iter().map(move |e| (kind, e)))
            .collect();
    let bytes: Vec<usize> = listed.iter().flat_map(|(_, e)| [e.start, e.end]).chain([fits]).collect();
    let units = utf16_offsets(text, &bytes);
    let mut entities: Vec<EntityDto> = listed
        .iter()
        .zip(units.chunks_exact(2))
        .map(|((kind, _), range)| EntityDto { kind: (*kind).to_owned(), start: range[0], end: range[1] })
        .collect();
    entities.sort_by_key(|e| e.start);
    Ok(CountDto {
        platform: platform.as_str().to_owned(),
        length: count.length,
        limit: count.limit,
        valid: count.is_valid(),
        problems: count
            .problems
            .iter()
            .map(|p| match p {
                TextProblem::Empty => "empty".to_owned(),
                TextProblem::OverLimit { .. } => "over-limit".to_owned(),
                TextProblem::OverBytes { .. } => "over-bytes".to_owned(),
                TextProblem::TooManyHashtags { .. } => "too-many-hashtags".to_owned(),
                TextProblem::InvalidCharacters => "invalid-characters".to_owned(),
            })
            .collect(),
        fits: units.last().copied().unwrap_or(0),
        entities,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_come_back_in_the_order_asked() {
        let text = "😀a😀b";
        assert_eq!(utf16_offsets(text, &[text.len(), 0, 4, 5]), [6, 0, 2, 3]);
    }

    #[test]
    fn offsets_are_utf16_for_the_ui() {
        // "😀 " is 3 UTF-16 units; the hashtag starts after it.
        let dto = count("x", "😀 #الجزائر https://mfa.gov.dz", None, false).expect("count");
        assert_eq!(dto.entities[0].kind, "hashtag");
        assert_eq!(dto.entities[0].start, 3);
        assert_eq!(dto.entities[0].end, 3 + u32::try_from("#الجزائر".encode_utf16().count()).expect("len"));
        assert_eq!(dto.entities[1].kind, "url");
        assert_eq!(dto.fits, u32::try_from("😀 #الجزائر https://mfa.gov.dz".encode_utf16().count()).expect("fits"));
        let long = count("x", &"ب".repeat(300), None, false).expect("count");
        assert_eq!((long.fits, long.valid), (280, false));
    }
}
