import { describe, expect, it } from 'vitest'

import { daysForKey, localMinute, shiftDays } from './moves'

describe('moves', () => {
  it('reads the wall clock the calendar shows', () => {
    expect(localMinute('2026-11-26T23:30:00+01:00')).toBe('2026-11-26 23:30')
  })

  it('shifts across a month end and a DST change without touching the time', () => {
    expect(shiftDays('2026-10-31 10:00', 1)).toBe('2026-11-01 10:00')
    expect(shiftDays('2026-10-24 02:30', 1)).toBe('2026-10-25 02:30')
    expect(shiftDays('2026-03-01 09:15', -1)).toBe('2026-02-28 09:15')
  })

  it('mirrors left and right in a right-to-left layout', () => {
    expect(daysForKey('ArrowRight', false)).toBe(1)
    expect(daysForKey('ArrowRight', true)).toBe(-1)
    expect(daysForKey('ArrowLeft', true)).toBe(1)
    expect(daysForKey('ArrowDown', true)).toBe(7)
    expect(daysForKey('Enter', false)).toBeNull()
  })
})
