//! Links in posts, checked by the core before the system browser gets one.

use crate::dto::LinkDto;
use crate::ApiError;

/// The link as it would open (whole, punycode host), or why it may not.
pub fn check(link: &str) -> Result<LinkDto, ApiError> {
    let diwan_core::link::ExternalLink { href, host } = diwan_core::link::external_link(link)?;
    Ok(LinkDto { href, host })
}
