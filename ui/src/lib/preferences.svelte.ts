// The signed-in person's preferences, one path in and out: read from the
// core at sign-in and applied (digits, spell-checking, Hijri dates, hidden
// layers), and changed one field at a time from Settings or the calendar.
// A change shows at once and is kept by the core; if keeping it fails, the
// preferences go back to what they were and the error is the caller's.
import { api } from './api'
import type { PreferencesDto } from './bindings'
import { applyHijri, hijriChoice } from './hijri.svelte'
import { applyDigits, currentDigits } from './i18n.svelte'
import { applySpellCheck, spellCheck } from './spelling.svelte'

let hidden = $state<string[]>([])

/** The layers of the world's calendar the person has hidden. */
export function hiddenLayers(): string[] {
  return hidden
}

/** The preferences as the interface applies them now. */
export function currentPreferences(): PreferencesDto {
  return { digits: currentDigits(), hijriDates: hijriChoice(), spellCheck: spellCheck(), hiddenLayers: hidden }
}

export function applyPreferences(preferences: PreferencesDto): void {
  applyDigits(preferences.digits)
  applySpellCheck(preferences.spellCheck)
  applyHijri(preferences.hijriDates)
  hidden = preferences.hiddenLayers
}

/** Reads the signed-in person's preferences and applies them. */
export async function restorePreferences(): Promise<void> {
  applyPreferences(await api.preferences())
}

/** Changes some of the preferences: shown at once, kept by the core, undone if that fails. */
export async function changePreferences(change: Partial<PreferencesDto>): Promise<void> {
  const before = currentPreferences()
  const next = { ...before, ...change }
  applyPreferences(next)
  try {
    await api.setPreferences(next)
  } catch (error) {
    applyPreferences(before)
    throw error
  }
}

/** Shows or hides one layer of the calendar. */
export function chooseLayer(layer: string, shown: boolean): Promise<void> {
  const others = hidden.filter((l) => l !== layer)
  return changePreferences({ hiddenLayers: shown ? others : [...others, layer] })
}
