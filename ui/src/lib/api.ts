// The commands of src-tauri/src/commands.rs, typed with the generated DTOs.
// A rejected promise carries an ErrorDto (a Fluent message id and its args).
import { invoke } from '@tauri-apps/api/core'

import type { AppInfoDto, MissionDto, NewMissionDto } from './bindings'

export const api = {
  appInfo: () => invoke<AppInfoDto>('app_info'),
  missions: () => invoke<MissionDto[]>('missions'),
  addSampleMission: () => invoke<MissionDto>('add_sample_mission'),
  createMission: (input: NewMissionDto) => invoke<MissionDto>('create_mission', { input }),
  uiLocale: () => invoke<string | null>('ui_locale'),
  setUiLocale: (locale: string) => invoke<null>('set_ui_locale', { locale }),
}
