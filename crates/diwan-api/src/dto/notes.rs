//! What hangs off a post: comments, media; and templates.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

use crate::names::CategoryName;

/// A comment on a post, or on one language's variant of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommentDto {
    pub id: i64,
    pub post: i64,
    pub language: Option<String>,
    pub author: String,
    pub body: String,
    pub created_at: String,
    pub resolved_by: Option<String>,
}

/// A post template in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateDto {
    pub id: i64,
    pub category: CategoryName,
    pub language: String,
    pub name: String,
    pub body: String,
}

/// An image attached to a post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediaDto {
    pub id: i64,
    pub post: i64,
    /// Hex SHA-256 of the file, which names it in the media folder.
    pub content_hash: String,
    pub file_name: String,
    pub media_type: String,
    /// Alt text by language code.
    pub alt: BTreeMap<String, String>,
}
