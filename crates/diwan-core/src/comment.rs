//! Comments on a post or on one language's variant: how reviewers and
//! translators talk about a text without touching it.

use crate::message::{Localized, MessageArg};

/// The longest comment, in characters: a review note, not a document.
pub const MAX_COMMENT_CHARS: usize = 2_000;

/// A comment's text, trimmed and within bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentBody(String);

impl CommentBody {
    pub fn parse(input: &str) -> Result<Self, CommentError> {
        let body = input.trim();
        if body.is_empty() {
            return Err(CommentError::Empty);
        }
        if body.chars().count() > MAX_COMMENT_CHARS {
            return Err(CommentError::TooLong { max: MAX_COMMENT_CHARS });
        }
        Ok(Self(body.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommentError {
    #[error("the comment is empty")]
    Empty,
    #[error("the comment is longer than {max} characters")]
    TooLong { max: usize },
}

impl Localized for CommentError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Empty => "error-comment-empty",
            Self::TooLong { .. } => "error-comment-too-long",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Empty => Vec::new(),
            Self::TooLong { max } => vec![("max", i64::try_from(*max).unwrap_or(i64::MAX).into())],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_is_trimmed_and_bounded() {
        assert_eq!(
            CommentBody::parse("  يرجى مراجعة التاريخ  ").map(|b| b.as_str().to_owned()),
            Ok("يرجى مراجعة التاريخ".into())
        );
        assert_eq!(CommentBody::parse(" \n "), Err(CommentError::Empty));
        assert!(CommentBody::parse(&"ع".repeat(MAX_COMMENT_CHARS)).is_ok(), "characters, not bytes");
        assert_eq!(
            CommentBody::parse(&"ع".repeat(MAX_COMMENT_CHARS + 1)),
            Err(CommentError::TooLong { max: MAX_COMMENT_CHARS })
        );
    }
}
