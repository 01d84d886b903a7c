import { describe, expect, it } from 'vitest'

import { direction, format, formattingTag, hasMessage, LOCALES, negotiate } from './fluent'

// Every source file of the UI, as text, to find the message ids it uses.
const sources = import.meta.glob('../**/*.{ts,svelte}', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>

/** Ids passed as string literals to t(...), e.g. t('empty-title'). */
function usedIds(): Set<string> {
  const ids = new Set<string>()
  for (const [path, text] of Object.entries(sources)) {
    if (path.endsWith('.test.ts')) continue
    for (const match of text.matchAll(/\bt\(\s*'([a-z0-9-]+)'/g)) ids.add(match[1]!)
    // Template ids such as t(`mission-kind-${k}`) are checked by their prefix below.
  }
  return ids
}

describe('UI messages', () => {
  it('finds the ids the components use', () => {
    expect(usedIds().size).toBeGreaterThan(15)
  })

  it.each(LOCALES)('every id the UI uses exists in %s', (locale) => {
    const missing = [...usedIds()].filter((id) => !hasMessage(locale, id))
    expect(missing).toEqual([])
  })

  // Post states and categories come from the core: their messages are checked
  // in Rust (diwan-api's i18n tests), against the core's own lists.
  it.each(LOCALES)('every verification and save status has a message in %s', (locale) => {
    for (const status of ['unverified', 'verified', 'revoked']) expect(hasMessage(locale, `verification-${status}`)).toBe(true)
    for (const status of ['new', 'saving', 'saved', 'unsaved', 'error']) expect(hasMessage(locale, `save-status-${status}`)).toBe(true)
  })

  it.each(LOCALES)('every mission kind and language name has a message in %s', (locale) => {
    for (const kind of ['ministry', 'embassy', 'consulate', 'permanent-representation']) {
      expect(hasMessage(locale, `mission-kind-${kind}`)).toBe(true)
    }
    for (const name of LOCALES) expect(hasMessage(locale, `language-name-${name}`)).toBe(true)
  })

  it('uses every Arabic plural form', () => {
    // zero, one, two, few (3–10), many (11–99), other (100, 101, ...).
    const forms = [0, 1, 2, 3, 11, 100].map((count) => format('ar', 'missions-count', { count }))
    expect(forms).toEqual(['لا توجد بعثات', 'بعثة واحدة', 'بعثتان', '\u20683\u2069 بعثات', '\u206811\u2069 بعثة', '\u2068100\u2069 بعثة'])
  })

  it('writes Arabic numbers in the digits the person chose, and French and English in Latin digits', () => {
    expect(format('ar', 'missions-count', { count: 12 }, formattingTag('ar', 'arabic-indic'))).toBe('\u2068١٢\u2069 بعثة')
    expect(format('ar', 'missions-count', { count: 12 }, formattingTag('ar', 'latin'))).toBe('\u206812\u2069 بعثة')
    expect(formattingTag('fr', 'arabic-indic')).toBe('fr')
    expect(formattingTag('en', 'arabic-indic')).toBe('en')
  })

  it('isolates placeables so Latin codes stay readable in Arabic sentences', () => {
    const text = format('ar', 'error-mission-exists', { code: 'DZ-FR-PAR' })
    expect(text).toContain('\u2068DZ-FR-PAR\u2069')
  })

  it('mirrors only Arabic', () => {
    expect(direction('ar')).toBe('rtl')
    expect(direction('fr')).toBe('ltr')
    expect(direction('en')).toBe('ltr')
  })

  it('negotiates the system languages', () => {
    expect(negotiate(['fr-CA', 'en'])).toBe('fr')
    expect(negotiate(['de-DE', 'ar_DZ'])).toBe('ar')
    expect(negotiate(['de'])).toBe('en')
  })

  it('shows a missing id instead of an empty string', () => {
    expect(format('en', 'no-such-message')).toBe('no-such-message')
  })
})
