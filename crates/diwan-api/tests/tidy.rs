//! Checks across the tree that no compiler makes: the app's commands are
//! declared once (`src-tauri/src/command_names.rs`) and every other place
//! that names them agrees, as `ui/src/lib/bindings.ts` is checked against
//! the DTOs.
#![allow(clippy::expect_used, reason = "a tidy check that cannot read the tree must fail")]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The quoted names between `open` and the `]` that closes it.
fn quoted_list(text: &str, open: &str) -> Vec<String> {
    let start = text.find(open).expect("the list") + open.len();
    let end = start + text[start..].find(']').expect("its end");
    text[start..end].split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

fn declared() -> BTreeSet<String> {
    let names = quoted_list(&read("src-tauri/src/command_names.rs"), "COMMANDS: &[&str] = &[");
    let set: BTreeSet<String> = names.iter().cloned().collect();
    assert_eq!(set.len(), names.len(), "a command is declared twice");
    set
}

#[test]
fn commands_rs_defines_and_registers_exactly_the_declared_commands() {
    let source = read("src-tauri/src/commands.rs");
    let mut defined = BTreeSet::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "#[tauri::command]" {
            let signature = lines.next().expect("a function after #[tauri::command]");
            let name = signature.trim().trim_start_matches("async ").trim_start_matches("fn ");
            defined.insert(name.split(['(', '<']).next().expect("a name").to_owned());
        }
    }
    assert_eq!(defined, declared(), "#[tauri::command] functions");
    let start = source.find("generate_handler![").expect("the handler") + "generate_handler![".len();
    let end = start + source[start..].find(']').expect("its end");
    let registered: BTreeSet<String> =
        source[start..end].split(',').map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()).collect();
    assert_eq!(registered, declared(), "generate_handler!");
}

const PLUGIN_PERMISSIONS: [&str; 4] = [
    "notification:allow-is-permission-granted",
    "notification:allow-request-permission",
    "notification:allow-notify",
    "dialog:allow-save",
];

#[test]
fn the_main_window_is_granted_exactly_the_declared_commands() {
    let capability = read("src-tauri/capabilities/main.json");
    let granted: BTreeSet<String> = quoted_list(&capability, "\"permissions\": [").into_iter().collect();
    let mut expected: BTreeSet<String> = declared().iter().map(|n| format!("allow-{}", n.replace('_', "-"))).collect();
    // The plugins' few permissions: notifications (asked first), and the
    // save dialog, which only returns a path; Diwan's own command writes.
    expected.extend(PLUGIN_PERMISSIONS.iter().map(|p| (*p).to_owned()));
    assert_eq!(granted, expected);
}

#[test]
fn the_ui_calls_only_declared_commands_and_every_one_of_them() {
    let api = read("ui/src/lib/api.ts");
    let called: BTreeSet<String> =
        api.split("invoke<").skip(1).filter_map(|call| call.split('\'').nth(1)).map(str::to_owned).collect();
    assert_eq!(called, declared(), "invoke names in ui/src/lib/api.ts");
    // The UI reaches commands through api.ts only.
    for file in walk(&root().join("ui/src")) {
        let text = std::fs::read_to_string(&file).expect("read");
        if !file.ends_with("lib/api.ts") {
            assert!(!text.contains("invoke("), "{} calls invoke directly", file.display());
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("ui/src").filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "ts" || e == "svelte") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_ui_names_no_post_state_category_role_mission_kind_or_layer_itself() {
    // Those lists come from the core (the `vocabulary` command and the DTOs'
    // string unions); a name typed in the UI is a rule or a list that can drift.
    let names: Vec<&str> = diwan_core::post::PostStage::NAMES
        .iter()
        .chain(&diwan_core::post::Category::NAMES)
        .chain(&diwan_core::user::Role::NAMES)
        .chain(&diwan_core::mission::MissionKind::NAMES)
        .chain(&diwan_core::observance::Layer::NAMES)
        .copied()
        .collect();
    let mut found = Vec::new();
    for file in walk(&root().join("ui/src")) {
        let path = file.display().to_string();
        if path.ends_with("lib/bindings.ts") || path.ends_with(".test.ts") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read");
        for name in &names {
            for quote in ['\'', '"', '`'] {
                if text.contains(&format!("{quote}{name}{quote}")) {
                    found.push(format!("{path}: {quote}{name}{quote}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "the UI names these itself: {found:#?}");
}
