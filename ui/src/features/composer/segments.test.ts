import { describe, expect, it } from 'vitest'

import { segments } from './segments'

describe('segments', () => {
  it('marks entities and the part past the limit', () => {
    const text = 'نحتفل #العيد مع @MFA اليوم'
    const hashtag = { kind: 'hashtag', start: 6, end: 12 }
    const mention = { kind: 'mention', start: 16, end: 20 }
    const parts = segments(text, [hashtag, mention], 18)
    expect(parts.map((p) => [p.text, p.kind, p.cut])).toEqual([
      ['نحتفل ', 'plain', false],
      ['#العيد', 'hashtag', false],
      [' مع ', 'plain', false],
      ['@M', 'mention', false],
      ['FA', 'mention', true],
      [' اليوم', 'plain', true],
    ])
    expect(parts.map((p) => p.text).join('')).toBe(text)
  })

  it('keeps astral characters whole when they fit', () => {
    const text = '😀😀😀'
    expect(segments(text, [], 4).map((p) => [p.text, p.cut])).toEqual([
      ['😀😀', false],
      ['😀', true],
    ])
  })
})
