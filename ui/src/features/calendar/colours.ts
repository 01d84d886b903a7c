// The post states the calendar colours (CSS classes post-state-* in app.css).
export const POST_STATES = [
  'draft',
  'in-translation',
  'in-review',
  'approved',
  'scheduled',
  'published',
  'rejected',
] as const

export const CATEGORIES = [
  'announcement',
  'protocol',
  'national-occasion',
  'culture',
  'consular',
  'economy',
  'crisis',
  'counter-disinformation',
  'interactive-session',
] as const

/** The visible range as the mission's local days: FullCalendar gives the
 * exclusive end, the API takes the last day shown. */
export function localDays(startStr: string, endStr: string): { from: string; to: string } {
  const from = startStr.slice(0, 10)
  const end = new Date(`${endStr.slice(0, 10)}T00:00:00Z`)
  end.setUTCDate(end.getUTCDate() - 1)
  return { from, to: end.toISOString().slice(0, 10) }
}
