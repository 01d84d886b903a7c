//! Diwan's domain: the types and every rule, with no IO, no SQL and no
//! knowledge of how a front end talks to it.
//!
//! Architecture invariant: nothing in this crate reads the clock, the disk,
//! the network or the environment. Time is passed in by the caller.

pub mod account;
pub mod approval;
pub mod audit;
pub mod backups;
pub mod blackout;
pub mod calendar;
pub mod comment;
mod country;
mod country_codes;
pub mod crisis;
pub mod demo;
pub mod engagement;
pub mod hash;
pub mod holidays;
pub mod language;
pub mod language_check;
pub mod link;
pub mod media;
pub mod message;
pub mod ministry_days;
pub mod mission;
pub mod observance;
pub mod platform;
pub mod post;
pub mod preferences;
pub mod preview;
pub mod publishing;
pub mod report;
pub mod review;
pub mod sign_in;
pub mod sync;
pub mod template;
pub mod text;
pub mod translation;
pub mod user;
mod vocabulary;
pub mod workspace;

pub use country::CountryCode;
pub use language::{LanguageCode, UiLocale};
pub use message::{Localized, MessageArg};
pub use mission::{Mission, MissionCode, MissionKind, MissionNames, NewMission, ValidationError};

/// Every ISO 3166-1 alpha-2 code, sorted.
pub fn country_codes() -> &'static [&'static str] {
    country_codes::ISO_3166_ALPHA2
}
