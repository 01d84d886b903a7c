//! The `diwan` command line; everything is in the library (see `lib.rs`).

fn main() -> std::process::ExitCode {
    diwan_cli::main_with(std::env::args_os().collect())
}
