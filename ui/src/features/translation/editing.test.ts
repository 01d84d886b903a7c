import { describe, expect, it } from 'vitest'

import type { SegmentMatchesDto } from '../../lib/bindings'
import { directionOf, insertAt, numberedMatches } from './editing'

describe('translation editing', () => {
  it('knows the direction of each language whatever the interface language', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('fa-IR')).toBe('rtl')
    expect(directionOf('fr')).toBe('ltr')
    expect(directionOf('en')).toBe('ltr')
  })

  it('inserts a match at the caret, replacing a selection, with a space before it', () => {
    expect(insertAt('', 0, 0, 'Bonjour.')).toEqual({ text: 'Bonjour.', caret: 8 })
    expect(insertAt('Première phrase.', 16, 16, 'Seconde.')).toEqual({ text: 'Première phrase. Seconde.', caret: 25 })
    expect(insertAt('A XXX C', 2, 5, 'B')).toEqual({ text: 'A B C', caret: 3 })
    expect(insertAt('abc ', 99, 99, 'd')).toEqual({ text: 'abc d', caret: 5 })
  })

  it('numbers the matches in the order they are shown', () => {
    const match = (target: string) => ({ source: 's', target, score: 90, diff: [], author: 'lina', at: '' })
    const segments: SegmentMatchesDto[] = [
      { segment: 'a', matches: [match('1'), match('2')] },
      { segment: 'b', matches: [] },
      { segment: 'c', matches: [match('3')] },
    ]
    expect(numberedMatches(segments).map((m) => m.target)).toEqual(['1', '2', '3'])
  })
})
