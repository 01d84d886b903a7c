import { describe, expect, it } from 'vitest'

import { blackoutEndDay, dayIn, localDays } from './colours'

describe('localDays', () => {
  it('turns the exclusive end into the last day shown, across a month end', () => {
    expect(localDays('2026-10-26T00:00:00+01:00', '2026-12-07T00:00:00+01:00')).toEqual({
      from: '2026-10-26',
      to: '2026-12-06',
    })
    expect(localDays('2026-03-01', '2026-03-02')).toEqual({ from: '2026-03-01', to: '2026-03-01' })
  })
})

describe('dayIn', () => {
  it('gives the local day in the zone, whatever the engine formats', () => {
    const instant = new Date('2026-11-23T23:30:00Z')
    expect(dayIn('Europe/Paris', instant)).toBe('2026-11-24')
    expect(dayIn('America/Detroit', instant)).toBe('2026-11-23')
    expect(dayIn('Asia/Shanghai', instant)).toBe('2026-11-24')
  })
})

describe('blackoutEndDay', () => {
  it('ends on the day of a midnight end and after a day that is partly covered', () => {
    expect(blackoutEndDay('2026-11-28T00:00:00+01:00')).toBe('2026-11-28')
    expect(blackoutEndDay('2026-11-28T12:00:00+01:00')).toBe('2026-11-29')
    expect(blackoutEndDay('2026-12-31T18:00:00+01:00')).toBe('2027-01-01')
  })
})
