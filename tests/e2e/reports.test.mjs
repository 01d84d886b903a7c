// Reports (#14): the Reports workspace draws a mission's numbers as the
// core counts them (the same as `diwan report`), charts under the strict CSP
// (no violation), tables beside them; an engagement export read in from the
// view adds reach per post and per language. In English, Arabic (right to
// left) and French, screenshots looked at.
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { after, before, test } from 'node:test'

import { cli, elementPixels, launch, screenshot, setControlIn, startDriver, tempDatabase, until, withoutIsolation } from './harness.mjs'

let driver
let browser
const db = tempDatabase()
const folder = dirname(db)

/** A published post's address, from the CLI. */
const publishedUrl = (id) => JSON.parse(cli(db, '--json', 'post', 'show', String(id))).publishedUrl

/** An X export with one row for each address, with these impressions and engagements. */
function xExport(name, rows) {
  const file = join(folder, name)
  const lines = rows.map(([url, reach, engagement], i) => `${i + 1},${url},text,2026-11-02 09:00 +0000,${reach},${engagement}`)
  writeFileSync(file, ['Tweet id,Tweet permalink,Tweet text,time,impressions,engagements', ...lines, ''].join('\n'))
  return file
}

before(async () => {
  cli(db, 'demo')
  // Post 1's figures come in through the CLI; post 2's through the view below.
  cli(db, '--as', 'karim', 'report', '--mission', 'DZ-FR-PAR', '--import-engagement', xExport('cli.csv', [[publishedUrl(1), 2500, 60]]))
  driver = await startDriver()
  browser = await launch(driver, db)
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

/** The lower half of the report (breakdown, coverage, overdue, engagement), screenshot too. */
async function screenshotBoth(name) {
  await browser.execute(() => document.querySelector('.reports').scrollTo(0, 0))
  await screenshot(browser, driver, name)
  await browser.execute(() => document.querySelector('[data-testid="report-breakdown"]').scrollIntoView({ block: 'start' }))
  await screenshot(browser, driver, `${name}-more`)
  await browser.execute(() => document.querySelector('.reports').scrollTo(0, 0))
}

/** How many pixels of a chart show its bars' teal (the approved and published colours), as the X screen shows them. */
async function painted(testid) {
  const pixels = await elementPixels(browser, driver, `[data-testid="${testid}"]`)
  if (!pixels) return 0
  const { rgb } = pixels
  let count = 0
  for (let i = 0; i + 2 < rgb.length; i += 3) if (rgb[i + 1] - rgb[i] > 40 && rgb[i + 1] > rgb[i + 2]) count += 1
  return count
}

const cells = (selector) => browser.execute((sel) => [...document.querySelectorAll(`${sel} td`)].map((td) => td.textContent.trim()), selector)

const latin = (text) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[,\s\u066c\u202f\u00a0]/g, '')

test('the Reports workspace shows the numbers diwan report gives, with its charts drawn under the CSP', async () => {
  await until(() => browser.$('[data-testid="calendar"] [data-post-id]').isExisting(), 'the calendar')
  await browser.execute(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await setControlIn(browser, '[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  await browser.$('[data-testid="workspace-reports"]').click()
  await until(() => browser.$('[data-testid="report-total"]').isExisting(), 'the report')
  const from = await browser.$('[data-testid="report-from"]').getValue()
  const to = await browser.$('[data-testid="report-to"]').getValue()
  const expected = JSON.parse(cli(db, '--json', 'report', '--mission', 'DZ-FR-PAR', '--from', from, '--to', to, '--by', 'month'))
  const { planned, approved, published } = expected.total
  assert.ok(planned > 0, 'the demo plans posts in these months')
  assert.deepEqual((await cells('[data-testid="report-total"]')).map(latin), [planned, approved, published].map(String))
  const months = await browser.execute(() => [...document.querySelectorAll('[data-testid="report-periods"] tr[data-period]')].map((tr) => tr.dataset.period))
  assert.deepEqual(months, expected.periods.map((p) => p.name))

  // Each chart has painted something, and nothing was refused by the CSP.
  await until(async () => (await painted('report-chart-periods')) > 2000, 'the periods chart drawn')
  await until(async () => (await painted('report-chart-coverage')) > 1000, 'the coverage chart drawn')
  assert.deepEqual(await browser.execute(() => window.__cspViolations), [])

  // The breakdown follows the chosen dimension; the coverage line is the core's.
  await setControlIn(browser, '[data-testid="report-dimension"]', 'platform', 'change')
  await until(() => browser.$('[data-testid="report-breakdown"] tr[data-key="x"]').isExisting(), 'platforms')
  const x = expected.breakdowns.find((b) => b.dimension === 'platform').rows.find((r) => r.key === 'x').total
  assert.deepEqual((await cells('[data-testid="report-breakdown"] tr[data-key="x"]')).slice(1).map(latin), [x.planned, x.approved, x.published].map(String))
  const coverage = withoutIsolation(await browser.$('[data-testid="report-coverage"]').getText())
  assert.match(coverage, new RegExp(`${expected.coverage.allThree} of ${expected.coverage.posts} posts`))

  // Post 1's figures, imported by the CLI, are in the engagement table.
  const row = await cells('[data-testid="report-engagement"] tr[data-post="1"]')
  assert.equal(latin(row[2]), '2500', JSON.stringify(row))
  await screenshotBoth('en-reports')

  // An overdue post the report names opens in the desk's composer, and the report is there again after.
  const overdue = expected.overdue[0]
  assert.ok(overdue, 'the demo has an overdue approval')
  await browser.$(`[data-testid="report-open-${overdue.id}"]`).click()
  await until(async () => (await browser.$('[data-testid="composer"]').getAttribute('data-post-id').catch(() => '')) === String(overdue.id), 'the post in the composer')
  await browser.$('[data-testid="composer-close"]').click()
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'the composer closed')
  await browser.$('[data-testid="workspace-reports"]').click()
  await until(() => browser.$('[data-testid="report-total"]').isExisting(), 'the report again')
})

test('an engagement export read in from the view adds its figures; an unknown file is refused in words and changes nothing', async () => {
  const input = '[data-testid="report-import-file"]'
  // WebDriver sends a file only to a control it can see.
  await browser.execute((sel) => document.querySelector(sel).classList.remove('visually-hidden'), input)
  await browser.$(input).setValue(xExport('view.csv', [[publishedUrl(2), 4100, 90], ['https://x.com/someone/status/9', 1, 1]]))
  await until(() => browser.$('[data-testid="report-imported"]').isExisting(), 'the import said')
  const said = withoutIsolation(await browser.$('[data-testid="report-imported"]').getText())
  assert.match(said, /posts matched: 1/)
  assert.match(said, /https:\/\/x\.com\/someone\/status\/9/)
  await until(async () => latin((await cells('[data-testid="report-engagement"] tr[data-post="2"]'))[2] ?? '') === '4100', 'post 2 in the table')

  const unknown = join(folder, 'unknown.csv')
  writeFileSync(unknown, 'date,views\n2026-11-02,4\n')
  await browser.$(input).setValue(unknown)
  await until(() => browser.$('[data-testid="report-error"]').isExisting(), 'the refusal')
  assert.match(await browser.$('[data-testid="report-error"]').getText(), /not an engagement export/)
  assert.equal(latin((await cells('[data-testid="report-engagement"] tr[data-post="2"]'))[2]), '4100', 'nothing changed')
  await browser.execute((sel) => document.querySelector(sel).classList.add('visually-hidden'), input)
})

test('the report reads right to left in Arabic and in French words', async () => {
  await browser.execute(() => document.querySelector('[data-testid="lang-ar"]').click())
  await until(async () => (await browser.$('html').getAttribute('dir')) === 'rtl', 'the interface in Arabic')
  await until(async () => /المخطط لها/.test(await browser.$('[data-testid="report-periods"]').getText()), 'the table in Arabic')
  await until(async () => (await painted('report-chart-periods')) > 2000, 'the chart drawn again')
  const widths = await browser.execute(() => {
    const canvas = document.querySelector('[data-testid="report-chart-periods"]')
    return [canvas.getBoundingClientRect().width, canvas.parentElement.getBoundingClientRect().width]
  })
  assert.ok(widths[0] > widths[1] * 0.9, `the chart fills its box: ${widths}`)
  const coverage = await browser.$('[data-testid="report-coverage"]').getText()
  assert.match(coverage, /بالعربية والفرنسية والإنجليزية/)
  await screenshotBoth('ar-reports')

  await browser.execute(() => document.querySelector('[data-testid="lang-fr"]').click())
  await until(async () => (await browser.$('html').getAttribute('lang')) === 'fr', 'the interface in French')
  await until(async () => /Prévues/.test(await browser.$('[data-testid="report-periods"]').getText()), 'the table in French')
  await setControlIn(browser, '[data-testid="report-period"]', 'week', 'change')
  await until(async () => (await browser.execute(() => document.querySelectorAll('[data-testid="report-periods"] tr[data-period]').length)) > 10, 'weeks')
  await screenshotBoth('fr-reports')
  assert.deepEqual(await browser.execute(() => window.__cspViolations), [])
  await browser.execute(() => document.querySelector('[data-testid="lang-en"]').click())
})
