// The core's closed lists (post states, categories, platforms, roles,
// mission kinds, the calendar's layers),
// loaded once from the app: the UI names none of them itself, so a state
// added in the core shows up in the filters and the legend without a change
// here (crates/diwan-api/tests/tidy.rs checks that no such name is typed in
// the UI).
import { api } from './api'
import type { VocabularyDto } from './bindings'

export const vocabulary = $state<VocabularyDto>({
  postStates: [],
  categories: [],
  platforms: [],
  roles: [],
  approverRoles: [],
  resolutions: [],
  workspaces: [],
  auditActions: [],
  missionKinds: [],
  layers: [],
})

export async function loadVocabulary(): Promise<void> {
  Object.assign(vocabulary, await api.vocabulary())
}
