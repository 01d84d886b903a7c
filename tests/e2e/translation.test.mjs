// The translator's workspace: Lina opens a post from her queue, inserts a
// translation-memory match, fixes what a quality check finds, marks it
// done, and the desk's calendar then shows the post in French.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { cli, launch, parisDay, screenshot, setControlIn, signIn, startDriver, tempDatabase, until } from './harness.mjs'

let driver
let browser
const db = tempDatabase()
let post

// A sentence translated once before: the memory holds its French.
const REMEMBERED_AR = 'تعرب سفارة الجزائر في فرنسا عن تهانيها بمناسبة افتتاح المعرض.'
const REMEMBERED_FR = 'L’ambassade d’Algérie en France adresse ses félicitations à l’occasion de l’ouverture de l’exposition.'
const SECOND_AR = 'زار المعرض 12 ألف شخص.'

function addPost(text, day) {
  const out = cli(db, '--as', 'karim', '--json', 'post', 'add', '--mission', 'DZ-FR-PAR', '--accounts', '2', '--category', 'culture',
    '--at', `${parisDay(day)} 11:00`, '--languages', 'fr', '--text', text)
  const id = String(JSON.parse(out).id)
  cli(db, '--as', 'karim', 'post', 'submit', id)
  return id
}

before(async () => {
  cli(db, 'demo')
  const earlier = addPost(REMEMBERED_AR, 1)
  for (const language of ['fr', 'en']) {
    const text = language === 'fr' ? REMEMBERED_FR : 'The Embassy of Algeria in France congratulates the opening of the exhibition.'
    cli(db, '--as', 'lina', 'post', 'edit', earlier, '--language', language, '--text', text)
    cli(db, '--as', 'lina', 'post', 'done', earlier, '--language', language)
  }
  post = addPost(`${REMEMBERED_AR} ${SECOND_AR}`, 2)
  driver = await startDriver()
  browser = await launch(driver, db)
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

const setControl = (selector, value, eventName) => setControlIn(browser, selector, value, eventName)
const direction = (selector) => browser.execute((sel) => getComputedStyle(document.querySelector(sel)).direction, selector)
const item = (language) => browser.$(`[data-testid="queue-item-${post}-${language}"]`)

test('a translator opens a post from the queue, inserts a memory match, fixes a check and marks it done', async () => {
  await signIn(browser, 'lina')
  await until(() => browser.$('[data-testid="count-translation"]').isExisting(), 'the count of waiting texts on the tab')
  await browser.$('[data-testid="workspace-translation"]').click()
  await until(() => item('fr').isExisting(), 'the new post in the queue, in French')
  assert.equal(await item('fr').getAttribute('data-need'), 'missing')
  await item('fr').click()
  await until(() => browser.$('[data-testid="translation-target"]').isExisting(), 'the editor')
  // Each text in its own direction, whatever the interface's.
  assert.equal(await direction('[data-testid="translation-source"]'), 'rtl')
  assert.equal(await direction('[data-testid="translation-target"]'), 'ltr')
  await until(async () => (await browser.$$('[data-testid="memory-match"]')).length > 0, 'a memory match')
  assert.equal(await browser.$('[data-testid="memory-match"]').getAttribute('data-score'), '100')
  await screenshot(browser, driver, 'en-translation')

  // Alt+1 inserts the first match.
  await browser.$('[data-testid="translation-target"]').click()
  await browser.keys(['Alt', '1'])
  await until(async () => (await browser.$('[data-testid="translation-target"]').getValue()).includes(REMEMBERED_FR), 'the match inserted')
  // The second sentence, without its number: the numbers check finds it.
  const missingNumber = `${REMEMBERED_FR} Des milliers de personnes ont visité l’exposition.`
  await setControl('[data-testid="translation-target"]', missingNumber)
  await browser.$('[data-testid="translation-done"]').click()
  await until(() => browser.$('[data-testid="translation-error"]').isExisting(), 'done refused')
  await until(async () => (await browser.$$('[data-testid="checks"] li[data-check="numbers"]')).length === 1, 'the numbers check')
  await screenshot(browser, driver, 'en-translation-check-failed')
  // Fixed: the check passes and "done" goes through.
  await setControl('[data-testid="translation-target"]', `${REMEMBERED_FR} 12 000 personnes ont visité l’exposition.`)
  await browser.$('[data-testid="translation-done"]').click()
  await until(() => browser.$('[data-testid="translation-notice"]').isExisting(), 'marked translated')
  await until(async () => !(await item('fr').isExisting()), 'the French version leaves the queue')
  const shown = JSON.parse(cli(db, '--json', 'post', 'show', post))
  assert.equal(shown.variants.find((v) => v.language === 'fr').state, 'translated')
  assert.equal(shown.state, 'in-translation', 'English is still to do')
})

test('the desk shows the post in French once translated', async () => {
  await browser.$('[data-testid="lang-fr"]').click()
  await browser.$('[data-testid="workspace-desk"]').click()
  await setControl('[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  const chip = () => browser.$(`[data-testid="calendar"] [data-post-id="${post}"]`)
  await until(() => chip().isExisting(), 'the post on the calendar')
  await until(async () => (await chip().getAttribute('data-post-language')) === 'fr', 'shown in French')
  await browser.$('[data-testid="lang-en"]').click()
})

test('the workspace reads in Arabic right to left and in French, each text in its own direction', async () => {
  await browser.$('[data-testid="workspace-translation"]').click()
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'rtl', 'rtl')
  await until(() => item('en').isExisting(), 'the English version waiting')
  await item('en').click()
  await until(() => browser.$('[data-testid="translation-target"]').isExisting(), 'the editor')
  assert.equal(await direction('[data-testid="translation-target"]'), 'ltr', 'English stays left to right in the Arabic interface')
  assert.equal(await direction('[data-testid="translation-source"]'), 'rtl')
  await until(async () => (await browser.$$('[data-testid="memory-match"]')).length > 0, 'a memory match')
  await screenshot(browser, driver, 'ar-translation')
  await browser.$('[data-testid="lang-fr"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.lang)) === 'fr', 'fr')
  await screenshot(browser, driver, 'fr-translation')
  await browser.$('[data-testid="lang-en"]').click()
})

test('an administrator adds a glossary term, which the translator then sees beside the source', async () => {
  await signIn(browser, 'amina')
  // In Arabic: the editor is modal, so the language is chosen first.
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'rtl', 'rtl')
  await until(() => browser.$('[data-testid="open-glossary"]').isExisting(), 'the glossary link for an administrator')
  await browser.$('[data-testid="open-glossary"]').click()
  await until(() => browser.$('[data-testid="glossary-editor"]').isDisplayed(), 'the glossary editor')
  await setControl('[data-testid="new-term-ar"]', 'المعرض')
  await setControl('[data-testid="new-term-fr"]', 'l’exposition')
  await setControl('[data-testid="new-term-en"]', 'the exhibition')
  await browser.$('[data-testid="new-term-add"]').click()
  await until(async () => (await browser.$$('[data-testid^="term-"][data-testid$="-ar"]')).length === 1, 'the term listed')
  assert.match(cli(db, 'glossary', 'export'), /المعرض,l’exposition,the exhibition/)
  await screenshot(browser, driver, 'ar-glossary')
  await browser.keys(['Escape'])
  await until(async () => !(await browser.$('[data-testid="glossary-editor"]').isExisting()), 'closed')
  await browser.$('[data-testid="lang-en"]').click()
  await signIn(browser, 'lina')
  await browser.$('[data-testid="workspace-translation"]').click()
  await until(() => item('en').isExisting(), 'the English version waiting')
  await item('en').click()
  await until(() => browser.$('[data-testid="glossary-hits"]').isExisting(), 'the term beside the source')
  assert.match(await browser.$('[data-testid="glossary-hits"]').getText(), /the exhibition/)
})
