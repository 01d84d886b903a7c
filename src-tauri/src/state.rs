//! The open database, shared by all commands.

use std::path::PathBuf;
use std::sync::Mutex;

use diwan_api::dto::ErrorDto;
use diwan_api::{ApiError, Diwan};

/// The app's database, or the reason it could not be opened; the window
/// still opens in that case and shows the reason in the user's language.
#[derive(Debug)]
pub struct AppState {
    diwan: Result<Mutex<Diwan>, ErrorDto>,
    path: Option<PathBuf>,
}

impl AppState {
    pub fn open(path: Option<PathBuf>) -> Self {
        let diwan = match &path {
            Some(path) => Diwan::open(path).map(Mutex::new).map_err(|e| e.to_dto()),
            None => Err(ErrorDto::from_localized(&NoDataFolder)),
        };
        Self { diwan, path }
    }

    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Runs a use case on the database and turns its error into a DTO.
    pub fn with<T>(&self, use_case: impl FnOnce(&mut Diwan) -> Result<T, ApiError>) -> Result<T, ErrorDto> {
        let diwan = self.diwan.as_ref().map_err(Clone::clone)?;
        // A panic in another command poisons the lock but leaves the
        // connection usable: every write is a transaction that rolled back.
        let mut guard = diwan.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        use_case(&mut guard).map_err(|e| e.to_dto())
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
