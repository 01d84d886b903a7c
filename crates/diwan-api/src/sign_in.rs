//! Signing in: every front end acts for the person who gave their own
//! passphrase, never for a name picked from a list.
//!
//! Passphrases are kept only as Argon2id hashes (OWASP's parameters). A
//! wrong passphrase is counted and audited in the same transaction; the
//! core decides how long the next try must wait.

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::sign_in::{self, Attempts, IdleLock, SignInError};
use diwan_core::user::{Role, User, UserName};

use crate::dto::SessionDto;
use crate::{ApiError, Diwan};

/// The passphrase `diwan demo` gives its sample people (README, "Trying it").
pub const DEMO_PASSPHRASE: &str = "diwan demo passphrase";

/// The setting that holds after how many idle minutes the app locks.
const IDLE_LOCK_SETTING: &str = "idle-lock-minutes";

/// Who is signed in to this `Diwan`, and whether they must first change a
/// one-time passphrase or have locked the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Session {
    user: UserName,
    must_change: bool,
    locked: bool,
}

/// The refusal of every command but the sign-in ones before someone signs in.
pub fn not_signed_in() -> ApiError {
    SignInError::NotSignedIn.into()
}

/// An Argon2id hash of `passphrase` with a fresh random salt, as a PHC string.
pub(crate) fn hash(passphrase: &str) -> Result<String, ApiError> {
    Argon2::default().hash_password(passphrase.as_bytes()).map(|hash| hash.to_string()).map_err(|_| ApiError::Io {
        path: String::new(),
        detail: "no random salt: the system's random source failed".to_owned(),
    })
}

fn matches(passphrase: &str, phc: &str) -> bool {
    Argon2::default().verify_password(passphrase.as_bytes(), phc).is_ok()
}

/// A hash nobody's passphrase matches: an unknown name costs the same
/// time as a known one, so timing tells nothing either.
fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("no passphrase is this one").unwrap_or_default())
}

impl Diwan {
    /// What the sign-in screen shows: whether the first administrator must
    /// be made, who is signed in and whether the app is locked.
    pub fn session(&self) -> Result<SessionDto, ApiError> {
        let idle_lock_minutes = self.idle_lock()?.minutes();
        let set_up_needed = !self.store.read().has_credentials()?;
        let Some(session) = &self.session else {
            return Ok(SessionDto {
                set_up_needed,
                user: None,
                display_name: None,
                must_change: false,
                locked: false,
                idle_lock_minutes,
                encrypted: self.is_encrypted(),
            });
        };
        let display_name = self.user(session.user.as_str())?.display_name;
        Ok(SessionDto {
            set_up_needed,
            user: Some(session.user.to_string()),
            display_name: Some(display_name),
            must_change: session.must_change,
            locked: session.locked,
            idle_lock_minutes,
            encrypted: self.is_encrypted(),
        })
    }

    /// The signed-in person every front end acts for; refused while nobody
    /// is signed in, the app is locked or a one-time passphrase is unchanged.
    pub fn acting_user(&self) -> Result<String, ApiError> {
        match &self.session {
            None => Err(SignInError::NotSignedIn.into()),
            Some(Session { locked: true, .. }) => Err(SignInError::Locked.into()),
            Some(Session { must_change: true, .. }) => Err(SignInError::MustChange.into()),
            Some(session) => Ok(session.user.to_string()),
        }
    }

    /// Signs `name` in with their passphrase. A wrong one (or an unknown
    /// name, answered alike) is counted, audited and refused; after a few,
    /// each try must wait longer.
    pub fn sign_in(&mut self, name: &str, passphrase: &str) -> Result<SessionDto, ApiError> {
        let user = UserName::parse(name).map_err(|_| SignInError::WrongPassphrase)?;
        let must_change = self.check_passphrase(&user, passphrase)?;
        self.session = Some(Session { user, must_change, locked: false });
        self.session()
    }

    /// Wrong passphrases given while the database was sealed (nothing could
    /// be written then), into the audit trail now that it is open.
    pub fn record_failed_sign_ins(
        &mut self,
        failed: &[(String, chrono::DateTime<chrono::Utc>)],
    ) -> Result<(), ApiError> {
        if failed.is_empty() {
            return Ok(());
        }
        self.store.write(|w| {
            for (name, at) in failed {
                w.append_audit(
                    NewAuditEvent::new(*at, "system", AuditAction::SignInFailed, format!("user:{name}"))
                        .with_detail("sealed".to_owned()),
                )?;
            }
            Ok::<_, ApiError>(())
        })
    }

    pub fn sign_out(&mut self) {
        self.session = None;
    }

    /// Locks the app: nothing of the plan is served until the same person
    /// gives their passphrase again.
    pub fn lock(&mut self) -> Result<SessionDto, ApiError> {
        if let Some(session) = &mut self.session {
            session.locked = true;
        }
        self.session()
    }

    pub fn unlock(&mut self, passphrase: &str) -> Result<SessionDto, ApiError> {
        let user = self.session.as_ref().ok_or(SignInError::NotSignedIn)?.user.clone();
        self.check_passphrase(&user, passphrase)?;
        if let Some(session) = &mut self.session {
            session.locked = false;
        }
        self.session()
    }

    /// The signed-in person replaces their passphrase (a one-time one, or
    /// their own); the old one must be given again.
    pub fn change_passphrase(&mut self, old: &str, new: &str) -> Result<SessionDto, ApiError> {
        let session = self.session.as_ref().ok_or(SignInError::NotSignedIn)?;
        if session.locked {
            return Err(SignInError::Locked.into());
        }
        let user = self.user(session.user.as_str())?;
        self.check_passphrase(&user.name, old)?;
        sign_in::check_new_passphrase(&user, new)?;
        if old == new {
            return Err(SignInError::PassphraseUnchanged.into());
        }
        let phc = hash(new)?;
        let now = self.now();
        // The slot first: it is what opens the file, and it decides.
        self.set_key_slot(&user.name, new)?;
        self.store.write(|w| {
            w.set_credential(&user.name, &phc, false, now)?;
            w.append_audit(NewAuditEvent::new(
                now,
                user.name.to_string(),
                AuditAction::PassphraseChanged,
                format!("user:{}", user.name),
            ))?;
            Ok::<_, ApiError>(())
        })?;
        if let Some(session) = &mut self.session {
            session.must_change = false;
        }
        self.session()
    }

    /// An administrator gives `name` a one-time passphrase, to be changed at
    /// their first sign-in.
    pub fn give_one_time_passphrase(&mut self, actor: &str, name: &str, one_time: &str) -> Result<(), ApiError> {
        let actor = self.user(actor)?;
        let person = self.user(name)?;
        if let Some(refusal) = sign_in::reset_refusal(&actor, &person) {
            return Err(refusal.into());
        }
        sign_in::check_new_passphrase(&person, one_time)?;
        let phc = hash(one_time)?;
        let now = self.now();
        self.set_key_slot(&person.name, one_time)?;
        self.store.write(|w| {
            w.set_credential(&person.name, &phc, true, now)?;
            w.append_audit(NewAuditEvent::new(
                now,
                actor.name.to_string(),
                AuditAction::PassphraseReset,
                format!("user:{}", person.name),
            ))?;
            Ok::<_, ApiError>(())
        })
    }

    /// The first start: before anyone can sign in, one person becomes the
    /// first administrator (of every mission there is) and is signed in.
    /// An existing person keeps their roles; a new name is added.
    pub fn set_up_first_administrator(
        &mut self,
        name: &str,
        display_name: &str,
        passphrase: &str,
    ) -> Result<SessionDto, ApiError> {
        if self.store.read().has_credentials()? {
            return Err(SignInError::SetUpAlready.into());
        }
        let name = UserName::parse(name)?;
        let existing = self.store.read().user(&name)?;
        let mut user = existing.clone().unwrap_or_else(|| User::new(name.clone(), display_name));
        sign_in::check_new_passphrase(&user, passphrase)?;
        let phc = hash(passphrase)?;
        let missions: Vec<_> = self.store.missions()?.into_iter().map(|m| m.code).collect();
        let now = self.now();
        self.store.write(|w| {
            if existing.is_none() {
                w.insert_user(&user, now)?;
            }
            for mission in &missions {
                if !user.has_role(mission, Role::Admin) {
                    w.grant(&name, mission, Role::Admin)?;
                    user.grant(mission.clone(), Role::Admin);
                }
            }
            w.set_credential(&name, &phc, false, now)?;
            w.append_audit(NewAuditEvent::new(
                now,
                name.to_string(),
                AuditAction::FirstAdministrator,
                format!("user:{name}"),
            ))?;
            Ok::<_, ApiError>(())
        })?;
        let name_for_key = name.clone();
        self.session = Some(Session { user: name, must_change: false, locked: false });
        // A database in a file is encrypted from its first administrator on.
        // If that cannot happen now (another Diwan has the file open), it
        // stays in clear and Settings offers it again.
        if self.store.path().is_some() {
            match self.encrypt_for(&name_for_key, passphrase) {
                // A first start's file held nothing but the new administrator:
                // no clear copy of it is worth keeping.
                Ok(aside) if missions.is_empty() => {
                    let _ = std::fs::remove_file(aside);
                }
                Ok(_) => {}
                Err(error) => eprintln!("Diwan: the database stays in clear for now: {error}"),
            }
        }
        self.session()
    }

    /// After how many idle minutes the app locks (10 until an administrator
    /// changes it).
    pub fn idle_lock(&self) -> Result<IdleLock, ApiError> {
        Ok(IdleLock::from_stored(self.store.setting(IDLE_LOCK_SETTING)?.as_deref()))
    }

    pub fn set_idle_lock(&mut self, actor: &str, minutes: u32) -> Result<SessionDto, ApiError> {
        let lock = IdleLock::new(minutes)?;
        self.set_admin_setting(actor, IDLE_LOCK_SETTING, &lock.minutes().to_string(), AuditAction::IdleLockSet)?;
        self.session()
    }

    /// An administrator (of any mission) changes a setting of the whole
    /// database, checked by the caller; audited with its new value.
    pub(crate) fn set_admin_setting(
        &mut self,
        actor: &str,
        key: &str,
        value: &str,
        action: AuditAction,
    ) -> Result<(), ApiError> {
        let actor = self.user(actor)?;
        if !actor.administers_any() {
            return Err(SignInError::NotAdministrator.into());
        }
        let now = self.now();
        self.store.write(|w| {
            w.set_setting(key, value)?;
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), action, "settings".to_owned()).with_detail(value),
            )?;
            Ok::<_, ApiError>(())
        })
    }

    /// Checks `user`'s passphrase: waits are enforced before hashing, a
    /// wrong one is counted and audited, a right one clears the count.
    /// Returns whether it is a one-time passphrase still to be changed.
    pub(crate) fn check_passphrase(&mut self, user: &UserName, passphrase: &str) -> Result<bool, ApiError> {
        let now = self.now();
        let Some(credential) = self.store.read().credential(user)? else {
            let _ = matches(passphrase, decoy());
            if self.store.read().user(user)?.is_some() {
                return Err(SignInError::NoPassphrase { name: user.to_string() }.into());
            }
            return Err(SignInError::WrongPassphrase.into());
        };
        if let Some(wait) = credential.attempts.refusal(now) {
            return Err(wait.into());
        }
        // An encrypted database's key slot decides (it is what opened the
        // file); a database in clear has only the hash.
        let right = match self.slot_opens(user, passphrase)? {
            Some(opens) => opens,
            None => matches(passphrase, &credential.phc),
        };
        if !right {
            let attempts = credential.attempts.failed(now);
            self.store.write(|w| {
                w.set_attempts(user, attempts)?;
                w.append_audit(
                    NewAuditEvent::new(now, "system", AuditAction::SignInFailed, format!("user:{user}"))
                        .with_detail(format!("failures:{}", attempts.failures)),
                )?;
                Ok::<_, ApiError>(())
            })?;
            return Err(SignInError::WrongPassphrase.into());
        }
        self.store.write(|w| {
            if credential.attempts != Attempts::default() {
                w.set_attempts(user, Attempts::default())?;
            }
            w.append_audit(NewAuditEvent::new(now, user.to_string(), AuditAction::SignedIn, format!("user:{user}")))?;
            Ok::<_, ApiError>(())
        })?;
        Ok(credential.must_change)
    }
}

#[cfg(test)]
mod tests;
