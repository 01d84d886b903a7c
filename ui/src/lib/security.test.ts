// User text is always rendered as text: no component may inject HTML.
import { describe, expect, it } from 'vitest'

const sources = import.meta.glob('../**/*.svelte', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

describe('rendering', () => {
  it('reads every component', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10)
  })

  it.each(Object.entries(sources))('%s never renders HTML from data', (_, text) => {
    expect(text).not.toMatch(/\{@html/)
    expect(text).not.toMatch(/\binnerHTML\b|outerHTML\s*=|insertAdjacentHTML/)
  })
})
