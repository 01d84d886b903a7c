// The interface language as reactive state: components call t() and re-render
// when the language changes.
import { type Args, direction, format, type Locale } from './fluent'
import type { ErrorDto } from './bindings'

let current = $state<Locale>('en')

export function locale(): Locale {
  return current
}

export function t(id: string, args?: Args): string {
  return format(current, id, args)
}

/** Switches the language and mirrors the whole document for Arabic. */
export function applyLocale(next: Locale): void {
  current = next
  const root = document.documentElement
  root.lang = next
  root.dir = direction(next)
}

function isErrorDto(value: unknown): value is ErrorDto {
  return typeof value === 'object' && value !== null && typeof (value as ErrorDto).code === 'string'
}

/** A command's error in the user's language. */
export function errorText(error: unknown): string {
  if (isErrorDto(error)) return t(error.code, error.args)
  return t('error-unexpected', { detail: String(error) })
}
