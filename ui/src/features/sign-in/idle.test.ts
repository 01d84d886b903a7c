import { describe, expect, it } from 'vitest'

import { IdleWatch } from './idle'

const MINUTE = 60_000

describe('idle lock', () => {
  it('locks after the idle minutes, not before', () => {
    const watch = new IdleWatch(10, 0)
    expect(watch.expired(10 * MINUTE - 1)).toBe(false)
    expect(watch.expired(10 * MINUTE)).toBe(true)
  })

  it('any activity starts the wait again; an old event does not move it back', () => {
    const watch = new IdleWatch(10, 0)
    watch.touch(9 * MINUTE)
    expect(watch.expired(18 * MINUTE)).toBe(false)
    watch.touch(1 * MINUTE)
    expect(watch.expired(19 * MINUTE)).toBe(true)
  })

  it('a shorter setting applies to the time already idle', () => {
    const watch = new IdleWatch(10, 0)
    watch.setMinutes(2)
    expect(watch.expired(3 * MINUTE)).toBe(true)
  })
})
