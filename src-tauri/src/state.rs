//! The open database, shared by all commands.
//!
//! The database is opened on a background thread: migrating a large file
//! (backup first) can take a while, and the window must show meanwhile and
//! say what is happening rather than not appear at all. An encrypted
//! database stays sealed until someone signs in: their passphrase opens
//! their key slot, and only then the file.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::Duration;

use diwan_api::door::Door;
use diwan_api::dto::{ErrorDto, SessionDto, UpgradeDto, UpgradedDto};
use diwan_api::{ApiError, Diwan};

type Opened = Result<Mutex<Door>, ErrorDto>;

/// What the opening thread has told of an upgrade so far, and a wake-up for
/// the window's wait each time it tells more (or is done).
#[derive(Debug, Default)]
struct Told {
    latest: Mutex<Option<UpgradeDto>>,
    changed: Condvar,
}

/// The app's database once opened (or sealed, when encrypted), or the
/// reason it could not be; the window still opens in that case and shows
/// the reason in the user's language.
#[derive(Debug)]
pub struct AppState {
    door: Arc<OnceLock<Opened>>,
    told: Arc<Told>,
    path: Option<PathBuf>,
    /// Set by `cancel_work`; the long work under way looks at it as it goes.
    cancel: Arc<AtomicBool>,
}

impl AppState {
    /// Starts opening (and if need be migrating) the database in the background.
    pub fn open(path: Option<PathBuf>) -> Self {
        let door = Arc::new(OnceLock::new());
        let told = Arc::new(Told::default());
        let (slot, telling) = (Arc::clone(&door), Arc::clone(&told));
        let target = path.clone();
        std::thread::spawn(move || {
            let tell = |upgrade| {
                *telling.latest.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(upgrade);
                telling.changed.notify_all();
            };
            let opened = match &target {
                Some(path) => {
                    Door::open_upgrading(path, &mut |u| tell(u.into())).map(Mutex::new).map_err(|e| e.to_dto())
                }
                None => Err(ErrorDto::from_localized(&NoDataFolder)),
            };
            // Set under the lock the window's wait holds between its looks,
            // so the wake-up cannot fall between a look and the wait.
            let guard = telling.latest.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let _ = slot.set(opened);
            telling.changed.notify_all();
            drop(guard);
            keep_daily_backups(&slot);
        });
        Self { door, told, path, cancel: Arc::default() }
    }

    /// Long work starts: not cancelled yet. Returns the flag it watches.
    pub fn start_work(&self) -> Arc<AtomicBool> {
        self.cancel.store(false, Ordering::Relaxed);
        Arc::clone(&self.cancel)
    }

    /// Asks the long work under way to stop.
    pub fn cancel_work(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Returns once the database is open, sealed or refused, without
    /// holding one of the async runtime's threads meanwhile; `tell` gets how
    /// an upgrade of an older file goes, each time it moves.
    pub async fn opened(&self, tell: impl Fn(UpgradeDto) + Send + 'static) -> Result<(), ErrorDto> {
        let (door, told) = (Arc::clone(&self.door), Arc::clone(&self.told));
        tauri::async_runtime::spawn_blocking(move || {
            let mut shown = None;
            let mut latest = told.latest.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            while door.get().is_none() {
                if *latest != shown {
                    shown = *latest;
                    if let Some(upgrade) = shown {
                        tell(upgrade);
                    }
                }
                // Woken at each step; the timeout only guards against a missed one.
                latest = told
                    .changed
                    .wait_timeout(latest, Duration::from_secs(1))
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .0;
            }
        })
        .await
        // Only if the runtime is shutting down: the window is closing anyway.
        .map_err(|_| ErrorDto::from_localized(&StillOpening))
    }

    /// Runs a use case for the signed-in person: refused while nobody is
    /// signed in or the app is locked, so a locked app serves nothing of the plan.
    pub fn with<T>(&self, use_case: impl FnOnce(&mut Diwan) -> Result<T, ApiError>) -> Result<T, ErrorDto> {
        self.before_sign_in(|d| {
            d.acting_user()?;
            use_case(d)
        })
    }

    /// Runs one of the few use cases that work before signing in (the
    /// interface language, locking) on an open database.
    pub fn before_sign_in<T>(&self, use_case: impl FnOnce(&mut Diwan) -> Result<T, ApiError>) -> Result<T, ErrorDto> {
        self.door(|door| match door.diwan() {
            Some(diwan) => use_case(diwan),
            None => Err(diwan_api::sign_in::not_signed_in()),
        })
    }

    /// What opening made of an older file, if it was one.
    pub fn upgraded(&self) -> Option<UpgradedDto> {
        self.door(|door| Ok(door.upgraded())).ok().flatten()
    }

    /// Who is signed in (behind a sealed door, nobody yet).
    pub fn session(&self) -> Result<SessionDto, ErrorDto> {
        self.door(|door| door.session())
    }

    /// Signs in; behind a sealed door the passphrase first opens the file.
    pub fn sign_in(&self, name: &str, passphrase: &str) -> Result<SessionDto, ErrorDto> {
        self.door(|door| door.sign_in_now(name, passphrase))
    }

    fn door<T>(&self, work: impl FnOnce(&mut Door) -> Result<T, ApiError>) -> Result<T, ErrorDto> {
        let door = match self.door.get() {
            None => return Err(ErrorDto::from_localized(&StillOpening)),
            Some(opened) => opened.as_ref().map_err(Clone::clone)?,
        };
        // A panic in another command poisons the lock but leaves the
        // connection usable: every write is a transaction that rolled back.
        let mut guard = door.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        work(&mut guard).map_err(|e| e.to_dto())
    }
}

/// How often the app looks whether today's backup is taken.
const BACKUP_LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Takes today's backup when there is none yet, then looks again every hour
/// for as long as the app runs (an encrypted database once someone opened
/// it: its copies are encrypted with its key). The copy is taken over a
/// connection of its own: copying and checking a ministry's gigabytes takes
/// a while, and the window's commands go on meanwhile. A failure is told
/// on standard error and tried again an hour later.
fn keep_daily_backups(door: &OnceLock<Opened>) {
    loop {
        // Only the moment of opening a second connection holds the door.
        let background = match door.get() {
            Some(Ok(door)) => {
                let mut guard = door.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                guard.diwan().map(|diwan| diwan.another_connection())
            }
            _ => None,
        };
        let looked = background.is_some();
        match background {
            Some(Ok(Some(diwan))) => match diwan.keep_daily_backups() {
                Ok(report) => {
                    if let Some(taken) = report.taken {
                        eprintln!("Diwan: daily backup {}", taken.display());
                    }
                }
                Err(error) => eprintln!("Diwan: the daily backup failed: {error}"),
            },
            Some(Err(error)) => eprintln!("Diwan: the daily backup failed: {error}"),
            Some(Ok(None)) | None => {}
        }
        // Still sealed (or opening): look again soon.
        std::thread::sleep(if looked { BACKUP_LOOK_EVERY } else { BACKUP_LOOK_EVERY / 60 });
    }
}

/// No `--db`, no `$DIWAN_DB` and no home folder to put the database in.
#[derive(Debug)]
struct NoDataFolder;

impl diwan_api::Localized for NoDataFolder {
    fn message_id(&self) -> &'static str {
        "cli-no-database-path"
    }
}

/// A command arrived before the database finished opening.
#[derive(Debug)]
struct StillOpening;

impl diwan_api::Localized for StillOpening {
    fn message_id(&self) -> &'static str {
        "error-store-opening"
    }
}
