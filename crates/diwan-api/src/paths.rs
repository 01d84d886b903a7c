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

/// `--db FILE` or `--db=FILE` among a process's arguments (the desktop app
/// takes the same option as the CLI).
pub fn database_arg(mut args: impl Iterator<Item = String>) -> Option<PathBuf> {
    while let Some(arg) = args.next() {
        if arg == "--db" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = arg.strip_prefix("--db=") {
            return Some(PathBuf::from(path));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Option<PathBuf> {
        database_arg(args.iter().map(|a| (*a).to_owned()))
    }

    #[test]
    fn the_database_argument_takes_both_forms() {
        assert_eq!(parse(&["--db", "/tmp/a.db"]), Some(PathBuf::from("/tmp/a.db")));
        assert_eq!(parse(&["--x", "--db=/tmp/b.db"]), Some(PathBuf::from("/tmp/b.db")));
        assert_eq!(parse(&["--db"]), None);
        assert_eq!(parse(&[]), None);
    }

    #[test]
    fn an_explicit_path_wins_over_everything() {
        assert_eq!(database_path(Some(PathBuf::from("x.db"))), Some(PathBuf::from("x.db")));
    }
}
