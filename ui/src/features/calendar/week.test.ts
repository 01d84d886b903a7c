import { describe, expect, it } from 'vitest'

import { firstDayIn } from './week'

describe('the first day of the week follows the host country', () => {
  it('is Monday in France and Switzerland, Saturday in Algeria and Egypt, Sunday in the United States', () => {
    expect(firstDayIn('FR')).toBe(1)
    expect(firstDayIn('CH')).toBe(1)
    expect(firstDayIn('DZ')).toBe(6)
    expect(firstDayIn('EG')).toBe(6)
    expect(firstDayIn('US')).toBe(0)
  })

  it('is Monday when no country is known', () => {
    expect(firstDayIn(null)).toBe(1)
    expect(firstDayIn('not a region')).toBe(1)
  })
})
