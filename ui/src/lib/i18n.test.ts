import { afterEach, describe, expect, it } from 'vitest'

import { applyDigits, applyLocale, formatDay } from './i18n.svelte'

// applyLocale mirrors the document; these tests have none, so a bare root stands in.
;(globalThis as { document?: unknown }).document ??= { documentElement: {} }

describe('a day as the interface writes it', () => {
  afterEach(() => {
    applyLocale('en')
    applyDigits('arabic-indic')
  })

  it('uses the interface language and the person’s digits, never ISO', () => {
    applyLocale('en')
    expect(formatDay('2026-12-03')).toBe('December 3, 2026')
    applyLocale('fr')
    expect(formatDay('2026-12-03')).toBe('3 décembre 2026')
    applyLocale('ar')
    applyDigits('arabic-indic')
    expect(formatDay('2026-12-03')).toMatch(/٢٠٢٦/)
    applyDigits('latin')
    expect(formatDay('2026-12-03')).toMatch(/2026/)
  })
})
