import { describe, expect, it } from 'vitest'

import type { ReportDto } from '../../lib/bindings'
import { breakdownRows, defaultSpan, percent, periodLabel, periodSeries } from './report'

const counts = (planned: number, approved: number, published: number) => ({ planned, approved, published })

const report = {
  mission: 'DZ-FR-PAR',
  from: '2027-03-01',
  to: '2027-03-14',
  period: 'week',
  periods: [
    { start: '2027-03-01', name: '2027-W09' },
    { start: '2027-03-08', name: '2027-W10' },
  ],
  totals: [counts(3, 2, 1), counts(2, 1, 1)],
  total: counts(5, 3, 2),
  breakdowns: [
    {
      dimension: 'platform',
      rows: [
        { key: 'facebook', periods: [], total: counts(1, 1, 0) },
        { key: 'x', periods: [], total: counts(5, 3, 2) },
        { key: 'telegram', periods: [], total: counts(1, 0, 0) },
      ],
    },
  ],
  coverage: { posts: 5, allThree: 3, byLanguage: [] },
  approvalTimes: null,
  overdue: [],
  engagement: [],
  engagementByLanguage: [],
} satisfies ReportDto

describe('the reports view', () => {
  it('takes each series over the periods in order', () => {
    expect(periodSeries(report)).toEqual({ planned: [3, 2], approved: [2, 1], published: [1, 1] })
  })

  it('lists a breakdown most planned first, then by key', () => {
    expect(breakdownRows(report, 'platform').map((r) => r.key)).toEqual(['x', 'facebook', 'telegram'])
    expect(breakdownRows(report, 'language')).toEqual([])
  })

  it('rounds shares', () => {
    expect(percent(3, 5)).toBe(60)
    expect(percent(2, 3)).toBe(67)
    expect(percent(0, 0)).toBe(0)
  })

  it('names periods in the interface language', () => {
    expect(periodLabel('2027-03-01', 'month', 'fr')).toBe('mars 2027')
    expect(periodLabel('2027-03-08', 'week', 'en')).toBe('Mar 8')
    expect(periodLabel('2027-03-08', 'week', 'ar-u-nu-arab')).toMatch(/٨/)
  })

  it('starts on the last three months', () => {
    expect(defaultSpan('2026-12-02')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(defaultSpan('2027-02-10')).toEqual({ from: '2026-12-01', to: '2027-02-28' })
  })
})
