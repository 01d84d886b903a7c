// Formatting with the same .ftl files the Rust side uses (locales/*/diwan.ftl).
// Plain functions, no Svelte state, so unit tests can use them directly.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle'

import arSource from '../../../locales/ar/diwan.ftl?raw'
import enSource from '../../../locales/en/diwan.ftl?raw'
import frSource from '../../../locales/fr/diwan.ftl?raw'

export type Locale = 'ar' | 'fr' | 'en'
export const LOCALES: readonly Locale[] = ['ar', 'fr', 'en']
export const SOURCES: Record<Locale, string> = { ar: arSource, fr: frSource, en: enSource }

export type Args = Record<string, FluentVariable>

function makeBundle(locale: Locale): FluentBundle {
  const bundle = new FluentBundle(locale)
  const errors = bundle.addResource(new FluentResource(SOURCES[locale]))
  for (const error of errors) console.error(`locales/${locale}/diwan.ftl:`, error)
  return bundle
}

const bundles: Record<Locale, FluentBundle> = { ar: makeBundle('ar'), fr: makeBundle('fr'), en: makeBundle('en') }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The message `id` in `locale`; the id itself when it is missing, so a gap is visible. */
export function format(locale: Locale, id: string, args?: Args): string {
  const bundle = bundles[locale]
  const pattern = bundle.getMessage(id)?.value
  if (!pattern) return id
  return bundle.formatPattern(pattern, args ?? null)
}

export function hasMessage(locale: Locale, id: string): boolean {
  return bundles[locale].hasMessage(id)
}

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}

/** The best of ar/fr/en for the system's languages, English when none fits. */
export function negotiate(requested: readonly string[]): Locale {
  for (const tag of requested) {
    const language = tag.toLowerCase().split(/[-_]/)[0]
    if (isLocale(language)) return language
  }
  return 'en'
}
