import { describe, expect, it } from 'vitest'

import { editFor, isDirty, OneAtATime, type Snapshot } from './autosave'

const saved: Snapshot = { text: 'بيان', localTime: '2026-12-02 10:00', accounts: [1, 2] }

describe('what changed since the last save', () => {
  it('is nothing when only white space around the text or the order of accounts differs', () => {
    expect(isDirty(saved, { ...saved, text: ' بيان ' })).toBe(false)
    expect(isDirty(saved, { ...saved, accounts: [2, 1] })).toBe(false)
  })

  it('is the text, the time or the accounts, and any text when nothing was saved', () => {
    expect(isDirty(saved, { ...saved, text: 'بيان رسمي' })).toBe(true)
    expect(isDirty(saved, { ...saved, localTime: '2026-12-02 11:00' })).toBe(true)
    expect(isDirty(saved, { ...saved, accounts: [1] })).toBe(true)
    expect(isDirty(null, { ...saved, text: '  ' })).toBe(false)
    expect(isDirty(null, saved)).toBe(true)
  })

  it('writes only what changed', () => {
    expect(editFor(saved, { ...saved, localTime: '2026-12-03 10:00' })).toEqual({
      language: null,
      text: null,
      localTime: '2026-12-03 10:00',
      accounts: null,
    })
    expect(editFor(saved, { ...saved, text: 'نص', accounts: [3] })).toEqual({ language: null, text: 'نص', localTime: null, accounts: [3] })
  })
})

describe('one save at a time', () => {
  it('runs a second save after the first, never beside it', async () => {
    const saves = new OneAtATime<number>()
    const events: string[] = []
    let release: () => void = () => {}
    const first = saves.run(
      () =>
        new Promise<number>((resolve) => {
          events.push('first starts')
          release = () => {
            events.push('first ends')
            resolve(1)
          }
        }),
    )
    const second = saves.run(async () => {
      events.push('second starts')
      return 2
    })
    expect(events).toEqual(['first starts'])
    release()
    expect(await first).toBe(1)
    expect(await second).toBe(2)
    expect(events).toEqual(['first starts', 'first ends', 'second starts'])
  })
})
