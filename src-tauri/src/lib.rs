//! Diwan's desktop shell. Architecture invariant: no rule lives here; every
//! command is one line over `diwan_api::Diwan`.

mod commands;
mod recovery;
mod spelling;
mod state;

use tauri::{Builder, Manager, Runtime};

pub use state::AppState;

/// Registers Diwan's state and commands on a builder, so the same wiring can
/// run in the real app and under `tauri::test::mock_builder()`.
pub fn build_app<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        // Opens a checked link in the system browser, from Diwan's own
        // command only: none of the plugin's permissions is granted.
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .setup(|app| {
            if let Some(window) = app.get_webview_window("main") {
                recovery::reload_when_the_page_dies(&window)?;
            }
            Ok(())
        })
        .invoke_handler(commands::handler())
}

/// Starts the desktop app on the database given by `--db FILE`, `$DIWAN_DB`
/// or the platform's data folder.
pub fn run() {
    let asked = diwan_api::paths::database_arg(std::env::args().skip(1));
    let state = AppState::open(diwan_api::paths::database_path(asked));
    if let Err(err) = build_app(tauri::Builder::default(), state).run(tauri::generate_context!()) {
        eprintln!("Diwan could not start: {err}");
        std::process::exit(1);
    }
}
