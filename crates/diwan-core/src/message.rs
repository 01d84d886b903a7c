//! Errors and notices that reach a person carry a Fluent message id and its
//! arguments; the words themselves live in `locales/{ar,fr,en}`.

/// One argument of a localised message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    Text(String),
    Number(i64),
}

impl From<&str> for MessageArg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<String> for MessageArg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<i64> for MessageArg {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}

/// Something that a person reads, named by a Fluent message id.
pub trait Localized: std::fmt::Debug {
    /// The Fluent message id, e.g. `error-mission-code-invalid`.
    fn message_id(&self) -> &'static str;

    /// The message's named arguments.
    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        Vec::new()
    }
}
