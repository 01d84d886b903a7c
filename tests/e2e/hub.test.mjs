// Team mode from the window: Karim connects his desktop to a real hub
// (PostgreSQL and diwan-hub, started here) in Settings; a colleague the
// hub knows arrives in his database; the indicator in the header says
// up to date, out of reach when the hub goes away (his work kept), up to
// date again when it is back; an edit made here while a colleague changed
// the same post comes back as a conflict with Karim's text, which he redoes
// from the conflicts view; a colleague at the same computer connects as
// himself; and "sign in again" once IT revokes Karim's token here. In
// English, French and Arabic.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { cli, DEMO_PASSPHRASE, launch, screenshot, signIn, startDriver, startHub, tempDatabase, typeInto, until, withoutIsolation } from './harness.mjs'

let driver
let browser
let hub
const db = tempDatabase()

before(async () => {
  cli(db, 'demo')
  hub = await startHub()
  hub.hub('mission', 'add', 'DZ-FR-PAR', '--ar', 'سفارة الجزائر في باريس', '--fr', "Ambassade d'Algérie à Paris", '--en', 'Embassy of Algeria in Paris', '--country', 'FR', '--zone', 'Europe/Paris')
  hub.hub('user', 'add', 'karim', '--display-name', 'Karim Benali', '--role', 'drafter@DZ-FR-PAR')
  hub.hub('user', 'add', 'rania', '--display-name', 'رانيا بن علي', '--role', 'translator@DZ-FR-PAR')
  driver = await startDriver()
  browser = await launch(driver, db)
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
  await hub?.stop()
})

const indicator = () => browser.$('[data-testid="hub-indicator"]')
// Its words as written (WebDriver's visible text leaves out what the ellipsis hides).
const indicatorText = () => browser.execute(() => document.querySelector('[data-testid="hub-indicator"]').textContent)
const indicatorState = async () => (await indicator().isExisting()) && (await indicator().getAttribute('data-state'))

test('Karim connects his desktop to the hub in Settings; a colleague arrives, and the header says up to date', async () => {
  assert.equal(await indicator().isExisting(), false, 'no indicator before a hub')
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="hub-connect-form"]').isExisting(), 'the offer to connect')
  // A wrong passphrase: the hub's refusal, in the window's language, nothing kept.
  await typeInto(browser, '[data-testid="hub-url"]', hub.url)
  await typeInto(browser, '[data-testid="hub-passphrase"]', 'not my passphrase at all')
  await browser.$('[data-testid="hub-connect"]').click()
  await until(() => browser.$('[data-testid="hub-error"]').isExisting(), 'the refusal')
  assert.match(await browser.$('[data-testid="hub-error"]').getText(), /Wrong name or passphrase/)
  assert.doesNotMatch(cli(db, 'audit', '--action', 'user.added'), /rania/)

  await typeInto(browser, '[data-testid="hub-passphrase"]', DEMO_PASSPHRASE)
  await browser.$('[data-testid="hub-connect"]').click()
  await until(async () => (await indicatorState()) === 'synced', 'up to date in the header')
  assert.match(withoutIsolation(await browser.$('[data-testid="hub-connected"]').getText()), new RegExp(`Connected to ${hub.url}`))
  assert.match(withoutIsolation(await browser.$('[data-testid="hub-people"]').getText()), /Connected from this computer: karim$/)
  assert.match(withoutIsolation(await browser.$('[data-testid="hub-last-sync"]').getText()), /one change brought/)
  assert.match(cli(db, 'audit', '--action', 'user.added'), /rania/, 'Rania, from the hub, is in the database')
  assert.match(hub.hub('device', 'list', 'karim'), /active/)
  for (const locale of ['en', 'fr', 'ar']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await browser.$('[data-testid="hub-settings"]').scrollIntoView()
    await screenshot(browser, driver, `${locale}-hub-connected`)
  }
  await browser.$('[data-testid="lang-en"]').click()
})

test('the hub out of reach is said in the header and the work goes on; back, it is up to date again', async () => {
  await hub.stopServing()
  await indicator().click()
  await until(async () => (await indicatorState()) === 'offline', 'out of reach')
  assert.match(withoutIsolation(await indicatorText()), /out of reach since .*your work here is kept/)
  // The window still answers: the desk opens, and a post still saves.
  await browser.$('[data-testid="workspace-desk"]').click()
  await until(() => browser.$('[data-testid="calendar"]').isExisting(), 'the desk while offline')
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'rtl', 'Arabic')
  await screenshot(browser, driver, 'ar-hub-offline')
  await browser.$('[data-testid="lang-en"]').click()

  await hub.serve()
  await indicator().click()
  await until(async () => (await indicatorState()) === 'synced', 'up to date again')
})

test('an edit that meets a colleague\'s comes back as a conflict with its text; redone, it reaches the hub', async () => {
  hub.hub('account', 'add', 'DZ-FR-PAR', 'x', 'dz_fr_par_x')
  hub.hub('user', 'add', 'samir', '--display-name', 'Samir Ouali', '--role', 'drafter@DZ-FR-PAR')
  await indicator().click()
  await until(async () => (await indicatorState()) === 'synced', 'the account known here')
  // Karim starts a post on this computer (the CLI on the window's own file: the same use cases).
  const post = JSON.parse(cli(db, '--as', 'karim', '--json', 'post', 'add', '--mission', 'DZ-FR-PAR', '--accounts', '1', '--category', 'culture', '--at', '2026-12-20 10:00', '--text', 'تحتفل السفارة بيوم الثقافة'))
  await indicator().click()
  await until(async () => JSON.parse(cli(db, '--json', 'conflicts')).length === 0 && !(await browser.$('[data-testid="hub-waiting"]').isExisting()), 'sent')

  // Samir's desktop brings it, edits it and syncs first; Karim edits it here meanwhile.
  const samirs = tempDatabase()
  cli(samirs, 'init')
  cli(samirs, 'connect', hub.url, '--name', 'samir')
  cli(samirs, '--as', 'samir', 'post', 'edit', '1', '--text', 'تحتفل سفارة الجزائر بيوم الثقافة العربية')
  assert.match(cli(samirs, 'sync'), /1 sent/)
  const karims = 'Karim: تحتفل سفارة الجزائر في باريس بيوم الثقافة'
  cli(db, '--as', 'karim', 'post', 'edit', String(post.id), '--text', karims)
  await indicator().click()
  await until(() => browser.$('[data-testid="hub-conflicts-open"]').isExisting(), 'the conflict in the header')
  assert.match(await browser.$('[data-testid="hub-conflicts-open"]').getText(), /1 conflict/)
  await browser.$('[data-testid="hub-conflicts-open"]').click()
  await until(() => browser.$('[data-testid="conflict"]').isExisting(), 'the conflicts view')
  assert.equal(await browser.$('[data-testid="conflict-text"]').getText(), karims, 'his text, kept')
  assert.match(await browser.$('[data-testid="conflict-reason"]').getText(), /Someone else changed this post's content on the team hub meanwhile/)
  // Here, the post is the hub's: Samir's text, nothing merged.
  assert.match(JSON.parse(cli(db, '--json', 'post', 'show', String(post.id))).variants[0].text, /العربية$/)
  // The view is modal: closed to change the language, opened again in each.
  for (const locale of ['fr', 'ar', 'en']) {
    await browser.$('[data-testid="conflicts-close"]').click()
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await browser.$('[data-testid="hub-conflicts-open"]').click()
    await until(() => browser.$('[data-testid="conflict"]').isExisting(), `the conflicts view in ${locale}`)
    await screenshot(browser, driver, `${locale}-hub-conflicts`)
  }

  // He redoes it on Samir's version: gone from the list, waiting to be sent, then on the hub.
  await browser.$('[data-testid="conflict-redo"]').click()
  await until(() => browser.$('[data-testid="conflicts-empty"]').isExisting(), 'nothing refused any more')
  await browser.$('[data-testid="conflicts-close"]').click()
  await until(() => browser.$('[data-testid="hub-waiting"]').isExisting(), 'one change to send')
  assert.equal(await browser.$('[data-testid="hub-conflicts-open"]').isExisting(), false)
  await indicator().click()
  await until(async () => !(await browser.$('[data-testid="hub-waiting"]').isExisting()), 'sent')
  cli(samirs, 'sync')
  assert.equal(JSON.parse(cli(samirs, '--json', 'post', 'show', '1')).variants[0].text, karims, 'his text reached Samir')
  assert.match(cli(db, 'audit', '--action', 'post.change-refused'), /edit-text by karim/)
})

test('locked, nothing of the hub shows; unlocked, the window syncs again at once and brings what came while it was locked', async () => {
  await browser.$('[data-testid="lock"]').click()
  await until(() => browser.$('[data-testid="sign-in-unlock"]').isExisting(), 'the lock screen')
  assert.equal(await indicator().isExisting(), false, 'nothing of the hub on the lock screen')
  hub.hub('user', 'add', 'yacine', '--display-name', 'Yacine Saadi', '--role', 'translator@DZ-FR-PAR')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', DEMO_PASSPHRASE)
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="signed-in-as"]').isExisting(), 'unlocked')
  await until(async () => /yacine/.test(cli(db, 'audit', '--action', 'user.added')), 'Yacine, added on the hub while locked, here after unlocking')
  await until(async () => (await indicatorState()) === 'synced', 'up to date')
})

test('a colleague at the same computer is told he is not connected as himself, and connects in Settings with his own passphrase', async () => {
  await signIn(browser, 'samir')
  await until(() => browser.$('[data-testid="hub-not-me"]').isExisting(), 'not connected as Samir, in the header')
  await screenshot(browser, driver, 'en-hub-not-me')
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="hub-connect-me-form"]').isExisting(), 'the offer to connect as himself')
  assert.match(withoutIsolation(await browser.$('[data-testid="hub-connect-me-hint"]').getText()), /You \(samir\) are not connected/)
  for (const locale of ['ar', 'fr', 'en']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await browser.$('[data-testid="hub-settings"]').scrollIntoView()
    await screenshot(browser, driver, `${locale}-hub-connect-me`)
  }
  await typeInto(browser, '[data-testid="hub-passphrase"]', DEMO_PASSPHRASE)
  await browser.$('[data-testid="hub-connect"]').click()
  await until(async () => !(await browser.$('[data-testid="hub-connect-me-form"]').isExisting()), 'connected as Samir')
  assert.equal(await browser.$('[data-testid="hub-not-me"]').isExisting(), false)
  assert.match(withoutIsolation(await browser.$('[data-testid="hub-people"]').getText()), /karim, samir$/)
  assert.match(hub.hub('device', 'list', 'samir'), /active/)
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.lang)) === 'ar', 'ar')
  await browser.$('[data-testid="hub-settings"]').scrollIntoView()
  await screenshot(browser, driver, 'ar-hub-two-people')
  await browser.$('[data-testid="lang-en"]').click()
  await signIn(browser, 'karim')
})

test('once IT revokes this computer the header asks to sign in again, and nothing here changes', async () => {
  const id = hub.hub('device', 'list', 'karim').split('\t')[0]
  hub.hub('device', 'revoke', id)
  const events = cli(db, 'verify')
  await indicator().click()
  await until(async () => (await indicatorState()) === 'signed-out', 'sign in again')
  assert.match(await indicatorText(), /must sign in again/)
  assert.equal(cli(db, 'verify'), events, 'nothing written')
})
