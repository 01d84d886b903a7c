// The window's frame stays put: the top bar and the mission's sidebar are
// always there, and a workspace taller than the window (Settings, for an
// administrator some 4,000 pixels) scrolls inside its own area, by wheel or
// as the keyboard's focus moves down it. Before, the area did not scroll:
// the lower part of Settings could not be reached with the mouse, and a
// focus there pushed the top bar out of the window. In English and Arabic.
import assert from 'node:assert/strict'
import { setTimeout as delay } from 'node:timers/promises'
import { after, before, test } from 'node:test'

import { cli, launch, screenshot, startDriver, tempDatabase, until } from './harness.mjs'

let driver
let browser
const db = tempDatabase()

before(async () => {
  cli(db, 'demo')
  driver = await startDriver()
  browser = await launch(driver, db, 'amina')
})

after(async () => {
  await browser?.deleteSession().catch(() => {})
  await driver?.stop()
})

/** The last control of Settings gets the focus as a person would give it: Tab from the one before. */
async function tabToLastControl() {
  await browser.execute(() => {
    const controls = document.querySelectorAll('[data-testid="panel-settings"] button')
    controls[controls.length - 2].focus()
  })
  await browser.keys('Tab')
  return browser.execute(() => {
    const controls = document.querySelectorAll('[data-testid="panel-settings"] button')
    const last = controls[controls.length - 1]
    const box = last.getBoundingClientRect()
    return {
      focused: document.activeElement === last,
      appScrolled: document.querySelector('.app').scrollTop,
      barTop: document.querySelector('header').getBoundingClientRect().top,
      mainScrolled: document.querySelector('main').scrollTop,
      lastInWindow: box.top >= 0 && box.bottom <= window.innerHeight,
    }
  })
}

for (const language of ['en', 'ar']) {
  test(`Settings taller than the window scroll under the top bar (${language})`, async () => {
    await browser.execute((l) => document.querySelector(`[data-testid="lang-${l}"]`).click(), language)
    await until(async () => (await browser.$('html').getAttribute('lang')) === language, 'the interface language')
    await browser.$('[data-testid="workspace-settings"]').click()
    await until(() => browser.$('[data-testid="panel-settings"]').isDisplayed(), 'Settings')
    // The policies, the ministry's days and the backups load after the panel.
    await until(async () => (await browser.execute(() => document.querySelector('main').scrollHeight)) > 2000, 'Settings taller than the window')
    const seen = await tabToLastControl()
    assert.deepEqual(seen, { ...seen, focused: true, appScrolled: 0, barTop: 0, lastInWindow: true })
    assert.ok(seen.mainScrolled > 1000, `the workspace scrolled itself: ${JSON.stringify(seen)}`)
    await screenshot(browser, driver, `${language}-settings-scrolled`)
    await browser.execute(() => document.querySelector('main').scrollTo(0, 0))
  })
}

test('the sidebar never scrolls sideways: a long mission name is cut in its box, not a page to pan', async () => {
  // The demo's Geneva mission has the longest name; WebKit counted all of it
  // as the sidebar's overflow, so a touchpad's sideways swipe panned the
  // sidebar and a scrollbar flashed at its foot.
  await browser.$('[data-testid="workspace-settings"]').click()
  const sidebar = await browser.$('.sidebar')
  await browser.action('wheel').scroll({ origin: sidebar, deltaX: 300, deltaY: 0 }).perform()
  await browser.action('wheel').scroll({ origin: sidebar, deltaX: -300, deltaY: 0 }).perform()
  await browser.action('wheel').scroll({ origin: sidebar, deltaX: 300, deltaY: 0 }).perform()
  await delay(500)
  assert.equal(await browser.execute(() => document.querySelector('.sidebar').scrollLeft), 0)
})
