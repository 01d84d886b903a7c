//! Each person's own preferences: how the interface writes numbers, whether
//! fields are spell-checked. What a person prefers changes how things look, never what the rules decide.

use std::collections::BTreeSet;

use crate::observance::Layer;
use crate::vocabulary::vocabulary;

vocabulary! {
    /// The digits the Arabic interface writes numbers with (the interface
    /// gives its formatters the matching Unicode numbering system, `latn`
    /// or `arab`).
    pub enum Digits {
        /// 0123456789, as in the Maghreb and in most of the ministry's documents.
        Latin => "latin",
        /// ٠١٢٣٤٥٦٧٨٩, as in the Mashreq.
        ArabicIndic => "arabic-indic",
    }
}

/// A person's preferences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    /// Used by the Arabic interface only; French and English write Latin digits.
    pub digits: Digits,
    /// Whether the calendar and the composer show each day's Hijri date
    /// beside the Gregorian one; `None` until the person chooses: on in the
    /// Arabic interface, off in the others.
    pub hijri_dates: Option<bool>,
    /// Whether the fields where text is written are spell-checked (on at first).
    pub spell_check: bool,
    /// The layers of the world's calendar the person has hidden (none at first).
    pub hidden_layers: BTreeSet<Layer>,
}

impl Default for Preferences {
    /// Arabic-Indic digits, the Arabic locale's own default.
    fn default() -> Self {
        Self { digits: Digits::ArabicIndic, hijri_dates: None, spell_check: true, hidden_layers: BTreeSet::new() }
    }
}

impl Preferences {
    /// The stored form: `digits=latin`, one `key=value` a line so that later
    /// preferences add lines without a migration.
    pub fn to_stored(&self) -> String {
        let on = |yes: bool| if yes { "on" } else { "off" };
        let mut stored = format!("digits={}\nspell-check={}", self.digits, on(self.spell_check));
        if let Some(hijri) = self.hijri_dates {
            stored.push_str(&format!("\nhijri-dates={}", on(hijri)));
        }
        if !self.hidden_layers.is_empty() {
            let names: Vec<&str> = self.hidden_layers.iter().map(|l| l.as_str()).collect();
            stored.push_str(&format!("\nhidden-layers={}", names.join(",")));
        }
        stored
    }

    /// Reads the stored form back. A line that cannot be read keeps the
    /// default for that preference: a lost preference loses no work.
    pub fn from_stored(stored: &str) -> Self {
        let mut preferences = Self::default();
        for line in stored.lines() {
            match line.split_once('=').map(|(key, value)| (key.trim(), value.trim())) {
                Some(("digits", value)) => {
                    if let Some(digits) = Digits::from_name(value) {
                        preferences.digits = digits;
                    }
                }
                Some(("spell-check", "on")) => preferences.spell_check = true,
                Some(("spell-check", "off")) => preferences.spell_check = false,
                Some(("hijri-dates", "on")) => preferences.hijri_dates = Some(true),
                Some(("hijri-dates", "off")) => preferences.hijri_dates = Some(false),
                Some(("hidden-layers", value)) => {
                    preferences.hidden_layers = value.split(',').filter_map(|l| Layer::from_name(l.trim())).collect();
                }
                _ => {}
            }
        }
        preferences
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_round_trip_and_what_cannot_be_read_is_the_default() {
        for digits in Digits::ALL {
            for spell_check in [true, false] {
                for hijri_dates in [None, Some(true), Some(false)] {
                    for hidden_layers in [BTreeSet::new(), [Layer::Host].into(), Layer::ALL.into()] {
                        let preferences = Preferences { digits, hijri_dates, spell_check, hidden_layers };
                        assert_eq!(Preferences::from_stored(&preferences.to_stored()), preferences);
                    }
                }
            }
            // Stored before Hijri dates were a preference: not chosen yet.
            assert_eq!(Preferences::from_stored("digits=latin\nspell-check=on").hijri_dates, None);
        }
        // Stored before spell-checking was a preference: on.
        assert!(Preferences::from_stored("digits=latin").spell_check);
        assert!(Preferences::from_stored("spell-check=maybe").spell_check);
        assert_eq!(Preferences::from_stored(""), Preferences::default());
        assert_eq!(Preferences::from_stored("digits=roman\nunknown=1"), Preferences::default());
        assert_eq!(Preferences::from_stored("unknown=1\ndigits=latin").digits, Digits::Latin);
        // A layer name that is no layer is left out; the others stay hidden.
        assert_eq!(Preferences::from_stored("hidden-layers=host, moon").hidden_layers, [Layer::Host].into());
    }
}
