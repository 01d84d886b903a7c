//! Signing in: what a new passphrase must be, how long a person waits after
//! wrong ones, who may give whom a one-time passphrase, and when an idle app
//! locks. Hashing lives outside the core (it needs randomness); the rules
//! that decide live here.

use chrono::{DateTime, Duration, Utc};

use crate::message::{Localized, MessageArg};
use crate::user::{Role, User};

/// The shortest passphrase accepted, in characters (NIST SP 800-63B asks
/// for at least 8; a passphrase of several words is longer).
pub const MIN_CHARS: usize = 12;
/// The longest: Argon2 takes any length, but a pasted book is a mistake.
pub const MAX_CHARS: usize = 1024;
/// Wrong passphrases allowed before the waits begin.
pub const FREE_FAILURES: u32 = 3;
/// The longest wait between two tries.
pub const MAX_WAIT_SECONDS: i64 = 15 * 60;

/// Whether `candidate` may become `user`'s passphrase.
pub fn check_new_passphrase(user: &User, candidate: &str) -> Result<(), SignInError> {
    let chars = candidate.chars().count();
    if chars < MIN_CHARS || candidate.trim().chars().count() < MIN_CHARS {
        return Err(SignInError::PassphraseTooShort { min: MIN_CHARS });
    }
    if chars > MAX_CHARS {
        return Err(SignInError::PassphraseTooLong { max: MAX_CHARS });
    }
    let folded = candidate.to_lowercase();
    if folded.contains(user.name.as_str()) {
        return Err(SignInError::PassphraseHasName);
    }
    Ok(())
}

/// How long a person must wait after `failures` wrong passphrases in a row:
/// nothing for the first few, then doubling from one second up to
/// [`MAX_WAIT_SECONDS`].
pub fn wait_after(failures: u32) -> Duration {
    if failures <= FREE_FAILURES {
        return Duration::zero();
    }
    let doublings = (failures - FREE_FAILURES - 1).min(20);
    Duration::seconds((1_i64 << doublings).min(MAX_WAIT_SECONDS))
}

/// The wrong passphrases given for one person since their last sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attempts {
    pub failures: u32,
    pub last_failure: Option<DateTime<Utc>>,
}

impl Attempts {
    /// The refusal to even try at `now`, while the wait is not over.
    pub fn refusal(&self, now: DateTime<Utc>) -> Option<SignInError> {
        let last = self.last_failure?;
        let ready = last + wait_after(self.failures);
        (now < ready).then(|| SignInError::Wait { seconds: ((ready - now).num_milliseconds() + 999) / 1000 })
    }

    /// After one more wrong passphrase at `now`.
    pub fn failed(self, now: DateTime<Utc>) -> Self {
        Self { failures: self.failures.saturating_add(1), last_failure: Some(now) }
    }
}

/// Why `actor` may not give `person` a one-time passphrase, if they may
/// not: an administrator at a mission where the person works (or any
/// administrator, for someone who holds no role yet).
pub fn reset_refusal(actor: &User, person: &User) -> Option<SignInError> {
    let admin_at = |mission| actor.has_role(mission, Role::Admin);
    let allowed = if person.roles.is_empty() { actor.administers_any() } else { person.roles.keys().any(admin_at) };
    (!allowed).then_some(SignInError::NotAdministrator)
}

/// After how many idle minutes the app locks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdleLock {
    minutes: u32,
}

impl IdleLock {
    pub const DEFAULT_MINUTES: u32 = 10;
    pub const MAX_MINUTES: u32 = 240;

    pub fn new(minutes: u32) -> Result<Self, SignInError> {
        if (1..=Self::MAX_MINUTES).contains(&minutes) {
            Ok(Self { minutes })
        } else {
            Err(SignInError::IdleMinutesInvalid { max: Self::MAX_MINUTES })
        }
    }

    /// The stored value, or the default when missing or no longer valid.
    pub fn from_stored(stored: Option<&str>) -> Self {
        stored.and_then(|s| s.parse().ok()).and_then(|m| Self::new(m).ok()).unwrap_or_default()
    }

    pub fn minutes(self) -> u32 {
        self.minutes
    }
}

impl Default for IdleLock {
    fn default() -> Self {
        Self { minutes: Self::DEFAULT_MINUTES }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignInError {
    /// Unknown names get this too, so that trying names tells nothing.
    #[error("wrong name or passphrase")]
    WrongPassphrase,
    #[error("wait {seconds} s before trying again")]
    Wait { seconds: i64 },
    #[error("{name} has no passphrase yet")]
    NoPassphrase { name: String },
    #[error("the passphrase must be changed first")]
    MustChange,
    #[error("nobody is signed in")]
    NotSignedIn,
    #[error("the app is locked")]
    Locked,
    #[error("the first administrator exists already")]
    SetUpAlready,
    #[error("passphrase shorter than {min}")]
    PassphraseTooShort { min: usize },
    #[error("passphrase longer than {max}")]
    PassphraseTooLong { max: usize },
    #[error("passphrase contains the login name")]
    PassphraseHasName,
    #[error("the new passphrase is the old one")]
    PassphraseUnchanged,
    #[error("only an administrator of the person's mission may do this")]
    NotAdministrator,
    #[error("idle minutes must be 1 to {max}")]
    IdleMinutesInvalid { max: u32 },
    #[error("the database is encrypted: sign in to open it")]
    Encrypted,
    #[error("the database is encrypted already")]
    EncryptedAlready,
}

impl Localized for SignInError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::WrongPassphrase => "error-sign-in-wrong",
            Self::Wait { .. } => "error-sign-in-wait",
            Self::NoPassphrase { .. } => "error-sign-in-no-passphrase",
            Self::MustChange => "error-sign-in-must-change",
            Self::NotSignedIn => "error-sign-in-needed",
            Self::Locked => "error-sign-in-locked",
            Self::SetUpAlready => "error-sign-in-set-up-already",
            Self::PassphraseTooShort { .. } => "error-passphrase-too-short",
            Self::PassphraseTooLong { .. } => "error-passphrase-too-long",
            Self::PassphraseHasName => "error-passphrase-has-name",
            Self::PassphraseUnchanged => "error-passphrase-unchanged",
            Self::NotAdministrator => "error-passphrase-not-admin",
            Self::IdleMinutesInvalid { .. } => "error-idle-minutes-invalid",
            Self::Encrypted => "error-sign-in-encrypted",
            Self::EncryptedAlready => "error-sign-in-encrypted-already",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        let number = |n: usize| i64::try_from(n).unwrap_or(i64::MAX).into();
        match self {
            Self::Wait { seconds } => vec![("seconds", (*seconds).into())],
            Self::NoPassphrase { name } => vec![("name", name.as_str().into())],
            Self::PassphraseTooShort { min } => vec![("min", number(*min))],
            Self::PassphraseTooLong { max } => vec![("max", number(*max))],
            Self::IdleMinutesInvalid { max } => vec![("max", i64::from(*max).into())],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::user::UserName;
    use crate::MissionCode;

    fn person(name: &str, roles: &[(&str, Role)]) -> User {
        let mut user = User::new(UserName::parse(name).expect("name"), "");
        for (mission, role) in roles {
            user.grant(MissionCode::parse(mission).expect("code"), *role);
        }
        user
    }

    #[test]
    fn a_new_passphrase_is_long_enough_and_not_the_name() {
        let amina = person("amina", &[]);
        assert_eq!(check_new_passphrase(&amina, "short"), Err(SignInError::PassphraseTooShort { min: 12 }));
        assert_eq!(check_new_passphrase(&amina, "   padded   "), Err(SignInError::PassphraseTooShort { min: 12 }));
        assert_eq!(check_new_passphrase(&amina, "Amina-2026-spring"), Err(SignInError::PassphraseHasName));
        assert_eq!(check_new_passphrase(&amina, &"x".repeat(1025)), Err(SignInError::PassphraseTooLong { max: 1024 }));
        assert_eq!(check_new_passphrase(&amina, "olive tree by the sea"), Ok(()));
        // Twelve Arabic letters are twelve characters, not 24 bytes' worth.
        assert_eq!(check_new_passphrase(&amina, "شجرة زيتون قرب"), Ok(()));
        assert!(check_new_passphrase(&amina, "شجرة زيتون").is_err());
    }

    #[test]
    fn waits_begin_after_the_free_tries_and_double() {
        assert_eq!(wait_after(0), Duration::zero());
        assert_eq!(wait_after(3), Duration::zero());
        assert_eq!(wait_after(4), Duration::seconds(1));
        assert_eq!(wait_after(5), Duration::seconds(2));
        assert_eq!(wait_after(8), Duration::seconds(16));
        assert_eq!(wait_after(u32::MAX), Duration::seconds(MAX_WAIT_SECONDS));
    }

    #[test]
    fn a_person_waits_until_the_wait_is_over() {
        let t0 = DateTime::from_timestamp(1_795_000_000, 0).expect("time");
        let mut attempts = Attempts::default();
        for _ in 0..4 {
            assert_eq!(attempts.refusal(t0), None, "the first tries are free");
            attempts = attempts.failed(t0);
        }
        assert_eq!(attempts.refusal(t0), Some(SignInError::Wait { seconds: 1 }));
        let t1 = t0 + Duration::seconds(1);
        assert_eq!(attempts.refusal(t1), None);
        attempts = attempts.failed(t1);
        assert_eq!(attempts.refusal(t1), Some(SignInError::Wait { seconds: 2 }));
        assert_eq!(attempts.refusal(t1 + Duration::milliseconds(1500)), Some(SignInError::Wait { seconds: 1 }));
        assert_eq!(attempts.refusal(t1 + Duration::seconds(2)), None);
    }

    #[test]
    fn only_an_administrator_of_the_persons_mission_resets() {
        let admin = person("nadia", &[("DZ-FR-PAR", Role::Admin)]);
        let karim = person("karim", &[("DZ-FR-PAR", Role::Drafter)]);
        let sofia = person("sofia", &[("DZ-CH-GVA", Role::Drafter)]);
        let newcomer = person("rania", &[]);
        assert_eq!(reset_refusal(&admin, &karim), None);
        assert_eq!(reset_refusal(&admin, &newcomer), None);
        assert_eq!(reset_refusal(&admin, &sofia), Some(SignInError::NotAdministrator));
        assert_eq!(reset_refusal(&karim, &newcomer), Some(SignInError::NotAdministrator));
    }

    #[test]
    fn idle_minutes_are_bounded() {
        assert_eq!(IdleLock::default().minutes(), 10);
        assert!(IdleLock::new(0).is_err());
        assert!(IdleLock::new(241).is_err());
        assert_eq!(IdleLock::from_stored(Some("30")).minutes(), 30);
        assert_eq!(IdleLock::from_stored(Some("0")).minutes(), 10);
        assert_eq!(IdleLock::from_stored(None).minutes(), 10);
    }

    proptest! {
        /// More wrong tries never shorten the wait, and it never exceeds the cap.
        #[test]
        fn the_wait_grows_and_is_capped(failures in 0u32..10_000) {
            prop_assert!(wait_after(failures + 1) >= wait_after(failures));
            prop_assert!(wait_after(failures) <= Duration::seconds(MAX_WAIT_SECONDS));
        }
    }
}
