/** The visible range as the mission's local days: FullCalendar gives the
 * exclusive end, the API takes the last day shown. */
export function localDays(startStr: string, endStr: string): { from: string; to: string } {
  const from = startStr.slice(0, 10)
  const end = new Date(`${endStr.slice(0, 10)}T00:00:00Z`)
  end.setUTCDate(end.getUTCDate() - 1)
  return { from, to: end.toISOString().slice(0, 10) }
}

/** A day as YYYY-MM-DD in `timeZone`. Built from parts: locale date formats
 * differ between engines (WebKitGTK's en-CA is 11/23/2026). */
export function dayIn(timeZone: string, date: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** The exclusive end day of a blackout ending at `end` (local RFC 3339): a
 * blackout ending at midnight ends that day, one ending later covers it. */
export function blackoutEndDay(end: string): string {
  const day = end.slice(0, 10)
  if (end.slice(11, 19) === '00:00:00') return day
  const next = new Date(`${day}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}
