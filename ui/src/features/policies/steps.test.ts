import { describe, expect, it } from 'vitest'

import { joinStep, splitStep } from './steps'

describe('policy steps', () => {
  it('split and join round-trip every text form', () => {
    for (const spec of ['supervisor', 'drafter', 'any:nadia,samir', 'all:nadia']) {
      expect(joinStep(splitStep(spec))).toBe(spec)
    }
  })

  it('show names with spaces and read them back without', () => {
    expect(splitStep('any:nadia,samir')).toEqual({ kind: 'any', names: 'nadia, samir' })
    expect(joinStep({ kind: 'all', names: ' nadia ,, samir ' })).toBe('all:nadia,samir')
  })

  it('leave an empty list for the core to refuse', () => {
    expect(joinStep({ kind: 'any', names: ' ' })).toBe('any:')
  })
})
