// Writes crates/diwan-core/data/holidays.tsv: every country's public
// holidays for the years Diwan plans in, from the date-holidays package
// (ISC; its data CC-BY-3.0), so that the core reads maintained data and
// no hand-typed table. Run by `make holidays-data`; the file is committed.
//
// One line per holiday of a country: country, whether it is a national day
// (see NATIONAL), its name in English, French and Arabic (the package's
// own name in the country's language where it has none in that language),
// and its days, comma-separated.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import Holidays from 'date-holidays'

const FIRST_YEAR = 2025
const LAST_YEAR = 2035
// The package does not mark a country's national day: its English name
// says it. "International" days are the ministry's own list, not these.
const NATIONAL =
  /\b(national day|national holiday|independence day|republic day|revolution day|unity day|bastille day|founding day|foundation day|constitution day|liberation day)\b/i

const version = createRequire(import.meta.url)('date-holidays/package.json').version
const clean = (text) => String(text).replace(/[\t\n\r,]/g, ' ').trim()
const lines = [
  `# Public holidays by country, ${FIRST_YEAR}-${LAST_YEAR}, from date-holidays ${version} (ISC; data CC-BY-3.0).`,
  '# Written by scripts/holidays/generate.mjs (make holidays-data); not edited by hand.',
  '# country<TAB>national (1/0)<TAB>name en<TAB>name fr<TAB>name ar<TAB>days YYYY-MM-DD,...',
]
for (const country of Object.keys(new Holidays().getCountries('en')).sort()) {
  const calendar = new Holidays(country)
  const byName = new Map()
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const named = (language) => new Map(calendar.getHolidays(year, language).map((h) => [`${h.date}|${h.rule}`, h.name]))
    const [fr, ar] = [named('fr'), named('ar')]
    for (const holiday of calendar.getHolidays(year, 'en')) {
      if (holiday.type !== 'public') continue
      const key = `${holiday.date}|${holiday.rule}`
      const names = [holiday.name, fr.get(key) ?? holiday.name, ar.get(key) ?? holiday.name].map(clean)
      const entry = byName.get(names[0]) ?? { names, days: new Set() }
      entry.days.add(holiday.date.slice(0, 10))
      byName.set(names[0], entry)
    }
  }
  for (const { names, days } of byName.values()) {
    const national = NATIONAL.test(names[0]) ? 1 : 0
    lines.push([country, national, ...names, [...days].sort().join(',')].join('\t'))
  }
}
const out = new URL('../../crates/diwan-core/data/holidays.tsv', import.meta.url)
writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${lines.length - 3} holidays written to ${out.pathname}`)
