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

/** A bundle of `locale`'s messages whose numbers are formatted for `tag`
 * (the locale itself, or e.g. `ar-u-nu-latn` for Latin digits in Arabic). */
function makeBundle(locale: Locale, tag: string): FluentBundle {
  const bundle = new FluentBundle(tag)
  const errors = bundle.addResource(new FluentResource(SOURCES[locale]))
  for (const error of errors) console.error(`locales/${locale}/diwan.ftl:`, error)
  return bundle
}

const bundles = new Map<string, FluentBundle>()

function bundleFor(locale: Locale, tag: string = locale): FluentBundle {
  let bundle = bundles.get(tag)
  if (!bundle) {
    bundle = makeBundle(locale, tag)
    bundles.set(tag, bundle)
  }
  return bundle
}

/** Which digits the Arabic interface writes: Latin or Arabic-Indic. */
export type Digits = 'latin' | 'arabic-indic'

/** The BCP 47 tag formatters get for `locale` with `digits`: only Arabic
 * has a choice; French and English always write Latin digits. */
export function formattingTag(locale: Locale, digits: Digits): string {
  if (locale !== 'ar') return locale
  return digits === 'latin' ? 'ar-u-nu-latn' : 'ar-u-nu-arab'
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The message `id` in `locale`; the id itself when it is missing, so a gap is visible. */
export function format(locale: Locale, id: string, args?: Args, tag: string = locale): string {
  const bundle = bundleFor(locale, tag)
  const pattern = bundle.getMessage(id)?.value
  if (!pattern) return id
  return bundle.formatPattern(pattern, args ?? null)
}

export function hasMessage(locale: Locale, id: string): boolean {
  return bundleFor(locale).hasMessage(id)
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
