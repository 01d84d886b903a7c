//! Counting a text as a platform does.

use diwan_core::platform::{self, CountOptions, Platform, TextProblem};

use crate::dto::{CountDto, EntityDto};
use crate::ApiError;

/// A byte offset in `text` as a UTF-16 offset, the unit JavaScript indexes in.
fn utf16_offset(text: &str, byte: usize) -> u32 {
    u32::try_from(text[..byte.min(text.len())].encode_utf16().count()).unwrap_or(u32::MAX)
}

/// Measures `text` for `platform`, with an account's own limit if it has one.
pub fn count(platform: &str, text: &str, limit_override: Option<u32>, has_media: bool) -> Result<CountDto, ApiError> {
    let platform: Platform = platform.parse()?;
    let options = CountOptions { limit_override, content_warning: None, has_media };
    let count = platform::count(platform, text, &options);
    let found = diwan_core::text::entities(text);
    let mut entities = Vec::new();
    for (kind, list) in [("hashtag", &found.hashtags), ("mention", &found.mentions), ("url", &found.urls)] {
        for entity in list {
            entities.push(EntityDto {
                kind: kind.to_owned(),
                start: utf16_offset(text, entity.start),
                end: utf16_offset(text, entity.end),
            });
        }
    }
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
        fits: utf16_offset(text, platform::fitting_prefix(platform, text, &options)),
        entities,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
