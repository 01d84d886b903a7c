//! Errors as a front end receives them.

use std::collections::BTreeMap;

use diwan_core::{Localized, MessageArg};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One argument of an error message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum ArgDto {
    Text(String),
    Number(#[ts(type = "number")] i64),
}

/// An error as a front end receives it: a Fluent message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorDto {
    pub code: String,
    pub args: BTreeMap<String, ArgDto>,
}

impl ErrorDto {
    pub fn from_localized(error: &dyn Localized) -> Self {
        let args = error
            .message_args()
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Text(text) => ArgDto::Text(text),
                    MessageArg::Number(n) => ArgDto::Number(n),
                };
                (name.to_owned(), value)
            })
            .collect();
        Self { code: error.message_id().to_owned(), args }
    }
}
