import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { PreferencesDto } from './bindings'

// The core, as far as preferences go: what it keeps, and whether it refuses.
const kept: { preferences: PreferencesDto | null; refuse: boolean } = { preferences: null, refuse: false }
vi.mock('./api', () => ({
  api: {
    preferences: async () => kept.preferences,
    setPreferences: async (preferences: PreferencesDto) => {
      if (kept.refuse) throw { code: 'error-io', args: {} }
      kept.preferences = preferences
      return null
    },
  },
}))

// applyLocale mirrors the document; these tests have none, so a bare root stands in.
;(globalThis as { document?: unknown }).document ??= { documentElement: {} }

const { changePreferences, chooseLayer, currentPreferences, hiddenLayers, restorePreferences } = await import('./preferences.svelte')

const stored: PreferencesDto = { digits: 'latin', hijriDates: true, spellCheck: false, hiddenLayers: ['host'] }

describe('the person’s preferences', () => {
  beforeEach(async () => {
    kept.preferences = { ...stored }
    kept.refuse = false
    await restorePreferences()
  })

  it('are applied as the core keeps them', () => {
    expect(currentPreferences()).toEqual(stored)
  })

  it('change one field and keep the others, in the interface and in the core', async () => {
    await changePreferences({ spellCheck: true })
    expect(currentPreferences()).toEqual({ ...stored, spellCheck: true })
    expect(kept.preferences).toEqual({ ...stored, spellCheck: true })
  })

  it('show and hide a layer without touching the rest', async () => {
    await chooseLayer('religious', false)
    expect(hiddenLayers()).toEqual(['host', 'religious'])
    await chooseLayer('host', true)
    expect(kept.preferences).toEqual({ ...stored, hiddenLayers: ['religious'] })
  })

  it('go back to what they were when the core cannot keep a change', async () => {
    kept.refuse = true
    await expect(chooseLayer('ministry', false)).rejects.toEqual({ code: 'error-io', args: {} })
    expect(currentPreferences()).toEqual(stored)
    expect(kept.preferences).toEqual(stored)
  })
})
