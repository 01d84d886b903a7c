//! Host countries, by ISO 3166-1 alpha-2 code.

use std::fmt;

use crate::country_codes::ISO_3166_ALPHA2;

/// An ISO 3166-1 alpha-2 country code, such as `DZ` or `FR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Parses a code, accepting lower case; `None` when ISO 3166-1 has no such country.
    pub fn parse(input: &str) -> Option<Self> {
        let upper = input.trim().to_ascii_uppercase();
        ISO_3166_ALPHA2.binary_search(&upper.as_str()).ok()?;
        let bytes = upper.as_bytes();
        Some(Self([bytes[0], bytes[1]]))
    }

    pub fn as_str(&self) -> &str {
        // The bytes come from the ASCII table above, so this cannot fail.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_so_binary_search_is_valid() {
        assert!(ISO_3166_ALPHA2.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(ISO_3166_ALPHA2.len(), 249);
    }

    #[test]
    fn parses_known_codes_in_any_case() {
        assert_eq!(CountryCode::parse("dz").map(|c| c.to_string()), Some("DZ".into()));
        assert_eq!(CountryCode::parse(" FR ").map(|c| c.to_string()), Some("FR".into()));
    }

    #[test]
    fn rejects_unknown_or_malformed_codes() {
        for bad in ["", "D", "XX", "DZA", "1A", "é"] {
            assert_eq!(CountryCode::parse(bad), None, "{bad:?}");
        }
    }
}
