// Long work in the app: verifying a ministry-sized audit trail shows how
// far it has got, leaves the rest of the app usable, and stops when asked,
// saying so plainly (a stop is not a broken trail). The trail comes from
// `diwan demo --scale ministry --trail` on a few missions: some 340,000
// events, several seconds of checking even in the release build.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { cli, launch, screenshot, startDriver, tempDatabase, until, withoutIsolation } from './harness.mjs'

let driver
let browser
const db = tempDatabase()
/** The trail's length, as the command line's own check counts it (signing in adds to it). */
const trailLength = () => Number(withoutIsolation(cli(db, 'verify')).match(/(\d+) events/)[1])

before(async () => {
  cli(db, 'demo', '--scale', 'ministry', '--missions', '10', '--trail')
  driver = await startDriver()
  browser = await launch(driver, db, 'samir')
  await browser.$('[data-testid="workspace-audit"]').click()
  await until(() => browser.$('[data-testid="audit-table"]').isExisting(), 'the audit view')
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

const progressText = async () => withoutIsolation(await browser.$('[data-testid="audit-progress-count"]').getText())

test('verifying a long trail shows how far it has got, the app answers meanwhile, and Stop says it stopped', async () => {
  const events = trailLength()
  assert.ok(events > 300000, `a long trail: ${events} events`)
  await browser.$('[data-testid="audit-verify"]').click()
  await until(() => browser.$('[data-testid="audit-progress"]').isExisting(), 'the progress bar')
  // Counted as it goes: some events checked, out of the whole trail.
  const counted = await until(async () => {
    const [done, total] = ((await progressText()).match(/[\d,]+/g) ?? []).map((n) => Number(n.replace(/,/g, '')))
    return done > 0 && total === events ? done : null
  }, 'a count of events checked out of the whole trail')
  assert.ok(counted < events, `part of the trail, not all of it: ${counted}`)
  // The rest of the app is not blocked: a search of the log answers meanwhile.
  await browser.$('[data-testid="audit-action"]').selectByAttribute('value', 'demo.generated')
  await until(async () => (await browser.$$('[data-testid="audit-table"] tbody tr')).length === 1, 'the search, answered during the check')
  assert.ok(await browser.$('[data-testid="audit-progress"]').isExisting(), 'still verifying when the search answered')
  await browser.$('[data-testid="audit-verify-stop"]').click()
  await until(() => browser.$('[data-testid="audit-stopped"]').isExisting(), 'the stop said')
  assert.match(await browser.$('[data-testid="audit-stopped"]').getText(), /stopped before the end, as you asked/)
  assert.equal(await browser.$('[data-testid="audit-broken"]').isExisting(), false, 'a stop is not a broken trail')
  assert.equal(await browser.$('[data-testid="audit-progress"]').isExisting(), false)
  assert.equal(await browser.$('.banner.error').isExisting(), false, 'no error shown for a stop')
  for (const locale of ['ar', 'fr']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await screenshot(browser, driver, `${locale}-audit-stopped`)
  }
  await browser.$('[data-testid="lang-en"]').click()
})

test('run again to the end, the check counts the whole trail as the command line does', async () => {
  const events = trailLength()
  await browser.$('[data-testid="audit-verify"]').click()
  await until(() => browser.$('[data-testid="audit-intact"]').isExisting(), 'the verdict', 120000)
  const said = withoutIsolation(await browser.$('[data-testid="audit-intact"]').getText())
  assert.equal(Number(said.match(/[\d,]+ events/)[0].replace(/[^\d]/g, '')), events, said)
  assert.equal(await browser.$('[data-testid="audit-stopped"]').isExisting(), false, 'the earlier stop cleared')
})
