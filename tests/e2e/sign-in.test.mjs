// Sign-in makes four-eyes real in the room: a drafter cannot approve their
// own post by naming a supervisor without the supervisor's passphrase; a
// locked app shows nothing of the plan; administrators give one-time
// passphrases that are changed at the first sign-in.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'

import { cli, DEMO_PASSPHRASE, launch, parisDay, screenshot, signIn, startDriver, tempDatabase, typeInto, until, withoutIsolation } from './harness.mjs'

let driver
let browser
const db = tempDatabase()
let post
const SAMIR = 'cedars of the high atlas'
const SECRET_TEXT = 'بيان لم ينشر بعد عن زيارة الوزير'

before(async () => {
  cli(db, 'demo')
  cli(db, 'user', 'add', 'rania', '--display-name', 'Rania Khalil', '--role', 'translator@DZ-FR-PAR')
  const added = JSON.parse(
    cli(db, '--as', 'karim', '--json', 'post', 'add', '--mission', 'DZ-FR-PAR', '--accounts', '2', '--category', 'culture',
      '--at', `${parisDay(1)} 12:00`, '--languages', 'fr', '--text', SECRET_TEXT),
  )
  post = String(added.id)
  for (const variant of added.variants.filter((v) => v.language !== added.sourceLanguage)) {
    cli(db, '--as', 'lina', 'post', 'edit', post, '--language', variant.language, '--text', 'Communiqué sur la visite du ministre')
    cli(db, '--as', 'lina', 'post', 'done', post, '--language', variant.language, '--override', 'e2e')
  }
  cli(db, '--as', 'karim', 'post', 'submit', post)
  driver = await startDriver()
  browser = await launch(driver, db, 'samir')
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

const text = async (selector) => withoutIsolation(await browser.$(selector).getText())
const state = () => JSON.parse(cli(db, '--json', 'post', 'show', post)).state

test('Samir chooses his own passphrase in Settings', async () => {
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="sign-in-settings"]').isExisting(), 'the sign-in settings')
  await typeInto(browser, '[data-testid="old-passphrase"]', DEMO_PASSPHRASE)
  await typeInto(browser, '[data-testid="new-passphrase"]', SAMIR)
  await typeInto(browser, '[data-testid="new-passphrase-again"]', SAMIR)
  await browser.$('[data-testid="change-passphrase"]').click()
  await until(() => browser.$('[data-testid="sign-in-settings-done"]').isExisting(), 'the change confirmed')
  assert.match(cli(db, 'audit', '--action', 'user.passphrase-changed'), /samir/)
})

test('Karim cannot approve his own post by signing in as Samir', async () => {
  await signIn(browser, 'karim')
  await browser.$('[data-testid="sign-out"]').click()
  await until(() => browser.$('[data-testid="sign-in-sign-in"]').isExisting(), 'the sign-in form')
  // The passphrase Karim knows is his own (the demo's), not Samir's.
  await typeInto(browser, '[data-testid="sign-in-name"]', 'samir')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', DEMO_PASSPHRASE)
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="sign-in-error"]').isExisting(), 'the refusal')
  assert.match(await text('[data-testid="sign-in-error"]'), /Wrong name or passphrase/)
  assert.equal(await browser.$('[data-testid="workspace-approvals"]').isExisting(), false, 'no workspace behind the door')
  assert.equal(state(), 'in-review', 'nothing approved')
  assert.match(cli(db, 'audit', '--action', 'user.sign-in-failed'), /user:samir/)
  await screenshot(browser, driver, 'en-sign-in-refused')
  // Samir himself approves.
  await signIn(browser, 'samir', SAMIR)
  await browser.$('[data-testid="workspace-approvals"]').click()
  const approve = browser.$(`[data-testid="review-item-${post}"]`)
  await until(() => approve.isExisting(), 'the post in Samir’s queue')
})

test('a locked app shows nothing of the plan until the same passphrase is given', async () => {
  await signIn(browser, 'karim')
  await browser.$('[data-testid="lang-fr"]').click()
  await browser.$('[data-testid="lock"]').click()
  await until(() => browser.$('[data-testid="sign-in-unlock"]').isExisting(), 'the lock screen')
  const visible = await browser.execute(() => document.body.innerText)
  assert.ok(!visible.includes(SECRET_TEXT) && !visible.includes('Communiqué'), 'no post text on the lock screen')
  assert.equal(await browser.$('[data-testid="calendar"]').isExisting(), false)
  assert.match(await text('[data-testid="locked-by"]'), /Karim Benali/)
  await screenshot(browser, driver, 'fr-locked')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', 'not my passphrase at all')
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="sign-in-error"]').isExisting(), 'the refusal')
  assert.match(await text('[data-testid="sign-in-error"]'), /incorrect/)
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', DEMO_PASSPHRASE)
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="signed-in-as"]').isExisting(), 'unlocked')
  // Ctrl+L locks too, from anywhere.
  await browser.keys(['Control', 'l'])
  await until(() => browser.$('[data-testid="sign-in-unlock"]').isExisting(), 'locked by the key')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', DEMO_PASSPHRASE)
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="signed-in-as"]').isExisting(), 'unlocked again')
})

test('an administrator gives a one-time passphrase, changed at the first sign-in', async () => {
  await browser.$('[data-testid="lang-en"]').click()
  await signIn(browser, 'amina')
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="one-time-person"]').isExisting(), 'the administrators’ part')
  // The app took today's backup when it started, beside the database.
  await until(async () => (await browser.$('[data-testid="backup-newest"]').getAttribute('data-day')) === new Date().toISOString().slice(0, 10), 'today’s backup')
  // Written as the interface writes a day, not as ISO.
  assert.match(await text('[data-testid="backup-newest"]'), /\d{4}/)
  assert.doesNotMatch(await text('[data-testid="backup-newest"]'), /\d{4}-\d{2}-\d{2}/)
  assert.match(await text('[data-testid="backup-folder"]'), /diwan\.db\.backups$/)
  await browser.$('[data-testid="lang-ar"]').click()
  await browser.$('[data-testid="backup-settings"]').scrollIntoView()
  await screenshot(browser, driver, 'ar-settings-backups')
  await browser.$('[data-testid="lang-en"]').click()
  await browser.$('[data-testid="one-time-person"]').selectByAttribute('value', 'rania')
  await typeInto(browser, '[data-testid="one-time-passphrase"]', 'first day at the embassy')
  await screenshot(browser, driver, 'en-settings-sign-in')
  await browser.$('[data-testid="give-one-time"]').click()
  await until(() => browser.$('[data-testid="sign-in-settings-done"]').isExisting(), 'given')
  await browser.$('[data-testid="sign-out"]').click()
  await browser.$('[data-testid="lang-ar"]').click()
  await until(() => browser.$('[data-testid="sign-in-sign-in"]').isExisting(), 'the sign-in form')
  await typeInto(browser, '[data-testid="sign-in-name"]', 'rania')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', 'first day at the embassy')
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="sign-in-change"]').isExisting(), 'asked to choose her own')
  assert.equal(await browser.$('[data-testid="calendar"]').isExisting(), false)
  await screenshot(browser, driver, 'ar-change-passphrase')
  await typeInto(browser, '[data-testid="sign-in-passphrase"]', 'ياسمين الشام في الربيع')
  await typeInto(browser, '[data-testid="sign-in-again"]', 'ياسمين الشام في الربيع')
  await browser.$('[data-testid="sign-in-submit"]').click()
  await until(() => browser.$('[data-testid="signed-in-as"]').isExisting(), 'Rania signed in')
  assert.match(cli(db, 'audit', '--action', 'user.passphrase-changed'), /rania/)
  await browser.$('[data-testid="lang-en"]').click()
})

test('an administrator encrypts the database from Settings; then only a key slot opens it', async () => {
  await signIn(browser, 'amina')
  await browser.$('[data-testid="lang-fr"]').click()
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="encrypt-form"]').isExisting(), 'the offer to encrypt')
  await browser.$('[data-testid="encrypt-form"]').scrollIntoView()
  await screenshot(browser, driver, 'fr-settings-encrypt')
  await typeInto(browser, '[data-testid="encrypt-passphrase"]', DEMO_PASSPHRASE)
  // The demo's file encrypts in a blink: what the window said meanwhile is
  // caught as it is drawn.
  await browser.execute(() => {
    window.sawEncrypting = null
    new MutationObserver(() => {
      const said = document.querySelector('[data-testid="encrypting"]')
      if (said && !window.sawEncrypting) {
        window.sawEncrypting = { text: said.textContent, buttonDisabled: document.querySelector('[data-testid="encrypt"]').disabled }
      }
    }).observe(document.body, { childList: true, subtree: true })
  })
  await browser.$('[data-testid="encrypt"]').click()
  await until(() => browser.$('[data-testid="encrypted-aside"]').isExisting(), 'encrypted, the clear copy named')
  const meanwhile = await browser.execute(() => window.sawEncrypting)
  assert.match(meanwhile?.text ?? '', /Chiffrement d’une copie de toute la base/, 'the window said it was at work')
  assert.equal(meanwhile.buttonDisabled, true, 'and could not be asked twice')
  assert.match(await text('[data-testid="encrypted-aside"]'), /before-encryption/)
  assert.equal(await browser.$('[data-testid="encrypt-form"]').isExisting(), false, 'offered no more')
  const header = readFileSync(db).subarray(0, 16).toString('latin1')
  assert.notEqual(header, 'SQLite format 3\u0000')
  // The CLI needs a slot now: Amina has one, the plan is still there.
  assert.throws(() => cli(db, 'missions', 'list'), /encrypted/)
  assert.match(cli(db, '--as', 'amina', '--json', 'post', 'show', post), /in-review|approved/)
  await browser.$('[data-testid="lang-en"]').click()
})
