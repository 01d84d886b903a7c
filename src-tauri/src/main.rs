// Without this a release build on Windows would also open a console window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::ffi::OsString;
use std::process::ExitCode;

/// `diwan-app --cli ARGS` is the `diwan` command line: the package's
/// `/usr/bin/diwan` runs it, so one binary holds the code both need.
const CLI_FLAG: &str = "--cli";

fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|first| first == CLI_FLAG) {
        args.splice(0..2, [OsString::from("diwan")]);
        return diwan_cli::main_with(args);
    }
    diwan_app::run();
    ExitCode::SUCCESS
}
