//! Tauri commands: one line each over diwan-api. Names match `build.rs` and
//! `capabilities/main.json`, and the UI calls them through `ui/src/lib/api.ts`.

use diwan_api::dto::{AppInfoDto, ErrorDto, MissionDto, NewMissionDto};
use tauri::{ipc::Invoke, Runtime, State};

use crate::AppState;

type Reply<T> = Result<T, ErrorDto>;

pub(crate) fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![app_info, missions, add_sample_mission, create_mission, ui_locale, set_ui_locale]
}

#[tauri::command]
fn app_info(state: State<'_, AppState>) -> Reply<AppInfoDto> {
    state.with(|d| d.app_info(state.path().map(|p| p.display().to_string())))
}

#[tauri::command]
fn missions(state: State<'_, AppState>) -> Reply<Vec<MissionDto>> {
    state.with(|d| d.missions())
}

#[tauri::command]
fn add_sample_mission(state: State<'_, AppState>) -> Reply<MissionDto> {
    state.with(|d| d.add_sample_mission())
}

#[tauri::command]
fn create_mission(state: State<'_, AppState>, input: NewMissionDto) -> Reply<MissionDto> {
    state.with(|d| d.create_mission(input))
}

#[tauri::command]
fn ui_locale(state: State<'_, AppState>) -> Reply<Option<String>> {
    state.with(|d| d.ui_locale())
}

#[tauri::command]
fn set_ui_locale(state: State<'_, AppState>, locale: String) -> Reply<()> {
    state.with(|d| d.set_ui_locale(&locale))
}
