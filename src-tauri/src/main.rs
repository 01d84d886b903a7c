// Without this a release build on Windows would also open a console window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    diwan_app::run();
}
