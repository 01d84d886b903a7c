//! Counting a text as a platform does.

use diwan_core::platform::{self, CountOptions, Platform, TextProblem};

use crate::dto::CountDto;
use crate::ApiError;

/// Measures `text` for `platform`, with an account's own limit if it has one.
pub fn count(platform: &str, text: &str, limit_override: Option<u32>, has_media: bool) -> Result<CountDto, ApiError> {
    let platform: Platform = platform.parse()?;
    let count = platform::count(platform, text, &CountOptions { limit_override, content_warning: None, has_media });
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
    })
}
