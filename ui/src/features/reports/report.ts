// What the reports view shows of the core's report, as plain functions
// (unit-tested): the numbers are the core's; these only pick and label.
import type { CountsDto, ReportDto } from '../../lib/bindings'

export type CountName = keyof CountsDto

/** The counts a report gives (planned, approved, published), in the
 * order the API sends them. */
export function countNames(report: ReportDto): CountName[] {
  return Object.keys(report.total) as CountName[]
}

/** Each count's series over the periods, in the report's order. */
export function periodSeries(report: ReportDto): Record<CountName, number[]> {
  const series = {} as Record<CountName, number[]>
  for (const name of countNames(report)) series[name] = report.totals.map((c: CountsDto) => c[name])
  return series
}

/** The rows of one breakdown, most planned first (then by key). */
export function breakdownRows(report: ReportDto, dimension: string): { key: string; total: CountsDto }[] {
  const rows = report.breakdowns.find((b) => b.dimension === dimension)?.rows ?? []
  return rows
    .map((r) => ({ key: r.key, total: r.total }))
    .sort((a, b) => b.total.planned - a.total.planned || a.key.localeCompare(b.key))
}

/** A share as a whole percentage; none of none is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 100) / whole)
}

/** A period's first day (`YYYY-MM-DD`) as the interface names it: the
 * month's name for a month, the Monday's day and month for a week. */
export function periodLabel(start: string, period: string, formattingLocale: string): string {
  const day = new Date(`${start}T12:00:00Z`)
  const options: Intl.DateTimeFormatOptions =
    period === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(formattingLocale, options).format(day)
}

/** The first and last day of the default span: the first of the month two
 * months before `today`'s, to the last of `today`'s month. */
export function defaultSpan(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number]
  const first = new Date(Date.UTC(year, month - 3, 1))
  const last = new Date(Date.UTC(year, month, 0))
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) }
}
