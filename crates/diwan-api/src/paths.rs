//! Where the user's database lives.

use std::path::PathBuf;

/// The environment variable that names the database file.
pub const DB_ENV: &str = "DIWAN_DB";

/// The database file: the one asked for (`--db`), else `$DIWAN_DB`, else
/// `diwan.db` in the platform's data folder (`$XDG_DATA_HOME/diwan` on Linux).
pub fn database_path(asked: Option<PathBuf>) -> Option<PathBuf> {
    asked
        .or_else(|| std::env::var_os(DB_ENV).filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(|| directories::BaseDirs::new().map(|dirs| dirs.data_dir().join("diwan").join("diwan.db")))
}
