// Which day a week starts on follows the mission's host country (Monday in
// France, Saturday in Algeria, Sunday in the United States), not the
// language of the interface: CLDR's week data, as the platform's Intl holds it.

type WeekInfo = { firstDay: number }
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo }

/** The first day of the week in `country` (ISO 3166 alpha-2), numbered as
 * FullCalendar numbers days (0 = Sunday); Monday, CLDR's default, when the
 * platform does not say. */
export function firstDayIn(country: string | null): number {
  if (!country) return 1
  try {
    const locale = new Intl.Locale(`und-${country}`) as LocaleWithWeek
    const info = locale.getWeekInfo?.() ?? locale.weekInfo
    // Intl numbers days 1 (Monday) to 7 (Sunday).
    if (info) return info.firstDay % 7
  } catch {
    // Not a region Intl knows: fall through to the default.
  }
  return 1
}
