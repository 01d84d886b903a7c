//! Media attached to posts: what kinds are accepted, how big, and the alt
//! text each language needs. The bytes decide the type, never the file name.

use crate::hash::ContentHash;
use crate::message::{Localized, MessageArg};

/// The largest image accepted, in bytes: above every platform's own cap.
pub const MAX_MEDIA_BYTES: usize = 20 * 1024 * 1024;
/// Alt text stays within what X (1,000) and Mastodon (1,500) accept.
pub const MAX_ALT_CHARS: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    Png,
    Jpeg,
    Gif,
    Webp,
}

impl MediaType {
    /// Every type Diwan accepts.
    pub const ALL: [Self; 4] = [Self::Png, Self::Jpeg, Self::Gif, Self::Webp];

    /// The type the bytes start with, if it is one Diwan accepts.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        match bytes {
            [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some(Self::Png),
            [0xFF, 0xD8, 0xFF, ..] => Some(Self::Jpeg),
            [b'G', b'I', b'F', b'8', b'7' | b'9', b'a', ..] => Some(Self::Gif),
            [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some(Self::Webp),
            _ => None,
        }
    }

    pub fn from_mime(mime: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.mime() == mime)
    }

    pub fn mime(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::Webp => "image/webp",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Gif => "gif",
            Self::Webp => "webp",
        }
    }
}

/// An image that may be attached: its type, and the hash it is stored under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckedMedia {
    pub media_type: MediaType,
    pub content_hash: ContentHash,
}

/// Checks an image's bytes.
pub fn check(bytes: &[u8]) -> Result<CheckedMedia, MediaError> {
    if bytes.len() > MAX_MEDIA_BYTES {
        return Err(MediaError::TooLarge { max_mb: MAX_MEDIA_BYTES / (1024 * 1024) });
    }
    let media_type = MediaType::sniff(bytes).ok_or(MediaError::NotAnImage)?;
    Ok(CheckedMedia { media_type, content_hash: content_hash(bytes) })
}

/// The SHA-256 of the bytes themselves, which names the stored file.
pub fn content_hash(bytes: &[u8]) -> ContentHash {
    use sha2::{Digest, Sha256};
    ContentHash(Sha256::digest(bytes).into())
}

/// Checks one language's alt text.
pub fn check_alt(text: &str) -> Result<String, MediaError> {
    let text = text.trim();
    if text.chars().count() > MAX_ALT_CHARS {
        return Err(MediaError::AltTooLong { max: MAX_ALT_CHARS });
    }
    Ok(text.to_owned())
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    #[error("not a PNG, JPEG, GIF or WebP image")]
    NotAnImage,
    #[error("larger than {max_mb} MB")]
    TooLarge { max_mb: usize },
    #[error("alt text longer than {max} characters")]
    AltTooLong { max: usize },
}

impl Localized for MediaError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::NotAnImage => "error-media-not-image",
            Self::TooLarge { .. } => "error-media-too-large",
            Self::AltTooLong { .. } => "error-media-alt-too-long",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        let n = |v: usize| MessageArg::Number(i64::try_from(v).unwrap_or(i64::MAX));
        match self {
            Self::NotAnImage => Vec::new(),
            Self::TooLarge { max_mb } => vec![("max", n(*max_mb))],
            Self::AltTooLong { max } => vec![("max", n(*max))],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_the_type() {
        assert_eq!(MediaType::sniff(b"\x89PNG\r\n\x1a\n...."), Some(MediaType::Png));
        assert_eq!(MediaType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(MediaType::Jpeg));
        assert_eq!(MediaType::sniff(b"GIF89a..."), Some(MediaType::Gif));
        assert_eq!(MediaType::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(MediaType::Webp));
        assert_eq!(check(b"<svg onload=alert(1)>"), Err(MediaError::NotAnImage), "SVG can carry script: refused");
        assert_eq!(check(b"%PDF-1.7"), Err(MediaError::NotAnImage));
    }

    #[test]
    fn size_and_alt_text_are_bounded() {
        let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
        big.resize(MAX_MEDIA_BYTES + 1, 0);
        assert_eq!(check(&big), Err(MediaError::TooLarge { max_mb: 20 }));
        assert_eq!(check_alt("  السفير يقدّم أوراق اعتماده  "), Ok("السفير يقدّم أوراق اعتماده".into()));
        assert_eq!(check_alt(&"ع".repeat(MAX_ALT_CHARS + 1)), Err(MediaError::AltTooLong { max: MAX_ALT_CHARS }));
    }

    #[test]
    fn the_same_bytes_have_the_same_hash() {
        let png = b"\x89PNG\r\n\x1a\nabc";
        assert_eq!(check(png).map(|m| m.content_hash), check(png).map(|m| m.content_hash));
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
    }
}
