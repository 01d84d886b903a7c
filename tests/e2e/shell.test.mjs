// The skeleton end to end: a first start asks for the first administrator,
// the window opens on the month calendar, Arabic mirrors the layout, a sample
// mission added in the UI lands in the database that the CLI reads, and the
// language choice survives a restart (behind the sign-in).
import assert from 'node:assert/strict'
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { after, before, test } from 'node:test'

import { cliWith, launch, screenshot, startDriver, tempDatabase, typeInto, until, withoutIsolation } from './harness.mjs'

// The first administrator's own passphrase, chosen at the first start.
const HIND = 'a long road to Tamanrasset'
// The database is encrypted from the first administrator on: the CLI opens it as Hind.
const cli = (db, ...args) => cliWith(db, HIND, '--as', 'hind', ...args)

let driver
let browser
const db = tempDatabase()

before(async () => {
  driver = await startDriver()
  browser = await launch(driver, db, null)
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

// Fluent isolates placeables with U+2068/U+2069; compare the visible words.
const text = async (selector) => withoutIsolation(await browser.$(selector).getText())
const rootAttribute = (name) => browser.execute((n) => document.documentElement.getAttribute(n), name)

test('a first start asks for the first administrator and shows nothing of the plan until then', async () => {
  await until(() => browser.$('[data-testid="sign-in-set-up"]').isExisting(), 'the set-up form')
  assert.equal(await browser.$('[data-testid="calendar"]').isExisting(), false, 'no calendar behind the door')
  await screenshot(browser, driver, 'en-first-start')
  await typeInto(browser, '[data-testid="sign-in-name"]', 'hind')
  await typeInto(browser, '[data-testid="sign-in-display-name"]', 'Hind Saleh')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', 'short')
  await typeInto(browser, '[data-testid="sign-in-again"]', 'short')
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="sign-in-error"]').isExisting(), 'the refusal')
  assert.match(await text('[data-testid="sign-in-error"]'), /at least 12 characters/)
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', HIND)
  await typeInto(browser, '[data-testid="sign-in-again"]', HIND)
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="signed-in-as"]').isExisting(), 'Hind signed in')
  assert.equal(await text('[data-testid="signed-in-as"]'), 'Hind Saleh')
  assert.match(cli(db, 'audit', '--action', 'user.first-administrator'), /hind/)
  // Encrypted from the start: no mission name, no setting in clear in the file.
  const header = readFileSync(db).subarray(0, 16).toString('latin1')
  assert.notEqual(header, 'SQLite format 3\u0000', 'the file is encrypted')
  assert.ok(existsSync(`${db}.keys`), 'with its key slots beside it')
})

test('the window opens on the current month', async () => {
  const calendarText = await text('[data-testid="calendar"]')
  const now = new Date()
  const month = now.toLocaleString('en', { month: 'long' })
  assert.match(calendarText, new RegExp(`${month}\\s+${now.getFullYear()}`), 'the title names this month')
  const days = await browser.$$('[data-testid="calendar"] [role="gridcell"]')
  assert.ok(days.length >= 28, `a month grid has at least 28 day cells, saw ${days.length}`)
  assert.equal(await rootAttribute('dir'), 'ltr')
})

test('a new database offers a sample mission or setting one up', async () => {
  assert.ok(await browser.$('[data-testid="empty-state"]').isDisplayed())
  assert.ok(await browser.$('[data-testid="setup-mission"]').isDisplayed())
  assert.match(cli(db, 'missions', 'list'), /No missions yet/)
  await screenshot(browser, driver, 'en-empty')
})

test('adding the sample mission through the UI writes a row the CLI sees', async () => {
  await browser.$('[data-testid="add-sample"]').click()
  await until(async () => (await text('[data-testid="zone-label"]').catch(() => '')).includes('Europe/Paris'), 'the zone label')
  assert.equal(await browser.$('[data-testid="mission-select"]').getValue(), 'DZ-FR-PAR')
  assert.equal(await browser.$('[data-testid="empty-state"]').isExisting(), false)
  assert.equal(await browser.$('[data-testid="calendar"]').getAttribute('data-time-zone'), 'Europe/Paris')

  const listed = cli(db, 'missions', 'list')
  assert.match(listed, /^DZ-FR-PAR\tFR\tEurope\/Paris\tEmbassy of Algeria in France$/m)
  assert.match(await text('[data-testid="notice"]'), /Embassy of Algeria in France was added/)
  const [mission] = JSON.parse(cli(db, 'missions', 'list', '--json'))
  assert.equal(mission.names.ar, 'سفارة الجزائر في فرنسا')
  await screenshot(browser, driver, 'en-month')
})

test('French relabels the shell and the calendar', async () => {
  await browser.$('[data-testid="lang-fr"]').click()
  await until(async () => (await rootAttribute('lang')) === 'fr', 'lang=fr')
  assert.equal(await rootAttribute('dir'), 'ltr')
  assert.match(await text('[data-testid="zone-label"]'), /Fuseau horaire/)
  assert.match(await text('[data-testid="notice"]'), /Ambassade d'Algérie en France a été ajoutée/)
  const month = new Date().toLocaleString('fr', { month: 'long' })
  assert.match((await text('[data-testid="calendar"]')).toLowerCase(), new RegExp(month))
  await screenshot(browser, driver, 'fr-month')
})

test('Arabic turns the whole layout right to left', async () => {
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await rootAttribute('dir')) === 'rtl', 'dir=rtl')
  assert.equal(await rootAttribute('lang'), 'ar')
  assert.match(await text('[data-testid="zone-label"]'), /المنطقة الزمنية/)
  // Mirrored navigation: the sidebar moves to the right of the calendar.
  const sidebar = await browser.$('.sidebar').getLocation('x')
  const main = await browser.$('.main').getLocation('x')
  assert.ok(sidebar > main, `sidebar x ${sidebar} should be right of main x ${main}`)
  const calendarDirection = await browser.execute(
    () => getComputedStyle(document.querySelector('[data-testid="calendar"] > *')).direction,
  )
  assert.equal(calendarDirection, 'rtl')
  // The bundled Arabic font is the one in use, whatever the machine has.
  const fontLoaded = await browser.execute(() => document.fonts.check('16px "Noto Sans Arabic"', 'ديوان'))
  assert.equal(fontLoaded, true)
  await screenshot(browser, driver, 'ar-month')
})

test('the language choice survives a restart', async () => {
  await browser.deleteSession()
  browser = await launch(driver, db, null)
  // The choice is kept inside the encrypted file: the sealed door speaks
  // the system's language (or the one picked there), the choice returns once Hind opens it.
  await until(() => browser.$('[data-testid="sign-in-sign-in"]').isExisting(), 'the sign-in form')
  assert.equal(await rootAttribute('dir'), 'ltr', 'nothing read from the sealed file')
  await screenshot(browser, driver, 'en-sign-in')
  await typeInto(browser, '[data-testid="sign-in-name"]', 'hind')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', 'not the passphrase')
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="sign-in-error"]').isExisting(), 'a wrong passphrase refused')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', HIND)
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="signed-in-as"]').isExisting(), 'Hind signed in again')
  await until(async () => (await rootAttribute('dir')) === 'rtl', 'Arabic after restart')
  await screenshot(browser, driver, 'ar-after-sign-in')
  assert.equal(await browser.$('[data-testid="mission-select"]').getValue(), 'DZ-FR-PAR')
})

test('setting up a mission reports a bad field in the user language and saves nothing until fixed', async () => {
  await browser.$('.sidebar button.link').click()
  const dialog = await browser.$('[data-testid="setup-dialog"]')
  await until(() => dialog.isDisplayed(), 'the set-up dialog')
  await typeInto(browser, '[data-testid="setup-code"]', 'IQ-FR-MRS')
  await typeInto(browser, '[data-testid="setup-name-ar"]', 'القنصلية العامة لجمهورية العراق في مرسيليا')
  await typeInto(browser, '[data-testid="setup-name-fr"]', "Consulat général d'Irak à Marseille")
  await typeInto(browser, '[data-testid="setup-name-en"]', 'Consulate General of Iraq in Marseille')
  await typeInto(browser, '[data-testid="setup-country"]', 'FR')
  await typeInto(browser, '[data-testid="setup-time-zone"]', 'Europe/Marseille')
  await browser.$('[data-testid="setup-save"]').click()
  const error = await browser.$('[data-testid="setup-error"]')
  await until(() => error.isDisplayed(), 'the error')
  assert.match(await error.getText(), /ليست منطقة زمنية معروفة/)
  assert.doesNotMatch(cli(db, 'missions', 'list'), /IQ-FR-MRS/)
  await screenshot(browser, driver, 'ar-setup-error')

  await typeInto(browser, '[data-testid="setup-time-zone"]', 'Europe/Paris')
  await browser.$('[data-testid="setup-save"]').click()
  await until(async () => !(await dialog.isExisting()), 'the dialog to close')
  assert.equal(await browser.$('[data-testid="mission-select"]').getValue(), 'IQ-FR-MRS')
  assert.match(cli(db, 'missions', 'list'), /^IQ-FR-MRS\tFR\tEurope\/Paris\tConsulate General of Iraq in Marseille$/m)
})

test('a database from an older Diwan is updated as it opens; the window says so and where the copy from before is', async () => {
  await browser.deleteSession()
  const old = tempDatabase()
  copyFileSync(new URL('../fixtures/schema-8.db', import.meta.url).pathname, old)
  browser = await launch(driver, old, null)
  const notice = browser.$('[data-testid="upgraded"]')
  await until(() => notice.isExisting(), 'the notice of the update')
  const copies = readdirSync(dirname(old)).filter((name) => name.endsWith('.backup'))
  assert.equal(copies.length, 1, `one copy kept beside the file: ${copies}`)
  for (const [locale, words] of [['en', /older Diwan \(schema 8\)/], ['fr', /version antérieure de Diwan \(schéma 8\)/], ['ar', /المخطط ٨\)/]]) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await rootAttribute('lang')) === locale, locale)
    const said = withoutIsolation(await notice.getText())
    assert.match(said, words)
    assert.ok(said.includes(join(dirname(old), copies[0])), `the copy's path: ${said}`)
    await screenshot(browser, driver, `${locale}-upgraded`)
  }
  await browser.$('[data-testid="upgraded-dismiss"]').click()
  await until(async () => !(await notice.isExisting()), 'the notice gone once read')
})
