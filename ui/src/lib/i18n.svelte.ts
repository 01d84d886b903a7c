// The interface language as reactive state: components call t() and re-render
// when the language changes.
import { type Args, type Digits, direction, format, formattingTag, type Locale } from './fluent'
import type { ErrorDto } from './bindings'

let current = $state<Locale>('en')
// The acting person's choice of digits for the Arabic interface.
let digits = $state<Digits>('arabic-indic')

export function locale(): Locale {
  return current
}

/** The tag that number and date formatters get: the interface language,
 * with the person's digits in Arabic (`ar-u-nu-latn` or `ar-u-nu-arab`). */
export function formattingLocale(): string {
  return formattingTag(current, digits)
}

export function t(id: string, args?: Args): string {
  return format(current, id, args, formattingLocale())
}

/** A number in the interface language, with the person's digits in Arabic. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(formattingLocale()).format(value)
}

/** A post's time as its mission's wall clock shows it (`localTime` is RFC
 * 3339 in the mission's zone), in the interface language and digits. */
export function formatLocalTime(localTime: string): string {
  const wallClock = new Date(`${localTime.slice(0, 16)}:00Z`)
  return new Intl.DateTimeFormat(formattingLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(wallClock)
}

/** A day (`YYYY-MM-DD`) in the interface language and the person's digits:
 * "3 December 2026", "٣ ديسمبر ٢٠٢٦". */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(formattingLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`))
}

/** The time of day only (the hub indicator's "since 14:05"), in the person's digits. */
export function formatTime(at: string): string {
  return new Intl.DateTimeFormat(formattingLocale(), { timeStyle: 'short' }).format(new Date(at))
}

/** An instant (RFC 3339) on this computer's clock, in the interface
 * language and digits, to the second: when something was recorded. */
export function formatInstant(at: string): string {
  return new Intl.DateTimeFormat(formattingLocale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(at))
}

export function currentDigits(): Digits {
  return digits
}

export function applyDigits(next: Digits): void {
  digits = next
}

/** A language's name (`fr` → "French", "français", "الفرنسية") in the
 * interface language, from the webview's own CLDR data. */
export function languageName(code: string, inLocale: Locale = current): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

/** Switches the language and mirrors the whole document for Arabic. */
export function applyLocale(next: Locale): void {
  current = next
  const root = document.documentElement
  root.lang = next
  root.dir = direction(next)
}

export function isErrorDto(value: unknown): value is ErrorDto {
  return typeof value === 'object' && value !== null && typeof (value as ErrorDto).code === 'string'
}

/** A command's error in the user's language. */
export function errorText(error: unknown): string {
  if (isErrorDto(error)) return t(error.code, error.args)
  return t('error-unexpected', { detail: String(error) })
}
