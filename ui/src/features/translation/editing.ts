// The translator's editing helpers, apart from the components so that they
// can be tested: where a memory match goes in the target, which direction a
// language is written in, and the flat list of matches that Alt+1..9 picks
// from.
import type { MemoryMatchDto, SegmentMatchesDto } from '../../lib/bindings'

/** Languages written right to left among those missions post in. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ckb', 'dv', 'yi'])

/** The direction a text in `language` is written in, whatever the interface's. */
export function directionOf(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr'
}

/**
 * Puts `insert` where the translator's selection is (replacing it), with a
 * space between it and the text before when there is none. Returns the new
 * text and where the caret goes.
 */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  const before = text.slice(0, from)
  const glue = before !== '' && !/\s$/.test(before) ? ' ' : ''
  const next = before + glue + insert + text.slice(to)
  return { text: next, caret: from + glue.length + insert.length }
}

/** Every match of every segment, in the order shown: the Nth is Alt+N. */
export function numberedMatches(segments: SegmentMatchesDto[]): MemoryMatchDto[] {
  return segments.flatMap((segment) => segment.matches)
}
