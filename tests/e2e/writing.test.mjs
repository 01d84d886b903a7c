// Writing help in the real app: spell-checking in Arabic, French and English
// proven by the pixels WebKitGTK paints (red marks under a misspelt word,
// none under a correct one, none at all once the person turns it off), and
// the composer's warning when a post's text is not in its declared language,
// and "publish now": a post comes due, the reminder opens the panel, the X
// text is copied to the X clipboard byte for byte, and the live address is recorded.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { after, before, test } from 'node:test'

import { Key } from 'webdriverio'

import { ARTIFACTS, cli, elementPixels, launch, screenshot, setControlIn, signIn, startDriver, tempDatabase, until, withoutIsolation } from './harness.mjs'

let driver
let browser
const db = tempDatabase()

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  cli(db, 'demo')
  driver = await startDriver()
  browser = await launch(driver, db)
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

const setControl = (selector, value, eventName) => setControlIn(browser, selector, value, eventName)

// A misspelt word and a correct one in each language; the Arabic slip is the
// classic taa marbuta written as haa.
const WORDS = [
  { language: 'fr', misspelt: 'ambassdeur', correct: 'ambassadeur' },
  { language: 'en', misspelt: 'embasy', correct: 'embassy' },
  { language: 'ar', misspelt: 'السفاره', correct: 'السفارة' },
]

async function closeComposer() {
  await browser.$('[data-testid="composer-close"]').click()
  await until(async () => !(await browser.$('[data-testid="composer"]').isExisting()), 'the composer closed')
}

async function openComposer() {
  await setControl('[data-testid="mission-select"]', 'DZ-FR-PAR', 'change')
  await browser.$('[data-testid="new-post"]').click()
  await until(() => browser.$('[data-testid="composer-text"]').isDisplayed(), 'the composer')
}

/**
 * The textarea as pixels (`elementPixels`: WebKitGTK paints the marks a
 * moment after the word is typed, so it waits longer here), with the height
 * of one line of its text and where the first line starts.
 */
async function fieldPixels() {
  const text = await browser.execute(() => {
    const style = getComputedStyle(document.querySelector('[data-testid="composer-text"]'))
    const probe = document.createElement('div')
    probe.style.font = style.font
    probe.style.lineHeight = style.lineHeight
    probe.style.position = 'absolute'
    probe.textContent = 'Ag'
    document.body.append(probe)
    const line = probe.getBoundingClientRect().height
    probe.remove()
    return { line, top: parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth) }
  })
  const pixels = await elementPixels(browser, driver, '[data-testid="composer-text"]', { everyMs: 400, attempts: 12 })
  writeFileSync(join(ARTIFACTS, 'spelling-field.png'), pixels.png)
  return { ...pixels, ...text }
}

/** Red pixels (the spelling marks) in the band of text line `index` (from 0). */
function redPixelsInLine(pixels, index) {
  const { width, height, rgb, line, top } = pixels
  const from = Math.max(0, Math.floor(top + index * line))
  const to = Math.min(height, Math.ceil(top + (index + 1) * line))
  let red = 0
  for (let y = from; y < to; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3
      const [r, g, b] = [rgb[i], rgb[i + 1], rgb[i + 2]]
      if (r > 150 && g < 110 && b < 110 && r - g > 70) red += 1
    }
  }
  return red
}

/**
 * Opens a new post written in `language` and types the misspelt word on
 * line 1 and the correct one on line 2 (a new post each time: the language
 * is chosen before the first save).
 */
async function typeWords({ language, misspelt, correct }) {
  await openComposer()
  await setControl('[data-testid="composer-source-language"]', language, 'change')
  const field = browser.$('[data-testid="composer-text"]')
  await field.click()
  // Each word followed by a line break: the checker marks a word once the caret leaves it.
  await field.addValue(`${misspelt}${Key.Enter}${correct}${Key.Enter}`)
  await until(async () => (await field.getValue()) === `${misspelt}\n${correct}\n`, `${language} words typed`).catch(async (e) => {
    throw new Error(`${e.message}: the field holds ${JSON.stringify(await field.getValue())}`)
  })
  assert.equal(await field.getAttribute('lang'), language)
}

test('misspelt words are underlined in Arabic, French and English, correct ones are not, and a right click offers the fix', async () => {
  for (const words of WORDS) {
    await typeWords(words)
    assert.equal(await browser.$('[data-testid="composer-text"]').getAttribute('spellcheck'), 'true')
    let pixels
    await until(async () => {
      pixels = await fieldPixels()
      return redPixelsInLine(pixels, 0) > 0
    }, `the misspelt ${words.language} word “${words.misspelt}” underlined`, 15000)
    assert.equal(redPixelsInLine(pixels, 1), 0, `the correct ${words.language} word “${words.correct}” is not underlined`)
    await screenshot(browser, driver, `en-spelling-${words.language}`)
    if (words.language === 'fr') await takeFirstSuggestion(words)
    await closeComposer()
  }
})

/**
 * Right-clicks the misspelt word on line 1 with a real X click (xdotool:
 * WebDriver's synthetic clicks do not open WebKitGTK's native menu), takes
 * the menu's first suggestion with the keyboard, and checks it replaced the word.
 */
async function takeFirstSuggestion({ misspelt, correct }) {
  const point = await browser.execute(() => {
    const area = document.querySelector('[data-testid="composer-text"]')
    const rect = area.getBoundingClientRect()
    const style = getComputedStyle(area)
    const left = rect.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth)
    const top = rect.top + parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth)
    return { x: Math.round(window.screenX + left + 20), y: Math.round(window.screenY + top + 8) }
  })
  const env = { ...process.env, DISPLAY: driver.display }
  execFileSync('xdotool', ['mousemove', String(point.x), String(point.y), 'click', '3'], { env })
  await delay(800)
  await screenshot(browser, driver, 'en-spelling-suggestions')
  execFileSync('xdotool', ['key', 'Down', 'Return'], { env })
  const field = browser.$('[data-testid="composer-text"]')
  await until(async () => (await field.getValue()).startsWith(`${correct}\n`), `“${misspelt}” replaced by the first suggestion`).catch(async (e) => {
    throw new Error(`${e.message}: the field holds ${JSON.stringify(await field.getValue())}`)
  })
}

test('the composer warns when the text is not in the post’s declared language', async () => {
  await openComposer()
  await setControl('[data-testid="composer-source-language"]', 'fr', 'change')
  await setControl('[data-testid="composer-text"]', 'The embassy will be closed on Monday and Tuesday for the national holiday.')
  await until(() => browser.$('[data-testid="language-warning"]').isDisplayed(), 'the language warning')
  const warning = withoutIsolation(await browser.$('[data-testid="language-warning"]').getText())
  assert.match(warning, /English/)
  assert.match(warning, /The embassy will be closed/)
  await screenshot(browser, driver, 'en-composer-language-warning')
  // Declared English, the same text is fine.
  await setControl('[data-testid="composer-source-language"]', 'en', 'change')
  await until(async () => !(await browser.$('[data-testid="language-warning"]').isExisting()), 'the warning gone')
  await closeComposer()
})

test('with spell-checking turned off in Settings, nothing is underlined', async () => {
  await browser.$('[data-testid="workspace-settings"]').click()
  const toggle = browser.$('[data-testid="spell-check"]')
  await until(() => toggle.isDisplayed(), 'the spelling setting')
  assert.equal(await toggle.isSelected(), true, 'on at first')
  await toggle.click()
  await until(async () => !(await toggle.isSelected()), 'turned off')
  await browser.$('[data-testid="workspace-desk"]').click()
  for (const words of WORDS) {
    await typeWords(words)
    assert.equal(await browser.$('[data-testid="composer-text"]').getAttribute('spellcheck'), 'false')
    const pixels = await fieldPixels()
    assert.equal(redPixelsInLine(pixels, 0) + redPixelsInLine(pixels, 1), 0, `nothing underlined in ${words.language}`)
    await closeComposer()
  }
  // The choice is stored for the person: Settings shows it off when opened again.
  await browser.$('[data-testid="workspace-settings"]').click()
  await until(() => browser.$('[data-testid="spell-check"]').isDisplayed(), 'the spelling setting')
  assert.equal(await browser.$('[data-testid="spell-check"]').isSelected(), false)
})

/** Paris wall-clock time `minutes` from now, as `YYYY-MM-DD HH:MM`. */
function parisTime(minutes) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60000))
  const part = (type) => parts.find((p) => p.type === type).value
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}

/** A post of Karim's on the X account, translated, approved by Samir and scheduled by Karim for `at` (Paris). */
function scheduledPost(at, text) {
  const post = JSON.parse(cli(db, '--as', 'karim', '--json', 'post', 'add', '--mission', 'DZ-FR-PAR', '--accounts', '1',
    '--category', 'culture', '--at', at, '--text', text))
  const id = String(post.id)
  cli(db, '--as', 'karim', 'post', 'submit', id)
  const translations = { fr: 'Soirée de poésie au centre culturel\nEntrée libre #ثقافة', en: 'Poetry evening at the cultural centre #ثقافة' }
  for (const variant of post.variants.filter((v) => v.language !== post.sourceLanguage)) {
    cli(db, '--as', 'lina', 'post', 'edit', id, '--language', variant.language, '--text', translations[variant.language])
    cli(db, '--as', 'lina', 'post', 'done', id, '--language', variant.language)
  }
  cli(db, '--as', 'samir', 'post', 'approve', id)
  cli(db, '--as', 'karim', 'post', 'schedule', id)
  return id
}

test('a post comes due: the reminder opens “publish now”, the X text is copied byte for byte, and the live address is recorded', async () => {
  // Its hour is the next minute on Paris's clock: not due yet when the app looks first.
  const at = parisTime(1)
  const arabic = 'أمسية شعرية في المركز الثقافي 🎙️\nالدخول مجاني #ثقافة'
  const id = scheduledPost(at, arabic)
  await browser.$('[data-testid="workspace-desk"]').click()
  // The demo has posts of its own due today: look for this one's reminder.
  const reminderFor = () =>
    browser.execute(
      (post) =>
        [...document.querySelectorAll('[data-testid="publish-reminder"]')].findIndex((b) =>
          b.textContent.replace(/[\u2066-\u2069]/g, '').includes(`#${post}`),
        ),
      id,
    )
  assert.equal(await reminderFor(), -1, 'no reminder before its hour')
  // Once its minute has come, the next look (every minute, or on a workspace switch) reminds Karim.
  await until(async () => {
    await browser.$('[data-testid="workspace-translation"]').click()
    await browser.$('[data-testid="workspace-desk"]').click()
    return (await reminderFor()) >= 0
  }, 'the publish reminder', 90000)
  await (await browser.$$('[data-testid="publish-reminder"]'))[await reminderFor()].click()
  await until(() => browser.$(`[data-testid="due-${id}"]`).isDisplayed(), 'the publish-now panel with the post')
  await screenshot(browser, driver, 'en-publish-now')

  // Each text in its own direction, whatever the interface's.
  const style = await browser.execute((post) => {
    const body = document.querySelector(`[data-testid="due-text-${post}-1-ar"]`)
    const computed = getComputedStyle(body)
    return { dir: body.getAttribute('dir'), direction: computed.direction, align: computed.textAlign }
  }, id)
  assert.equal(style.dir, 'rtl', JSON.stringify(style))
  assert.equal(style.direction, 'rtl', JSON.stringify(style))
  // The X account (1) posts in Arabic: its text, copied, is the approved variant's bytes.
  const shown = JSON.parse(cli(db, '--json', 'post', 'show', id))
  const approved = shown.variants.find((v) => v.language === 'ar').text
  const copy = await browser.$(`[data-testid="copy-${id}-1-ar"]`)
  await copy.click()
  await until(async () => (await copy.getText()).includes('Copied'), 'the copy acknowledged')
  const clipboard = execFileSync('xclip', ['-o', '-selection', 'clipboard'], { env: { ...process.env, DISPLAY: driver.display } })
  assert.ok(clipboard.equals(Buffer.from(approved, 'utf8')), `clipboard ${JSON.stringify(clipboard.toString())} is the approved text`)

  // The panel in French and in Arabic, right to left.
  for (const language of ['fr', 'ar']) {
    await browser.execute((code) => document.querySelector(`[data-testid="lang-${code}"]`).click(), language)
    await until(async () => (await browser.$('html').getAttribute('lang')) === language, `the interface in ${language}`)
    await screenshot(browser, driver, `${language}-publish-now`)
  }
  await browser.execute(() => document.querySelector('[data-testid="lang-en"]').click())

  // Marking it published records the live address.
  const panel = browser.$(`[data-testid="due-${id}"]`)
  await panel.$('[data-testid="publish-url"]').setValue('https://x.com/AlgerieFrance/status/42')
  await panel.$('[data-testid="publish-mark"]').click()
  await until(() => JSON.parse(cli(db, '--json', 'post', 'show', id)).state === 'published', 'the post published')
  assert.equal(JSON.parse(cli(db, '--json', 'post', 'show', id)).publishedUrl, 'https://x.com/AlgerieFrance/status/42')
  await until(async () => !(await browser.$(`[data-testid="due-${id}"]`).isExisting()), 'the post gone from the panel')
})

test('nothing under the pointer moves when “Publish now” comes or goes: the top bar keeps its height and its ends', async () => {
  // Where the window's fixed points are, with the mission's desk shown.
  const places = () =>
    browser.execute(() => {
      const box = (selector) => {
        const r = document.querySelector(selector).getBoundingClientRect()
        return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]
      }
      return { bar: box('header'), newPost: box('[data-testid="new-post"]'), english: box('[data-testid="lang-en"]') }
    })
  const shown = () => browser.$('[data-testid="publish-now-open"]').isExisting()
  if (await browser.$('[data-testid="publish-now-close"]').isDisplayed()) await browser.$('[data-testid="publish-now-close"]').click()
  await until(async () => !(await browser.$('[data-testid="publish-now"]').isDisplayed()), 'the publish-now panel closed')
  // Karim has posts due (the demo's); Lina, a translator, publishes none.
  await browser.$('[data-testid="workspace-desk"]').click()
  await until(shown, '“Publish now” for Karim')
  const withButton = await places()
  await signIn(browser, 'lina')
  await browser.$('[data-testid="workspace-desk"]').click()
  await until(() => browser.$('[data-testid="new-post"]').isDisplayed(), 'the desk for Lina')
  assert.equal(await shown(), false, 'nothing is due for Lina')
  assert.deepEqual(await places(), withButton)
  await signIn(browser, 'karim')
})
