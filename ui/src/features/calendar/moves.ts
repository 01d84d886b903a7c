// Rescheduling on the grid: FullCalendar reports times in the mission's zone
// as ISO strings with an offset; the API takes "YYYY-MM-DD HH:MM" local time.

/** "2026-11-26T10:00:00+01:00" → "2026-11-26 10:00" (the wall clock as shown). */
export function localMinute(isoWithOffset: string): string {
  return `${isoWithOffset.slice(0, 10)} ${isoWithOffset.slice(11, 16)}`
}

/** The same wall-clock time `days` later (or earlier), across months. */
export function shiftDays(local: string, days: number): string {
  const date = new Date(`${local.slice(0, 10)}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return `${date.toISOString().slice(0, 10)} ${local.slice(11, 16)}`
}

/** A move the person may take back with Ctrl+Z. */
export type Move = { id: number; from: string; to: string }

/** Days to move for Alt+arrow on a post; left and right follow the layout,
 * so in Arabic (right to left) the left arrow goes forward in time. */
export function daysForKey(key: string, rightToLeft: boolean): number | null {
  const forward = rightToLeft ? -1 : 1
  switch (key) {
    case 'ArrowRight':
      return forward
    case 'ArrowLeft':
      return -forward
    case 'ArrowDown':
      return 7
    case 'ArrowUp':
      return -7
    default:
      return null
  }
}
