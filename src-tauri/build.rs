//! Declares the app's commands so that Tauri generates one permission per
//! command; `capabilities/main.json` grants the main window exactly these.

include!("src/command_names.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/command_names.rs");
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).unwrap_or_else(|err| panic!("tauri build script failed: {err:#}"));
}
