// Hostile input: a post whose texts (in each language), note, comment,
// template and image alt text carry markup and script meant to run in the
// webview. Diwan renders user text as text, so nothing runs and no element
// comes of it, wherever the text is shown: the calendar, the composer, the
// translator's and the supervisor's views, the audit trail.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'

import { cli, launch, parisDay, screenshot, setControlIn, signIn, startDriver, tempDatabase, typeInto, until } from './harness.mjs'

let driver
let browser
const db = tempDatabase()
let post

// Each sets `window.__pwned` if it ever runs.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<a href="javascript:window.__pwned=3">لينك</a>',
  '<svg onload="window.__pwned=4"></svg>',
]
const hostile = (prefix) => `${prefix} ${PAYLOADS.join(' ')}`

before(async () => {
  cli(db, 'demo')
  const added = JSON.parse(
    cli(db, '--as', 'karim', '--json', 'post', 'add', '--mission', 'DZ-FR-PAR', '--accounts', '2', '--category', 'culture',
      '--at', `${parisDay(1)} 11:00`, '--languages', 'fr,en', '--note', hostile('ملاحظة'), '--text', hostile('نص')),
  )
  post = String(added.id)
  cli(db, '--as', 'lina', 'post', 'edit', post, '--language', 'fr', '--text', hostile('Texte'))
  driver = await startDriver()
  browser = await launch(driver, db)
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

const setControl = (selector, value, eventName) => setControlIn(browser, selector, value, eventName)

/** Nothing ran and no element came from the payloads, in the page as it stands. */
async function untouched(where) {
  const found = await browser.execute(() => ({
    pwned: window.__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
    svgs: [...document.querySelectorAll('svg')].filter((s) => s.getAttribute('onload')).length,
  }))
  assert.deepEqual(found, { pwned: null, images: 0, scripts: 0, links: 0, svgs: 0 }, where)
}

test('a hostile post shows as text on the calendar and in the composer, with its comment and alt text', async () => {
  await signIn(browser, 'karim')
  await browser.$('[data-testid="workspace-desk"]').click()
  await setControl('[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  const chip = browser.$(`[data-testid="calendar"] [data-post-id="${post}"]`)
  await until(() => chip.isExisting(), 'the post on the calendar')
  const title = await browser.execute((id) => document.querySelector(`[data-testid="calendar"] [data-post-id="${id}"]`)?.textContent, post)
  assert.match(title, /<img src=x/, 'the markup is shown as text')
  await untouched('the calendar')
  await chip.click()
  await until(() => browser.$('[data-testid="composer"]').isDisplayed(), 'the composer')
  await typeInto(browser, '[data-testid="comment-body"]', hostile('تعليق'))
  await browser.$('[data-testid="comment-add"]').click()
  await until(async () => (await browser.$('[data-testid="comments"]').getText()).includes('<script>'), 'the comment, as text')
  const image = join(mkdtempSync(join(tmpdir(), 'diwan-image-')), 'x.png')
  execFileSync('convert', ['-size', '8x8', 'xc:#a3261b', `PNG32:${image}`])
  await browser.$('[data-testid="media-input"]').setValue(image)
  await until(() => browser.$('[data-testid="thumbnail"]').isExisting(), 'the image')
  const alt = await browser.$('[data-testid^="alt-"][data-testid$="-ar"]').getAttribute('data-testid')
  await setControl(`[data-testid="${alt}"]`, hostile('وصف'), 'change')
  await until(
    () => JSON.parse(cli(db, 'export', 'json')).posts.find((p) => String(p.id) === post).media[0]?.alt.ar?.includes('<svg'),
    'the alt text saved',
  )
  await untouched('the composer')
  await screenshot(browser, driver, 'en-hostile-composer')
  await browser.keys(['Escape'])
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'the composer closed')
})

test('a hostile template body is saved and shown as text in the editor', async () => {
  await signIn(browser, 'amina')
  await browser.$('[data-testid="open-templates"]').click()
  const editor = browser.$('[data-testid="template-editor"]')
  await until(() => editor.isDisplayed(), 'the template editor')
  const id = await browser.execute(() =>
    document.querySelector('[data-testid^="template-"] textarea')?.closest('section')?.getAttribute('data-testid')?.replace('template-', ''),
  )
  await setControl(`[data-testid="template-${id}"] textarea`, hostile('قالب'))
  await browser.$(`[data-testid="template-save-${id}"]`).click()
  await until(() => browser.$(`[data-testid="template-${id}"] .save-status`).isExisting(), 'saved')
  await untouched('the template editor')
  await browser.keys(['Escape'])
  await until(async () => !(await editor.isExisting()), 'the editor closed')
})

test('the translator, the supervisor and the audit trail show the hostile texts as text', async () => {
  cli(db, '--as', 'karim', 'post', 'submit', post)
  cli(db, '--as', 'lina', 'post', 'edit', post, '--language', 'en', '--text', hostile('Text'))
  await signIn(browser, 'lina')
  await browser.$('[data-testid="workspace-translation"]').click()
  const entry = browser.$(`[data-testid^="queue-item-${post}"]`)
  await until(() => entry.isExisting(), 'the post in the translation queue')
  await entry.click()
  await until(() => browser.$('[data-testid="translation-source"]').isExisting(), 'the translation editor')
  assert.match(await browser.$('[data-testid="translation-source"]').getText(), /<script>/)
  await untouched('the translation editor')
  // Done with an override whose reason is hostile too; the last language done sends the post to review.
  for (const language of ['fr', 'en']) cli(db, '--as', 'lina', 'post', 'done', post, '--language', language, '--override', hostile('تجاوز'))

  await signIn(browser, 'samir')
  await browser.$('[data-testid="workspace-approvals"]').click()
  await until(() => browser.$(`[data-testid="review-item-${post}"]`).isExisting(), 'the post in review')
  await browser.$(`[data-testid="review-item-${post}"]`).click()
  await until(() => browser.$('[data-testid="review-variants"]').isExisting(), 'the review view')
  await until(() => browser.$('[data-testid="thumbnail"]').isExisting(), 'the image with its alt text')
  await untouched('the review view')
  await screenshot(browser, driver, 'en-hostile-review')

  await browser.$('[data-testid="workspace-audit"]').click()
  await until(async () => (await browser.$('[data-testid="panel-audit"]').getText()).length > 0, 'the audit trail')
  await untouched('the audit trail')
  await browser.$('[data-testid="workspace-desk"]').click()
})
