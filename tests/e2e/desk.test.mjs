// The press attaché's desk, first slice: posts on the calendar in the
// mission's zone, filters and legend, and the composer's live per-platform
// count, ending with a post saved through the UI that the CLI then lists on
// the right local day.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, test } from 'node:test'

import { Key } from 'webdriverio'

import { cli, launch, parisDay, screenshot, setControlIn, signIn, startDriver, tempDatabase, typeInto, until, withoutIsolation } from './harness.mjs'

let driver
let browser
// The post saved through the composer, for the tests that move it.
let created
const db = tempDatabase()

// A French post among the demo's Arabic ones, for the mixed-direction checks.
const FRENCH_TITLE = 'Conférence de presse de l’ambassadeur sur la coopération culturelle et universitaire'
// Its Arabic translation, written by the translator during the run.
const ARABIC_TRANSLATION = 'مؤتمر صحفي للسفير حول التعاون الثقافي والجامعي بين البلدين'

before(async () => {
  cli(db, 'demo')
  cli(db, '--as', 'karim', 'post', 'add', '--mission', 'DZ-FR-PAR', '--accounts', '2', '--category', 'culture',
    '--at', `${parisDay(0)} 15:00`, '--lang-source', 'fr', '--languages', 'ar', '--text', FRENCH_TITLE)
  driver = await startDriver()
  browser = await launch(driver, db)
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

const clean = withoutIsolation

const setControl = (selector, value, eventName) => setControlIn(browser, selector, value, eventName)

const postsShown = () => browser.$$('[data-testid="calendar"] [data-post-id]')
const statesShown = () =>
  browser.execute(() => [...document.querySelectorAll('[data-testid="calendar"] [data-post-id]')].map((e) => e.getAttribute('data-post-state')))

test('the selected mission\'s posts fill the month in its zone', async () => {
  await setControl('[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  await until(async () => clean(await browser.$('[data-testid="zone-label"]').getText()).includes('Europe/Paris'), 'Paris')
  await until(async () => (await postsShown()).length >= 20, 'the demo posts on the grid')
  assert.ok(await browser.$('[data-testid="legend"]').isDisplayed())
  // The demo's national mourning, three days from now, is shaded with its reason.
  await until(() => browser.$('[data-blackout]').isExisting(), 'the blackout on the grid')
  assert.match(await browser.$('[data-blackout]').getAttribute('data-blackout'), /حداد وطني/)
  // Posts inside it are marked.
  assert.ok(await browser.$('[data-testid="calendar"] .post-warning').isExisting(), 'a post in the blackout is marked')
  await screenshot(browser, driver, 'en-desk-month')
})

test('filtering by state shows only that state', async () => {
  await setControl('[data-testid="filter-state"]', 'published', 'change')
  await until(async () => {
    const states = await statesShown()
    return states.length > 0 && states.every((s) => s === 'published')
  }, 'only published posts')
  await setControl('[data-testid="filter-state"]', '', 'change')
  await until(async () => new Set(await statesShown()).size > 1, 'every state again')
  // Each state has its own colour on the grid.
  const colours = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="calendar"] [data-post-id]')].map(
      (e) => `${e.getAttribute('data-post-state')}=${getComputedStyle(e).getPropertyValue('--fc-event-color').trim()}`,
    ),
  )
  const byState = new Map(colours.map((c) => c.split('=')))
  assert.equal(byState.get('published'), '#0f5e4f')
  assert.ok(new Set(byState.values()).size >= 2, `distinct colours: ${[...byState]}`)

  // Coloured by category instead, with the legend to match.
  await setControl('[data-testid="colour-by"]', 'category', 'change')
  await until(async () => (await browser.$('[data-testid="legend"]').getAttribute('data-by')) === 'category', 'the category legend')
  const byCategory = await until(async () => {
    const pairs = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="calendar"] [data-post-id]')].map((e) => [
        e.getAttribute('data-post-category'),
        getComputedStyle(e).getPropertyValue('--fc-event-color').trim(),
      ]),
    )
    return pairs.some(([c, colour]) => c === 'crisis' && colour === '#a3261b') ? pairs : null
  }, 'crisis posts in the crisis colour')
  for (const [category, colour] of byCategory) {
    assert.equal(colour, byCategory.find(([c]) => c === category)[1], 'one colour per category')
  }
  await setControl('[data-testid="colour-by"]', 'state', 'change')

  // One account only: the grid shows what the CLI lists for that account.
  const monthDays = await browser.execute(() => [...document.querySelectorAll('[data-testid="calendar"] [data-date]')].map((e) => e.getAttribute('data-date')))
  const [first, last] = [monthDays[0], monthDays[monthDays.length - 1]]
  const expected = JSON.parse(cli(db, 'calendar', '--mission', 'DZ-FR-PAR', '--from', first, '--to', last, '--account', '2', '--json')).posts.length
  await setControl('[data-testid="filter-account"]', '2', 'change')
  await until(async () => (await statesShown()).length === expected, `the ${expected} posts of account 2`)
  await setControl('[data-testid="filter-account"]', '', 'change')
  await until(async () => (await statesShown()).length > expected, 'every account again')
})

test('the composer counts as X counts and refuses a text past the limit', async () => {
  await signIn(browser, 'karim')
  await browser.$('[data-testid="new-post"]').click()
  await until(() => browser.$('[data-testid="composer"]').isDisplayed(), 'the composer')
  await until(async () => (await browser.$$('[data-testid^="account-"]')).length > 0, 'the accounts')
  await setControl('[data-testid="composer-text"]', 'ب'.repeat(281))
  const counter = browser.$('[data-testid="counter-x"]')
  await until(async () => (await counter.getText()).includes('281 / 280'), 'the X count')
  assert.match(await counter.getAttribute('class'), /over/)
  assert.equal(await browser.$('[data-testid="composer-save"]').isEnabled(), false, 'saving is refused past the limit')
  // The preview shows where X cuts: one character past 280.
  await until(() => browser.$('[data-testid="preview-x"] .cut').isExisting(), 'the cut in the preview')
  assert.equal(await browser.$('[data-testid="preview-x"] .cut').getText(), 'ب')
  await screenshot(browser, driver, 'en-composer-over-limit')
  // A long paste without spaces (once quadratic: 100,000 letters never came
  // back) is counted, off the main thread, and the window still answers.
  await setControl('[data-testid="composer-text"]', 'a'.repeat(100000))
  await until(async () => (await counter.getText()).includes('100,000 / 280'), 'the long paste counted, grouped as English writes it')
  await setControl('[data-testid="composer-text"]', 'ب'.repeat(281))
  await until(async () => (await counter.getText()).includes('281 / 280'), 'the count of the text typed last')
})

test('a post saved from the composer lands on its local day, as the CLI sees it', async () => {
  const day = parisDay(3)
  await setControl('[data-testid="composer-text"]', '')
  await typeInto(browser, '[data-testid="composer-text"]', 'تهنئة بمناسبة اليوم الوطني للثقافة #ثقافة')
  await setControl('[data-testid="composer-date"]', day)
  await setControl('[data-testid="composer-time"]', '23:30')
  await setControl('[data-testid="composer-category"]', 'culture', 'change')
  await until(async () => /\d+ \/ 280/.test(await browser.$('[data-testid="counter-x"]').getText()), 'a valid count')
  await until(async () => (await browser.$('[data-testid="preview-x"] .hashtag').getText().catch(() => '')) === '#ثقافة', 'the hashtag highlighted')
  await until(() => browser.$('[data-testid="composer-save"]').isEnabled(), 'save enabled')
  await browser.$('[data-testid="composer-save"]').click()
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'the composer to close').catch(async (e) => {
    const status = await browser.$('[data-testid="save-status"]').getAttribute('data-status')
    const problem = await browser.execute(() => document.querySelector('[data-testid="composer-error"]')?.textContent ?? '')
    throw new Error(`${e.message} (save status ${status}: ${problem})`)
  })

  // 23:30 in Paris is the next day in UTC: the post must still be on `day`.
  const listed = JSON.parse(cli(db, 'calendar', '--mission', 'DZ-FR-PAR', '--from', day, '--to', day, '--json'))
  const mine = listed.posts.find((p) => p.preview.startsWith('تهنئة بمناسبة اليوم الوطني للثقافة'))
  assert.ok(mine, 'the CLI lists the new post on its local day')
  assert.match(mine.localTime, new RegExp(`^${day}T23:30:00\\+0[12]:00$`))
  assert.equal(mine.state, 'draft')
  created = { id: mine.id, day }

  const cellDay = await until(
    () =>
      browser.execute((id) => {
        const event = document.querySelector(`[data-post-id="${id}"]`)
        return event?.closest('[data-date]')?.getAttribute('data-date') ?? null
      }, String(mine.id)),
    'the new post on the grid',
  )
  assert.equal(cellDay.slice(0, 10), day)
})

/** Presses keys together, as a person holding a modifier does. */
async function chord(...keys) {
  let action = browser.action('key')
  for (const key of keys) action = action.down(key)
  for (const key of [...keys].reverse()) action = action.up(key)
  await action.perform()
}

const localTimeOf = (id) => JSON.parse(cli(db, '--json', 'post', 'show', String(id))).localTime

test('Alt+arrow moves a post a day later through the audited path, and Ctrl+Z brings it back', async () => {
  assert.ok(created, 'the composer test saved a post')
  const nextDay = parisDay(4)
  // The grid re-renders after the composer closes: focus the post once it is settled.
  await until(
    () =>
      browser.execute((id) => {
        const el = document.querySelector(`[data-testid="calendar"] [data-post-id="${id}"]`)
        el?.focus()
        return el !== null && document.activeElement === el
      }, String(created.id)),
    'the post focused',
  )
  // A plain arrow moves the focus to the next post; back, then Alt+arrow moves the post.
  await browser.keys([Key.ArrowRight])
  const next = await browser.execute(() => document.activeElement?.getAttribute('data-post-id'))
  assert.ok(next && next !== String(created.id), 'the arrow moved the focus to another post')
  await browser.keys([Key.ArrowLeft])
  assert.equal(await browser.execute(() => document.activeElement?.getAttribute('data-post-id')), String(created.id))
  await chord(Key.Alt, Key.ArrowRight)
  await until(() => localTimeOf(created.id).startsWith(`${nextDay}T23:30`), 'the post on the next day').catch(async (e) => {
    const banner = await browser.execute(() => document.querySelector('[data-testid="error"]')?.textContent ?? '')
    const focused = await browser.execute(() => document.activeElement?.getAttribute('data-post-id'))
    throw new Error(`${e.message} (now ${localTimeOf(created.id)}; focused ${focused}; error: ${banner})`)
  })
  await until(() => browser.$('[data-testid="moved"]').isDisplayed(), 'the undo notice')
  const audit = JSON.parse(cli(db, 'export', 'json')).audit
  assert.ok(
    audit.some((e) => e.subject === `post:${created.id}` && e.action === 'post.edited' && e.actor === 'karim' && e.detail === 'time'),
    'the move is in the audit trail, by the acting user',
  )
  await browser.execute(() => document.activeElement?.blur())
  await chord(Key.Ctrl, 'z')
  await until(() => localTimeOf(created.id).startsWith(`${created.day}T23:30`), 'the post back on its day')
  await until(async () => !(await browser.$('[data-testid="moved"]').isExisting()), 'the notice gone once nothing is left to undo')
  assert.match(cli(db, 'verify'), /intact/)
})

test('a forced quit loses at most a few seconds: the autosaved draft reopens after a restart', async () => {
  await browser.$('[data-testid="new-post"]').click()
  await until(() => browser.$('[data-testid="composer"]').isDisplayed(), 'the composer')
  await until(async () => (await browser.$$('[data-testid^="account-"]')).length > 0, 'the accounts')
  const words = 'مسودة محفوظة تلقائيًا قبل الإغلاق المفاجئ'
  await typeInto(browser, '[data-testid="composer-text"]', words)
  // No button pressed: the composer saves by itself within a few seconds.
  await until(async () => (await browser.$('[data-testid="save-status"]').getAttribute('data-status')) === 'saved', 'the autosave', 15000)
  const id = await browser.$('[data-testid="composer"]').getAttribute('data-post-id')
  assert.match(id, /^\d+$/)
  // "Saved" is what the database holds: the whole text, read by the CLI
  // (a first save may have taken the text half typed; the next one follows).
  const storedText = () => {
    const post = JSON.parse(cli(db, '--json', 'post', 'show', id))
    return post.variants.find((v) => v.language === post.sourceLanguage)?.text
  }
  await until(() => storedText() === words, 'the whole text in the database', 15000).catch((e) => {
    throw new Error(`${e.message}: it holds ${JSON.stringify(storedText())}`)
  })
  assert.equal(await browser.$('[data-testid="save-status"]').getAttribute('data-status'), 'saved')

  // Kill the app as a crash would: SIGKILL gives it no chance to save more.
  execFileSync('pkill', ['-KILL', '-f', '--', `--db ${db}`])
  await Promise.race([browser.deleteSession().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))])
  browser = await launch(driver, db)

  await setControl('[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  const event = browser.$(`[data-testid="calendar"] [data-post-id="${id}"]`)
  await until(() => event.isExisting(), 'the draft on the calendar after the restart')
  // Clicked on the element itself: on days when a demo post shares its hour,
  // the two overlap and a click at the centre can land on the other one.
  await browser.execute((selector) => document.querySelector(selector).click(), `[data-testid="calendar"] [data-post-id="${id}"]`)
  await until(() => browser.$('[data-testid="composer"]').isDisplayed(), 'the composer on the draft')
  await until(async () => (await browser.$('[data-testid="composer-text"]').getValue()) === words, 'the autosaved text').catch(async (e) => {
    const shown = await browser.$('[data-testid="composer-text"]').getValue()
    const stored = cli(db, '--json', 'post', 'show', id)
    throw new Error(`${e.message}: the composer shows ${JSON.stringify(shown)}; the database holds ${stored}`)
  })
  assert.equal(await browser.$('[data-testid="save-status"]').getAttribute('data-status'), 'saved')
  // The thread: a comment added, then resolved, both recorded.
  await typeInto(browser, '[data-testid="comment-body"]', 'Vérifier la date avec le protocole')
  await browser.$('[data-testid="comment-add"]').click()
  const comment = browser.$('[data-testid="comments"] li')
  await until(() => comment.isExisting(), 'the comment in the thread')
  assert.match(await comment.getText(), /Vérifier la date avec le protocole/)
  // An image: attached from a file, stored by hash beside the database,
  // shown as a thumbnail, with alt text in Arabic.
  const image = join(mkdtempSync(join(tmpdir(), 'diwan-image-')), 'credentials.png')
  execFileSync('convert', ['-size', '64x48', 'xc:#0f5e4f', `PNG32:${image}`])
  await browser.$('[data-testid="media-input"]').setValue(image)
  await until(
    () => browser.execute(() => document.querySelector('[data-testid="thumbnail"]')?.naturalWidth ?? 0),
    'the thumbnail',
  ).then((width) => assert.equal(width, 64))
  const mediaId = (await browser.$('[data-testid^="media-"] [data-testid^="alt-"]').getAttribute('data-testid')).split('-')[1]
  await setControl(`[data-testid="alt-${mediaId}-ar"]`, 'السفير يقدّم أوراق اعتماده', 'change')
  const stored = readdirSync(join(dirname(db), 'media'))
  assert.equal(stored.length, 1)
  assert.match(stored[0], /^[0-9a-f]{64}\.png$/)
  await until(() => {
    const media = JSON.parse(cli(db, 'export', 'json')).posts.find((p) => String(p.id) === id).media
    return media.length === 1 && media[0].alt.ar === 'السفير يقدّم أوراق اعتماده' && existsSync(join(dirname(db), 'media', stored[0]))
  }, 'the alt text saved')
  await screenshot(browser, driver, 'en-composer-reopened')
  await browser.$('[data-testid^="resolve-"]').click()
  await until(async () => (await comment.getAttribute('class')).includes('resolved'), 'the comment resolved')
  const exported = JSON.parse(cli(db, 'export', 'json'))
  const thread = exported.posts.find((p) => String(p.id) === id).comments
  assert.equal(thread.length, 1)
  assert.equal(thread[0].resolvedBy, 'karim')
  assert.ok(exported.audit.some((e) => e.action === 'comment.resolved' && e.subject === `post:${id}`))
  // Removed again: the row goes, the audit trail says so, the file stays
  // (another post may use the same bytes).
  await browser.$(`[data-testid="media-remove-${mediaId}"]`).click()
  await until(async () => !(await browser.$(`[data-testid="media-${mediaId}"]`).isExisting()), 'the image removed')
  const after = JSON.parse(cli(db, 'export', 'json'))
  assert.equal(after.posts.find((p) => String(p.id) === id).media.length, 0)
  assert.ok(after.audit.some((e) => e.action === 'media.removed' && e.subject === `post:${id}`))
  await browser.$('[data-testid="composer-close"]').click()
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'the composer to close')
})

async function useNationalDayTemplate() {
  await browser.$('[data-testid="new-post"]').click()
  await until(() => browser.$('[data-testid="composer"]').isDisplayed(), 'the composer')
  await setControl('[data-testid="composer-category"]', 'national-occasion', 'change')
  await until(async () => (await browser.$('[data-testid="composer-template"]').isExisting()), 'the templates')
  await browser.$('[data-testid="composer-use-template"]').click()
  const textarea = browser.$('[data-testid="composer-text"]')
  await until(async () => (await textarea.getValue()).includes('سفارة الجزائر في فرنسا'), 'the filled template')
  const text = await textarea.getValue()
  // The preview appears once the count is in and moves the buttons down: wait
  // for it, so the click lands where the button is.
  await until(() => browser.$('[data-testid="preview-x"]').isExisting(), 'the preview')
  await browser.$('[data-testid="composer-close"]').click()
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'the composer to close').catch(async (e) => {
    const status = await browser.$('[data-testid="save-status"]').getAttribute('data-status')
    const problem = await browser.execute(() => document.querySelector('[data-testid="composer-error"]')?.textContent ?? '')
    throw new Error(`${e.message} (save status ${status}: ${problem})`)
  })
  return text
}

test('a template fills the composer without isolation marks, and an administrator edits it', async () => {
  const filled = await useNationalDayTemplate()
  assert.doesNotMatch(filled, /[\u2066-\u2069]/, 'no isolation marks in a post text')
  assert.match(filled, /\{ \$occasion \}/, 'placeholders the core does not know stay visible')

  assert.equal(await browser.$('[data-testid="open-templates"]').isExisting(), false, 'a drafter does not see the editor')
  await signIn(browser, 'amina')
  await browser.$('[data-testid="open-templates"]').click()
  const editor = browser.$('[data-testid="template-editor"]')
  await until(() => editor.isDisplayed(), 'the template editor')
  // The Arabic national-day template: the only one whose text starts "بمناسبة".
  const id = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid^="template-"] textarea')]
      .find((t) => t.value.startsWith('بمناسبة'))
      ?.closest('section')
      ?.getAttribute('data-testid')
      ?.replace('template-', ''),
  )
  await setControl(`[data-testid="template-${id}"] textarea`, 'تحيّي { $mission } الشعب الصديق بمناسبة { $occasion }.')
  await browser.$(`[data-testid="template-save-${id}"]`).click()
  await until(() => browser.$(`[data-testid="template-${id}"] .save-status`).isExisting(), 'saved')
  await screenshot(browser, driver, 'en-templates')
  await browser.keys(['Escape'])
  await until(async () => !(await editor.isExisting()), 'the editor to close')

  await signIn(browser, 'karim')
  assert.equal(await useNationalDayTemplate(), 'تحيّي سفارة الجزائر في فرنسا الشعب الصديق بمناسبة { $occasion }.')
})

const firstColumn = () =>
  browser.execute(() => document.querySelector('[data-testid="calendar"] [role="columnheader"]')?.textContent?.trim() ?? '')

const isFrench = (title) => title.text.startsWith('Conférence de presse')

/** The calendar's titles: their text, the direction they are laid out in,
 * and whether the time comes before the title in reading order. */
const titles = () =>
  browser.execute(() =>
    [...document.querySelectorAll('[data-testid="calendar"] .post-title')].map((title) => {
      const chip = title.closest('.post-chip')
      const time = chip?.querySelector('.post-time')
      return {
        text: title.textContent,
        direction: getComputedStyle(title).direction,
        ellipsis: getComputedStyle(title).textOverflow,
        timeFirst: time ? chip.firstElementChild === time : null,
      }
    }),
  )

test('each title on the calendar keeps its own direction, and the week starts as the host country starts it', async () => {
  await until(async () => (await titles()).some((t) => isFrench(t)), 'the French post on the grid')
  const english = await titles()
  const arabic = english.find((t) => /[\u0600-\u06FF]/.test(t.text))
  assert.ok(arabic, 'an Arabic title in the English calendar')
  assert.equal(arabic.direction, 'rtl', 'read right to left, from its own start')
  assert.equal(arabic.ellipsis, 'ellipsis', 'cut with an ellipsis at its logical end')
  assert.equal(english.find((t) => isFrench(t)).direction, 'ltr')
  assert.ok(english.filter((t) => t.timeFirst !== null).every((t) => t.timeFirst), 'the time stays before the title')
  // The week starts as it does in France, the host country, whatever the interface language.
  assert.match(await firstColumn(), /Mon/)
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'rtl', 'rtl')
  await until(async () => (await titles()).some((t) => isFrench(t)), 'the French post in the Arabic calendar')
  const inArabic = await titles()
  assert.equal(inArabic.find((t) => isFrench(t)).direction, 'ltr', 'French stays left to right')
  assert.equal(inArabic.find((t) => /[\u0600-\u06FF]/.test(t.text)).direction, 'rtl')
  assert.match(await firstColumn(), /الاثنين|الإثنين/, 'Monday first in the Arabic calendar of a mission in France')
  await screenshot(browser, driver, 'ar-desk-mixed-directions')
  await browser.$('[data-testid="lang-en"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'ltr', 'back to ltr')
  await screenshot(browser, driver, 'en-desk-mixed-directions')
})

test('the calendar shows each post in the interface language where it is translated, and says which', async () => {
  await until(async () => (await titles()).some((t) => isFrench(t)), 'the French post on the grid')
  const id = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="calendar"] [data-post-id]')]
      .find((e) => e.querySelector('.post-title')?.textContent?.startsWith('Conférence de presse'))
      ?.getAttribute('data-post-id'),
  )
  const chip = () => browser.$(`[data-testid="calendar"] [data-post-id="${id}"]`)
  assert.equal(await chip().getAttribute('data-post-language'), 'fr', 'the English calendar shows the French source')
  // Not yet translated into Arabic: the Arabic calendar shows the French source too, and says so.
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'rtl', 'rtl')
  await until(async () => (await chip().getAttribute('data-post-language')) === 'fr', 'the source in the Arabic calendar')
  cli(db, '--as', 'lina', 'post', 'edit', id, '--language', 'ar', '--text', ARABIC_TRANSLATION)
  // Written is a draft; the calendar shows a translation once it is done.
  cli(db, '--as', 'lina', 'post', 'done', id, '--language', 'ar')
  await browser.$('[data-testid="lang-en"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'ltr', 'ltr')
  await until(async () => (await chip().getAttribute('data-post-language')) === 'fr', 'English has no translation: the source')
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await chip().getAttribute('data-post-language')) === 'ar', 'the Arabic translation in the Arabic calendar')
  const shown = await browser.execute(
    (postId) => {
      const el = document.querySelector(`[data-testid="calendar"] [data-post-id="${postId}"]`)
      const tag = el.querySelector('.post-language')
      const title = el.querySelector('.post-title')
      return { title: title.textContent, lang: title.lang, tag: tag.textContent, hint: tag.title, direction: getComputedStyle(title).direction }
    },
    id,
  )
  assert.equal(shown.title, ARABIC_TRANSLATION.slice(0, 80))
  assert.deepEqual([shown.lang, shown.tag, shown.direction], ['ar', 'ar', 'rtl'])
  assert.match(shown.hint, /العربية/, 'the tag says, in Arabic, that the post is shown in Arabic')
  await screenshot(browser, driver, 'ar-desk-translated-titles')
  await browser.$('[data-testid="lang-fr"]').click()
  await until(async () => (await chip().getAttribute('data-post-language')) === 'fr', 'the French calendar shows the French source')
  await screenshot(browser, driver, 'fr-desk-translated-titles')
  await browser.$('[data-testid="lang-en"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.lang)) === 'en', 'en')
})

test('the Arabic interface writes the digits each person chose', async () => {
  const heading = () => browser.$('[data-testid="calendar"] [role="heading"]').getText()
  await signIn(browser, 'samir')
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'rtl', 'rtl')
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="digits-latin"]').isExisting(), 'the digits setting')
  await browser.$('[data-testid="digits-latin"]').click()
  await screenshot(browser, driver, 'ar-settings-digits')
  await browser.$('[data-testid="workspace-desk"]').click()
  await until(async () => /[0-9]{4}/.test(await heading()), 'the month title in Latin digits')
  assert.doesNotMatch(await heading(), /[٠-٩]/)
  // Karim has not chosen: Arabic-Indic digits, the default.
  await signIn(browser, 'karim')
  await until(async () => /[٠-٩]{4}/.test(await heading()), 'Arabic-Indic digits for karim')
  // Samir's choice is his, and French keeps Latin digits whatever he chose.
  await signIn(browser, 'samir')
  await until(async () => /[0-9]{4}/.test(await heading()), 'Latin digits for samir again')
  await browser.$('[data-testid="workspace-settings"]').click()
  await browser.$('[data-testid="digits-arabic-indic"]').click()
  await browser.$('[data-testid="workspace-desk"]').click()
  await until(async () => /[٠-٩]{4}/.test(await heading()), 'Arabic-Indic digits once chosen')
  await browser.$('[data-testid="lang-fr"]').click()
  await until(async () => /[0-9]{4}/.test(await heading()), 'Latin digits in French')
  await browser.$('[data-testid="lang-en"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.lang)) === 'en', 'en')
})

test('N opens a new post from the keyboard, in Arabic right to left', async () => {
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'rtl', 'rtl')
  await screenshot(browser, driver, 'ar-desk-month')
  await browser.execute(() => document.activeElement?.blur())
  await browser.keys(['n'])
  await until(() => browser.$('[data-testid="composer"]').isDisplayed(), 'the composer from N')
  await setControl('[data-testid="composer-text"]', 'نص تجريبي '.repeat(40))
  await until(async () => (await browser.$('[data-testid="counter-x"]').getAttribute('class')).includes('over'), 'over')
  await screenshot(browser, driver, 'ar-composer')
  await browser.keys(['Escape'])
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'Escape closes it')
  await browser.$('[data-testid="lang-fr"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.lang)) === 'fr', 'fr')
  await screenshot(browser, driver, 'fr-desk-month')
  await browser.execute(() => document.activeElement?.blur())
  await browser.keys(['n'])
  await until(() => browser.$('[data-testid="composer"]').isDisplayed(), 'the composer in French')
  await setControl('[data-testid="composer-text"]', 'La Mission permanente salue la #JournéeDeLaDiplomatie avec @ONU_Geneve : https://www.un.org')
  await until(() => browser.$('[data-testid="preview-x"] .url').isExisting(), 'the link highlighted')
  await screenshot(browser, driver, 'fr-composer')
  // A link opens only after the whole address is shown, and only if the person says so.
  await browser.$('[data-testid="preview-x"] .url').click()
  await until(() => browser.$('[data-testid="link-href"]').isExisting(), 'the whole address')
  assert.equal(await browser.$('[data-testid="link-href"]').getText(), 'https://www.un.org/')
  assert.equal(await browser.$('[data-testid="link-host"]').getText(), 'www.un.org')
  await screenshot(browser, driver, 'fr-link-confirm')
  await browser.$('[data-testid="link-cancel"]').click()
  await until(async () => !(await browser.$('[data-testid="link-confirm"]').isExisting()), 'nothing opened')
  await browser.keys(['Escape'])
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'Escape closes it')
})

test('the workspaces switch by click and arrow keys, mirrored in Arabic, and each person comes back to where they left', async () => {
  await browser.$('[data-testid="lang-en"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'ltr', 'ltr')
  await signIn(browser, 'samir')
  await until(() => browser.$('[data-testid="workspace-approvals"]').isExisting(), 'the workspace tabs')
  await browser.$('[data-testid="workspace-approvals"]').click()
  await until(() => browser.$('[data-testid="panel-approvals"]').isDisplayed(), 'the approvals panel')
  assert.equal(await browser.$('[data-testid="workspace-approvals"]').getAttribute('aria-selected'), 'true')
  // The right arrow goes to the next tab in English...
  await browser.keys(['ArrowRight'])
  await until(() => browser.$('[data-testid="panel-audit"]').isExisting(), 'the audit panel after ArrowRight')
  // ...and the left arrow in Arabic, right to left.
  await browser.$('[data-testid="lang-ar"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.dir)) === 'rtl', 'rtl')
  await browser.$('[data-testid="workspace-reports"]').click()
  await until(() => browser.$('[data-testid="panel-reports"]').isExisting(), 'the reports panel')
  await browser.keys(['ArrowLeft'])
  await until(() => browser.$('[data-testid="panel-settings"]').isExisting(), 'the settings panel after ArrowLeft in Arabic')
  await screenshot(browser, driver, 'ar-workspaces')
  await browser.$('[data-testid="lang-fr"]').click()
  await until(async () => (await browser.execute(() => document.documentElement.lang)) === 'fr', 'fr')
  await screenshot(browser, driver, 'fr-workspaces')
  // Karim's place is his own: he is on the desk.
  await signIn(browser, 'karim')
  await until(async () => !(await browser.$('[data-testid="panel-settings"]').isExisting()), 'karim on the desk')
  assert.ok(await browser.$('[data-testid="calendar"]').isDisplayed())
  // Samir comes back to settings, after a restart too.
  await signIn(browser, 'samir')
  await until(() => browser.$('[data-testid="panel-settings"]').isExisting(), 'samir back in settings')
  await browser.deleteSession()
  browser = await launch(driver, db, 'samir')
  await until(() => browser.$('[data-testid="panel-settings"]').isExisting(), 'settings again after a restart')
  assert.equal(await browser.$('[data-testid="mission-select"]').getValue(), 'DZ-FR-PAR', 'and the same mission')
  await browser.$('[data-testid="workspace-desk"]').click()
  await until(() => browser.$('[data-testid="calendar"]').isDisplayed(), 'back on the desk')
})
