// Whether the calendar shows each day's Hijri date beside the Gregorian
// one: the signed-in person's choice (Settings), else on in the Arabic
// interface only. The dates are the core's (Umm al-Qura, with the calendar's
// days); the interface only writes them.
import type { HijriDayDto } from './bindings'
import type { Locale } from './fluent'
import { t } from './i18n.svelte'

let chosen = $state<boolean | null>(null)

/** The person's choice, `null` until they make one. */
export function hijriChoice(): boolean | null {
  return chosen
}

export function applyHijri(next: boolean | null): void {
  chosen = next
}

/** Whether Hijri dates show in `locale`'s interface. */
export function showHijri(locale: Locale): boolean {
  return chosen ?? locale === 'ar'
}

/** A Hijri day as the interface writes it: "29 Muharram", with the person's digits. */
export function hijriLabel(day: HijriDayDto, formattingLocale: string): string {
  const number = new Intl.NumberFormat(formattingLocale, { useGrouping: false }).format(day.day)
  return `${number} ${t(`hijri-month-${day.month}`)}`
}

/** A Hijri date in full: "29 Muharram 1448", with the person's digits. */
export function hijriDate(day: HijriDayDto, formattingLocale: string): string {
  const year = new Intl.NumberFormat(formattingLocale, { useGrouping: false }).format(day.year)
  return `${hijriLabel(day, formattingLocale)} ${year}`
}
