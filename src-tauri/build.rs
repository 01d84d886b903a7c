//! Declares the app's commands so that Tauri generates one permission per
//! command; `capabilities/main.json` grants the main window exactly these.

/// Every command in `src/commands.rs`. A command missing here cannot be called.
const COMMANDS: &[&str] = &[
    "database_ready",
    "app_info",
    "missions",
    "add_sample_mission",
    "create_mission",
    "ui_locale",
    "set_ui_locale",
    "users",
    "current_user",
    "set_current_user",
    "accounts",
    "calendar",
    "post",
    "create_post",
    "count_text",
    "edit_post",
    "comments",
    "add_comment",
    "resolve_comment",
    "templates",
    "fill_template",
    "save_template",
    "media",
    "attach_media",
    "set_media_alt",
    "media_file",
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).unwrap_or_else(|err| panic!("tauri build script failed: {err:#}"));
}
