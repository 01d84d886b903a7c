//! `diwan hub …`: the team hub's own program, `diwan-hub`, run with the
//! same arguments. The hub lives on a server with its PostgreSQL driver
//! and HTTP stack; the desktop's binary carries none of it.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::error::CliError;

/// `diwan-hub` beside this program (a build, or /usr/bin), else on the PATH.
fn hub_program() -> Option<PathBuf> {
    let beside = std::env::current_exe().ok()?.with_file_name("diwan-hub");
    if beside.is_file() {
        return Some(beside);
    }
    std::env::var_os("PATH")?.to_str()?.split(':').map(|dir| PathBuf::from(dir).join("diwan-hub")).find(|p| p.is_file())
}

pub fn run(args: &[OsString]) -> Result<(), CliError> {
    let program = hub_program().ok_or(CliError::HubMissing)?;
    let status = std::process::Command::new(program).args(args).status()?;
    if status.success() {
        Ok(())
    } else {
        Err(CliError::HubFailed)
    }
}
