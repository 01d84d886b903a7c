//! Links in posts, before one is opened in the system browser: only web
//! addresses, never one that hides its real host, shown in full (an
//! international host in its punycode form, so look-alike letters show).

use crate::message::{Localized, MessageArg};

/// A web address that may be offered to the system browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalLink {
    /// The whole address as the browser will get it.
    pub href: String,
    /// Its host, as the browser will reach it (punycode for international names).
    pub host: String,
}

/// Checks a link found in a post: `http` or `https` only (a bare
/// `www.example.org` gets `https://`), a host, and no user name or
/// password before it (`https://bank.example@evil.example` goes to evil).
pub fn external_link(input: &str) -> Result<ExternalLink, LinkError> {
    let trimmed = input.trim();
    let invalid = || LinkError::Invalid { link: input.to_owned() };
    // An address with a scheme is taken as written; one without is a web one.
    let url = match url::Url::parse(trimmed) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            url::Url::parse(&format!("https://{trimmed}")).map_err(|_| invalid())?
        }
        Err(_) => return Err(invalid()),
    };
    if !matches!(url.scheme(), "http" | "https") {
        return Err(LinkError::Scheme { scheme: url.scheme().to_owned() });
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(LinkError::Credentials { link: input.to_owned() });
    }
    let host = url.host_str().filter(|h| !h.is_empty()).ok_or_else(invalid)?;
    Ok(ExternalLink { host: host.to_owned(), href: url.as_str().to_owned() })
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("{link:?} is not a web address")]
    Invalid { link: String },
    #[error("only http and https links open, not {scheme}:")]
    Scheme { scheme: String },
    #[error("{link:?} hides its host behind a name or password")]
    Credentials { link: String },
}

impl Localized for LinkError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Invalid { .. } => "error-link-invalid",
            Self::Scheme { .. } => "error-link-scheme",
            Self::Credentials { .. } => "error-link-credentials",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Invalid { link } | Self::Credentials { link } => vec![("link", link.as_str().into())],
            Self::Scheme { scheme } => vec![("scheme", scheme.as_str().into())],
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn web_addresses_open_in_full_and_nothing_else_does() {
        let link = external_link("https://www.un.org/fr/").expect("https");
        assert_eq!((link.href.as_str(), link.host.as_str()), ("https://www.un.org/fr/", "www.un.org"));
        assert_eq!(external_link("www.mfa.gov.dz").expect("bare").href, "https://www.mfa.gov.dz/");
        assert_eq!(external_link("javascript:alert(1)"), Err(LinkError::Scheme { scheme: "javascript".into() }));
        assert_eq!(
            external_link("data:text/html,<script>x</script>"),
            Err(LinkError::Scheme { scheme: "data".into() })
        );
        assert_eq!(external_link("file:///etc/passwd"), Err(LinkError::Scheme { scheme: "file".into() }));
        assert!(matches!(external_link("https://mfa.gov.dz@evil.example/"), Err(LinkError::Credentials { .. })));
        assert!(matches!(external_link("https://"), Err(LinkError::Invalid { .. })));
    }

    #[test]
    fn an_international_host_shows_as_the_browser_reaches_it() {
        // A Cyrillic "а" in place of the Latin one: the punycode gives it away.
        let look_alike = external_link("https://аpple.com/login").expect("idn");
        assert_eq!(look_alike.host, "xn--pple-43d.com");
        let arabic = external_link("https://وزارة.الجزائر/بيان").expect("arabic");
        assert!(arabic.host.starts_with("xn--"), "{}", arabic.host);
        assert!(arabic.href.is_ascii(), "the whole address as sent: {}", arabic.href);
    }

    proptest! {
        /// Whatever a post holds, what may open is an http(s) address with a
        /// host and nothing before it.
        #[test]
        fn only_plain_web_addresses_pass(input in "\\PC{0,60}") {
            if let Ok(link) = external_link(&input) {
                let url = url::Url::parse(&link.href).expect("reparses");
                prop_assert!(matches!(url.scheme(), "http" | "https"));
                prop_assert!(url.username().is_empty() && url.password().is_none());
                prop_assert_eq!(url.host_str(), Some(link.host.as_str()));
            }
        }
    }
}
