// The supervisor's queue: a drafter's post, translated and handed on,
// waits in Samir's review queue; rejecting without a reason is refused by
// the core; Samir approves, and the calendar shows the post approved.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { after, before, test } from 'node:test'

import { cli, launch, parisDay, screenshot, setControlIn, signIn, startDriver, tempDatabase, until, withoutIsolation } from './harness.mjs'

let driver
let browser
const db = tempDatabase()
let post

/** Karim's post at Paris, translated by Lina and handed on to review; its id. */
function inReview(text, day) {
  const added = JSON.parse(
    cli(db, '--as', 'karim', '--json', 'post', 'add', '--mission', 'DZ-FR-PAR', '--accounts', '2', '--category', 'culture',
      '--at', `${parisDay(day)} 12:00`, '--languages', 'fr', '--text', text),
  )
  const id = String(added.id)
  const texts = { fr: 'L’ambassade organise une soirée de calligraphie arabe à Paris.', en: 'The embassy holds an evening of Arabic calligraphy in Paris.' }
  for (const variant of added.variants.filter((v) => v.language !== added.sourceLanguage)) {
    cli(db, '--as', 'lina', 'post', 'edit', id, '--language', variant.language, '--text', texts[variant.language] ?? texts.en)
    cli(db, '--as', 'lina', 'post', 'done', id, '--language', variant.language, '--override', 'e2e')
  }
  cli(db, '--as', 'karim', 'post', 'submit', id)
  return id
}

before(async () => {
  cli(db, 'demo')
  post = inReview('تنظم السفارة أمسية للخط العربي في باريس.', 2)
  driver = await startDriver()
  browser = await launch(driver, db)
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

const setControl = (selector, value, eventName) => setControlIn(browser, selector, value, eventName)
const item = () => browser.$(`[data-testid="review-item-${post}"]`)

test('a supervisor reviews a post: the queue, every language side by side, a rejection needs a reason', async () => {
  await signIn(browser, 'samir')
  await until(() => browser.$('[data-testid="count-approvals"]').isExisting(), 'the count of posts to review on the tab')
  await browser.$('[data-testid="workspace-approvals"]').click()
  await until(() => item().isExisting(), 'the post in the review queue')
  await item().click()
  await until(() => browser.$('[data-testid="review-variants"]').isExisting(), 'the review view')
  const directions = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="review-variants"] [data-language]')].map((section) => [
      section.getAttribute('data-language'),
      getComputedStyle(section.querySelector('.source-text')).direction,
    ]),
  )
  assert.deepEqual(Object.fromEntries(directions).ar, 'rtl')
  assert.deepEqual(Object.fromEntries(directions).fr, 'ltr')
  // Each language with its platform's preview (account 2 is Facebook, in French and Arabic), and the images.
  await until(() => browser.$('[data-testid="review-variants"] [data-language="fr"] [data-testid="preview-facebook"]').isExisting(), 'the French preview')
  assert.ok(await browser.$('[data-testid="review-variants"] [data-language="ar"] [data-testid="preview-facebook"]').isExisting())
  assert.ok(await browser.$('[data-testid="media"]').isExisting(), 'the images (none here), read-only')
  assert.equal(await browser.$('[data-testid="media-input"]').isExisting(), false, 'a reviewer attaches nothing')
  for (const locale of ['en', 'ar', 'fr']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await screenshot(browser, driver, `${locale}-review`)
  }
  await browser.$('[data-testid="lang-en"]').click()
  // No reason: the core refuses, and says so in the interface language.
  await browser.$('[data-testid="review-reject"]').click()
  await until(() => browser.$('[data-testid="review-error"]').isExisting(), 'the refusal')
  assert.match(await browser.$('[data-testid="review-error"]').getText(), /Say why/)
  assert.equal(JSON.parse(cli(db, '--json', 'post', 'show', post)).state, 'in-review', 'nothing changed')
})

test('the supervisor approves and the calendar shows the post approved', async () => {
  await browser.$('[data-testid="review-approve"]').click()
  await until(() => browser.$('[data-testid="review-notice"]').isExisting(), 'the decision noted')
  assert.equal(JSON.parse(cli(db, '--json', 'post', 'show', post)).state, 'approved')
  await until(async () => !(await item().isExisting()), 'the post leaves the queue')
  await browser.$('[data-testid="workspace-desk"]').click()
  await setControl('[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  const chip = () => browser.$(`[data-testid="calendar"] [data-post-id="${post}"]`)
  await until(() => chip().isExisting(), 'the post on the calendar')
  await until(async () => (await chip().getAttribute('data-post-state')) === 'approved', 'shown approved')
})

test('the drafter has no review queue of their own, and the core says why on a post they wrote', async () => {
  await signIn(browser, 'karim')
  await browser.$('[data-testid="workspace-approvals"]').click()
  await until(() => browser.$('[data-testid="panel-approvals"]').isExisting(), 'the approvals panel')
  assert.equal((await browser.$$('[data-testid^="review-item-"]')).length, 0)
  await browser.$('[data-testid="workspace-desk"]').click()
})

test('the drafter marks the approved post published from the composer; the core refuses an address that is not one', async () => {
  await signIn(browser, 'karim')
  await browser.$('[data-testid="workspace-desk"]').click()
  await setControl('[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  const chip = () => browser.$(`[data-testid="calendar"] [data-post-id="${post}"]`)
  await until(() => chip().isExisting(), 'the post on the calendar')
  await chip().click()
  await until(() => browser.$('[data-testid="publish-panel"]').isExisting(), 'mark published, offered for an approved post')
  // The previews come in once counted and move the panel down: wait, so the click lands where the button is.
  await until(() => browser.$('[data-testid="preview-facebook"]').isExisting(), 'the preview')
  await setControl('[data-testid="publish-url"]', 'not a url')
  await browser.$('[data-testid="publish-mark"]').click()
  await until(() => browser.$('[data-testid="publish-error"]').isExisting(), 'refused')
  assert.match(await browser.$('[data-testid="publish-error"]').getText(), /not a web address/)
  await setControl('[data-testid="publish-url"]', 'https://x.com/AlgerieFrance/status/42')
  await browser.$('[data-testid="publish-mark"]').click()
  await until(async () => JSON.parse(cli(db, '--json', 'post', 'show', post)).state === 'published', 'published')
  assert.equal(JSON.parse(cli(db, '--json', 'post', 'show', post)).publishedUrl, 'https://x.com/AlgerieFrance/status/42')
  await browser.keys(['Escape'])
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'the composer closed')
  await until(async () => (await chip().getAttribute('data-post-state')) === 'published', 'shown published')
})

test('the audit trail shows who did what to the post, in each language, and verifies intact', async () => {
  await signIn(browser, 'samir')
  await browser.$('[data-testid="workspace-audit"]').click()
  await until(() => browser.$('[data-testid="audit-table"]').isExisting(), 'the audit view')
  await setControl('[data-testid="audit-post"]', post)
  await until(
    async () => (await browser.$$('[data-testid="audit-table"] tr[data-action="post.approved"]')).length === 1,
    'the approval of the post',
  )
  const actions = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="audit-table"] tbody tr')].map((row) => row.getAttribute('data-action')),
  )
  assert.equal(actions.at(-1), 'post.created', 'created first, listed last')
  assert.ok(actions.includes('post.translated') && actions.includes('post.submitted'))
  assert.match(await browser.$('[data-testid="audit-table"] tr[data-action="post.approved"]').getText(), /Approved/)
  await browser.$('[data-testid="audit-verify"]').click()
  await until(() => browser.$('[data-testid="audit-intact"]').isExisting(), 'the verdict')
  assert.match(await browser.$('[data-testid="audit-intact"]').getText(), /intact/)
  for (const locale of ['ar', 'fr', 'en']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await screenshot(browser, driver, `${locale}-audit`)
  }
  await browser.$('[data-testid="workspace-desk"]').click()
})

test('a supervisor approves several posts at once, each checked by the core, with a result for each', async () => {
  const first = inReview('معرض للصور الفوتوغرافية في السفارة.', 3)
  const second = inReview('حفل موسيقي أندلسي في باريس.', 3)
  await signIn(browser, 'samir')
  await browser.$('[data-testid="workspace-approvals"]').click()
  await until(() => browser.$(`[data-testid="review-choose-${second}"]`).isExisting(), 'both posts in the queue')
  await browser.$(`[data-testid="review-choose-${first}"]`).click()
  await browser.$(`[data-testid="review-choose-${second}"]`).click()
  await browser.$('[data-testid="review-approve-chosen"]').click()
  await until(async () => (await browser.$$('[data-testid="review-outcomes"] li[data-ok="true"]')).length === 2, 'a result for each')
  for (const id of [first, second]) assert.equal(JSON.parse(cli(db, '--json', 'post', 'show', id)).state, 'approved')
  await screenshot(browser, driver, 'en-review-several')
  await browser.$('[data-testid="workspace-desk"]').click()
})

test('an administrator changes a category’s approval policy in Settings; a step naming nobody is refused', async () => {
  await signIn(browser, 'amina')
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="policy-edit-culture"]').isExisting(), 'the policies, editable')
  await browser.$('[data-testid="policy-edit-culture"]').click()
  await browser.$('[data-testid="policy-add-step"]').click()
  await setControl('[data-testid="policy-step-1-kind"]', 'any', 'change')
  // Nobody named: the core refuses, in the interface language, and nothing changes.
  await browser.$('[data-testid="policy-save"]').click()
  await until(() => browser.$('[data-testid="policy-error"]').isExisting(), 'the refusal')
  assert.match(await browser.$('[data-testid="policy-error"]').getText(), /at least one name/)
  const before = JSON.parse(cli(db, 'policy', 'show', '--json')).find((p) => p.category === 'culture')
  assert.deepEqual(before.steps, ['supervisor'])
  await setControl('[data-testid="policy-step-1-names"]', 'nadia', 'input')
  await browser.$('[data-testid="policy-save"]').click()
  await until(async () => (await browser.$('[data-testid="policy-culture"]').getText()).includes('nadia'), 'the new step shown')
  const after = JSON.parse(cli(db, 'policy', 'show', '--json')).find((p) => p.category === 'culture')
  assert.deepEqual(after.steps, ['supervisor', 'any:nadia'])
  assert.equal(after.updatedBy, 'amina')
  for (const locale of ['ar', 'fr', 'en']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await screenshot(browser, driver, `${locale}-policies`)
  }
  // A supervisor sees the policies and cannot change them.
  await signIn(browser, 'samir')
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="policy-culture"]').isExisting(), 'the policies for a supervisor')
  assert.equal(await browser.$('[data-testid="policy-edit-culture"]').isExisting(), false, 'read only for a supervisor')
  assert.match(await browser.$('[data-testid="policy-culture"]').getText(), /nadia/)
  await browser.$('[data-testid="workspace-desk"]').click()
})

test('a supervisor declares a crisis: a routine post pauses, shows paused on the desk, and resumes when the crisis ends', async () => {
  const routine = inReview('أسبوع الفيلم الجزائري في باريس.', 6)
  cli(db, '--as', 'samir', 'post', 'approve', routine)
  // Culture may need Nadia too, as the administrator set it above.
  if (JSON.parse(cli(db, '--json', 'post', 'show', routine)).state === 'in-review') cli(db, '--as', 'nadia', 'post', 'approve', routine)
  await signIn(browser, 'samir')
  await browser.$('[data-testid="workspace-approvals"]').click()
  await until(() => browser.$('[data-testid="crisis-open"]').isExisting(), 'crisis mode')
  await browser.$('[data-testid="crisis-open"]').click()
  await browser.$('[data-testid="crisis-mission-DZ-FR-PAR"]').click()
  await setControl('[data-testid="crisis-from"]', `${parisDay(6)}T00:00`, 'input')
  await setControl('[data-testid="crisis-to"]', `${parisDay(7)}T00:00`, 'input')
  // No reason: the core refuses, and nothing pauses.
  await browser.$('[data-testid="crisis-declare"]').click()
  await until(() => browser.$('[data-testid="crisis-error"]').isExisting(), 'the refusal')
  assert.equal(JSON.parse(cli(db, '--json', 'post', 'show', routine)).pausedBy, null)
  await setControl('[data-testid="crisis-reason"]', 'حداد وطني: تعليق المنشورات العادية', 'input')
  await browser.$('[data-testid="crisis-declare"]').click()
  await until(() => browser.$(`[data-testid="paused-${routine}"]`).isExisting(), 'the post listed as paused')
  const shown = JSON.parse(cli(db, '--json', 'post', 'show', routine))
  assert.ok(shown.pausedBy !== null, 'paused')
  assert.equal(shown.state, 'approved', 'paused, not changed')
  for (const locale of ['ar', 'fr', 'en']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await screenshot(browser, driver, `${locale}-crisis`)
  }
  // The desk shows it paused.
  await browser.$('[data-testid="workspace-desk"]').click()
  await setControl('[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  const chip = () => browser.$(`[data-testid="calendar"] [data-post-id="${routine}"]`)
  await until(() => chip().isExisting(), 'the post on the calendar')
  assert.equal(await chip().getAttribute('data-post-paused'), 'true')
  await screenshot(browser, driver, 'en-desk-paused')
  // Ending it: the post resumes as it was.
  await browser.$('[data-testid="workspace-approvals"]').click()
  await until(() => browser.$(`[data-testid="resolution-${routine}"]`).isExisting(), 'the choice for the paused post')
  await browser.$(`[data-testid^="crisis-end-"]`).click()
  await until(async () => !(await browser.$(`[data-testid="paused-${routine}"]`).isExisting()), 'the crisis ended')
  const resumed = JSON.parse(cli(db, '--json', 'post', 'show', routine))
  assert.equal(resumed.pausedBy, null)
  assert.equal(resumed.state, 'approved')
  await browser.$('[data-testid="workspace-desk"]').click()
})

test('a supervisor marks days of national mourning in Arabic: a post planned on them is flagged; a lift is taken back', async () => {
  const planned = inReview('أمسية شعرية في باريس.', 10)
  const [first, last] = [parisDay(10), parisDay(11)]
  await signIn(browser, 'samir')
  await browser.$('[data-testid="workspace-approvals"]').click()
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.lang)) === 'ar', 'ar')
  await until(() => browser.$('[data-testid="blackout-open"]').isExisting(), 'the blackouts')
  await browser.$('[data-testid="blackout-open"]').click()
  await setControl('[data-testid="blackout-mission"]', 'DZ-FR-PAR', 'change')
  await setControl('[data-testid="blackout-first-day"]', first, 'input')
  await setControl('[data-testid="blackout-last-day"]', last, 'input')
  // No reason: the core refuses, in Arabic, and nothing is marked.
  await browser.$('[data-testid="blackout-mark"]').click()
  await until(() => browser.$('[data-testid="blackout-error"]').isExisting(), 'the refusal')
  assert.match(await browser.$('[data-testid="blackout-error"]').getText(), /اذكر السبب/)
  const ahead = () => JSON.parse(cli(db, '--json', 'blackout', 'list', '--mission', 'DZ-FR-PAR')).filter((b) => b.firstDay === first)
  assert.deepEqual(ahead(), [])
  await setControl('[data-testid="blackout-reason"]', 'حداد وطني على ضحايا الزلزال (deuil national)', 'input')
  await browser.$('[data-testid="blackout-mark"]').click()
  const listed = () => browser.$(`[data-testid="blackouts"] li[data-first-day="${first}"]`)
  await until(() => listed().isExisting(), 'the blackout listed')
  assert.equal(await listed().getAttribute('data-last-day'), last)
  const [marked] = ahead()
  assert.equal(marked.reason, 'حداد وطني على ضحايا الزلزال (deuil national)')
  const warnings = JSON.parse(cli(db, '--json', 'post', 'show', planned)).warnings
  assert.ok(warnings.some((w) => w.kind === 'blackout' && w.reason === marked.reason), JSON.stringify(warnings))
  for (const locale of ['ar', 'fr', 'en']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await screenshot(browser, driver, `${locale}-blackouts`)
  }
  // Lifted by a slip, and taken back.
  await browser.$(`[data-testid="blackout-lift-${marked.id}"]`).click()
  await until(() => browser.$('[data-testid="blackout-lifted"]').isExisting(), 'the lift noted')
  assert.deepEqual(ahead(), [])
  assert.equal(JSON.parse(cli(db, '--json', 'post', 'show', planned)).warnings.some((w) => w.kind === 'blackout'), false)
  await browser.$('[data-testid="blackout-undo"]').click()
  await until(() => listed().isExisting(), 'marked again')
  assert.deepEqual(ahead().map((b) => [b.firstDay, b.lastDay, b.reason]), [[first, last, marked.reason]])
  await browser.$('[data-testid="workspace-desk"]').click()
})

test('the review view shows what changed since the supervisor last looked, word by word', async () => {
  const id = inReview('ندوة حول التراث في باريس.', 8)
  await signIn(browser, 'samir')
  await browser.$('[data-testid="workspace-approvals"]').click()
  const entry = () => browser.$(`[data-testid="review-item-${id}"]`)
  await until(() => entry().isExisting(), 'the post in the queue')
  await entry().click()
  await until(() => browser.$('[data-testid="review-variants"]').isExisting(), 'the first look')
  assert.equal(await browser.$('[data-testid="review-changes"]').isExisting(), false, 'nothing to compare the first time')
  // The drafter changes the source; the translator follows; it comes back to review.
  cli(db, '--as', 'karim', 'post', 'edit', id, '--text', 'ندوة حول التراث الأمازيغي في باريس.')
  for (const language of ['fr', 'en']) {
    const variant = JSON.parse(cli(db, '--json', 'post', 'show', id)).variants.find((v) => v.language === language)
    if (!variant) continue
    cli(db, '--as', 'lina', 'post', 'edit', id, '--language', language, '--text', `${variant.text} (amazighe)`)
    cli(db, '--as', 'lina', 'post', 'done', id, '--language', language, '--override', 'e2e')
  }
  // The last language done sends it back to review.
  assert.equal(JSON.parse(cli(db, '--json', 'post', 'show', id)).state, 'in-review')
  await browser.$('[data-testid="workspace-desk"]').click()
  await browser.$('[data-testid="workspace-approvals"]').click()
  await until(() => entry().isExisting(), 'the post back in the queue')
  await entry().click()
  await until(() => browser.$('[data-testid="review-changes-ar"]').isExisting(), 'what changed in Arabic')
  assert.match(await browser.$('[data-testid="review-changes-ar"] .diff-added').getText(), /الأمازيغي/)
  for (const locale of ['ar', 'fr', 'en']) {
    await browser.$(`[data-testid="lang-${locale}"]`).click()
    await until(async () => (await browser.execute(() => document.documentElement.lang)) === locale, locale)
    await screenshot(browser, driver, `${locale}-review-changes`)
  }
  await browser.$('[data-testid="workspace-desk"]').click()
})

test('a post entering the supervisor’s queue is announced, in the window and on the desktop where allowed', async () => {
  await signIn(browser, 'samir')
  await browser.$('[data-testid="workspace-desk"]').click()
  await until(() => browser.$('[data-testid="count-approvals"]').isExisting(), 'the queue counted once')
  const id = inReview('لقاء مع الجالية الجزائرية في باريس.', 9)
  // Switching workspace looks at the queues again (so does a timer, every minute).
  await browser.$('[data-testid="workspace-approvals"]').click()
  // Fluent isolates the number (U+2068 … U+2069); read the text without the marks.
  const notice = async () => withoutIsolation(await browser.$('[data-testid="notices"]').getText())
  await until(async () => (await notice()).includes(`#${id}`), 'the notice')
  assert.match(await notice(), /waits for your review/)
  await screenshot(browser, driver, 'en-notice')
})

// Last in this file: the save dialog is the desktop's own window, which
// WebDriver cannot close; the session ends with it open.
test('the approved schedule is offered as iCalendar or CSV through the desktop’s save dialog', async () => {
  await browser.$('[data-testid="workspace-desk"]').click()
  await until(() => browser.$('[data-testid="export-ics"]').isExisting(), 'the hand-off in the sidebar')
  await browser.$('[data-testid="export-ics"]').click()
  // The desktop's windows by title (Fluent's isolation marks taken out).
  const windows = () =>
    withoutIsolation(execFileSync('xwininfo', ['-root', '-tree'], { env: { ...process.env, DISPLAY: driver.display } }).toString())
  await until(() => windows().includes('Save the approved schedule as iCalendar'), 'the save dialog, titled in the interface language')
  await screenshot(browser, driver, 'en-export-dialog')
})
