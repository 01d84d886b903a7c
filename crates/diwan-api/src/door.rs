//! The desktop app's door to its database: an encrypted database stays
//! sealed until someone signs in (their passphrase opens their key slot,
//! and only then the file); a clear one is open from the start.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use diwan_core::sign_in::{Attempts, IdleLock, SignInError};

use crate::dto::SessionDto;
use crate::progress::Upgrade;
use crate::{ApiError, Diwan};

/// The database: sealed (encrypted, nobody signed in yet) or open.
#[derive(Debug)]
pub enum Door {
    Sealed {
        path: PathBuf,
        /// Wrong passphrases while sealed, by name: the waits between tries,
        /// and the events the audit trail gets once the file is open.
        attempts: BTreeMap<String, Attempts>,
        failed: Vec<(String, DateTime<Utc>)>,
    },
    Open(Box<Diwan>),
}

impl Door {
    /// Opens (and if need be migrates) a clear database; an encrypted one
    /// waits, sealed, for a sign-in.
    pub fn open(path: &Path) -> Result<Self, ApiError> {
        Self::open_upgrading(path, &mut |_| {})
    }

    /// [`Door::open`], telling `progress` how an upgrade goes. (An encrypted
    /// file is upgraded when the first person signs in and opens it.)
    pub fn open_upgrading(path: &Path, progress: &mut dyn FnMut(Upgrade)) -> Result<Self, ApiError> {
        if diwan_store::is_encrypted(path) {
            return Ok(Self::Sealed { path: path.to_owned(), attempts: BTreeMap::new(), failed: Vec::new() });
        }
        Ok(Self::Open(Box::new(Diwan::open_upgrading(path, progress)?)))
    }

    /// What opening made of an older file (behind a sealed door, nothing yet).
    pub fn upgraded(&self) -> Option<crate::dto::UpgradedDto> {
        match self {
            Self::Open(diwan) => diwan.upgraded(),
            Self::Sealed { .. } => None,
        }
    }

    /// The open database, if someone opened it.
    pub fn diwan(&mut self) -> Option<&mut Diwan> {
        match self {
            Self::Open(diwan) => Some(diwan),
            Self::Sealed { .. } => None,
        }
    }

    /// Who is signed in; behind a sealed door, nobody yet.
    pub fn session(&self) -> Result<SessionDto, ApiError> {
        match self {
            Self::Open(diwan) => diwan.session(),
            Self::Sealed { .. } => Ok(SessionDto {
                set_up_needed: false,
                user: None,
                display_name: None,
                must_change: false,
                locked: false,
                idle_lock_minutes: IdleLock::default().minutes(),
                encrypted: true,
            }),
        }
    }

    /// [`Door::sign_in`] on the system's clock.
    pub fn sign_in_now(&mut self, name: &str, passphrase: &str) -> Result<SessionDto, ApiError> {
        self.sign_in(name, passphrase, Utc::now())
    }

    /// Signs in; behind a sealed door the passphrase first opens the file.
    /// Wrong ones there wait longer each time (in memory: nothing can be
    /// written yet) and reach the audit trail once someone opens the file.
    pub fn sign_in(&mut self, name: &str, passphrase: &str, now: DateTime<Utc>) -> Result<SessionDto, ApiError> {
        let path = match self {
            Self::Open(diwan) => return diwan.sign_in(name, passphrase),
            Self::Sealed { path, attempts, .. } => {
                if let Some(wait) = attempts.get(name).and_then(|tries| tries.refusal(now)) {
                    return Err(wait.into());
                }
                path.clone()
            }
        };
        let opened = Diwan::open_as(&path, name, passphrase);
        let Self::Sealed { attempts, failed, .. } = self else { return Err(SignInError::NotSignedIn.into()) };
        match opened {
            Ok(mut diwan) => {
                diwan.record_failed_sign_ins(&std::mem::take(failed))?;
                let session = diwan.session();
                *self = Self::Open(Box::new(diwan));
                session
            }
            Err(error @ ApiError::SignIn(SignInError::WrongPassphrase)) => {
                let tries = attempts.entry(name.to_owned()).or_default();
                *tries = tries.failed(now);
                failed.push((name.to_owned(), now));
                Err(error)
            }
            Err(error) => Err(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign_in::DEMO_PASSPHRASE;

    #[test]
    fn a_sealed_door_opens_for_a_right_passphrase_and_audits_the_wrong_ones() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("diwan.db");
        let mut diwan = Diwan::open(&path).expect("open");
        diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
        diwan.sign_in("amina", DEMO_PASSPHRASE).expect("sign in");
        diwan.encrypt(DEMO_PASSPHRASE).expect("encrypt");
        drop(diwan);

        let mut door = Door::open(&path).expect("door");
        assert!(door.diwan().is_none(), "sealed");
        assert!(door.session().expect("session").encrypted);
        let now = Utc::now();
        for _ in 0..4 {
            assert!(door.sign_in("amina", "wrong words entirely", now).is_err());
        }
        assert!(matches!(door.sign_in("amina", DEMO_PASSPHRASE, now), Err(ApiError::SignIn(SignInError::Wait { .. }))));
        let later = now + chrono::Duration::seconds(2);
        let session = door.sign_in("amina", DEMO_PASSPHRASE, later).expect("opens");
        assert_eq!(session.user.as_deref(), Some("amina"));
        let diwan = door.diwan().expect("open now");
        let failed = diwan
            .audit_log(&crate::dto::AuditFilterDto { action: Some("user.sign-in-failed".into()), ..Default::default() })
            .expect("log");
        assert_eq!(failed.events.len(), 4, "the sealed door's wrong tries are in the trail");
    }

    #[test]
    fn signing_in_works_while_the_daily_backup_runs_on_another_connection() {
        let (_dir, path, diwan) = crate::testing::demo_file();
        drop(diwan);
        let mut door = Door::open(&path).expect("door");
        let background = door.diwan().expect("clear").another_connection().expect("opens").expect("a file");
        let backup = std::thread::spawn(move || background.keep_daily_backups().map(|r| r.taken.is_some()));
        let session = door.sign_in_now("karim", DEMO_PASSPHRASE);
        assert!(backup.join().expect("thread").expect("backup"), "today's copy taken");
        assert_eq!(session.expect("signs in").user.as_deref(), Some("karim"));
    }
}
