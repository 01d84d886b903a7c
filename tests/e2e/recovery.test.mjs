// A window that comes back (src-tauri/src/recovery.rs): when WebKitGTK's
// page process dies under the app (on CI once, in the Reports view; a crash
// of the graphics stack or the out-of-memory killer), the app says why on
// standard error and loads the page again, instead of a blank window. The
// app is started here without WebDriver: WebKitWebDriver ends its session
// with the page, and the app's own words are what is checked.
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { after, before, test } from 'node:test'

import { APP, cli, screenshot, stableCapture, startDriver, tempDatabase, until } from './harness.mjs'

let driver
let app
let said = ''
const db = tempDatabase()

/** The pids of the page processes WebKitGTK runs for the app. */
function pageProcesses() {
  try {
    return execFileSync('pgrep', ['-P', String(app.pid), '-x', 'WebKitWebProces'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  } catch {
    return []
  }
}

/** The colour of the X screen at the middle of the app's header bar (white on a blank window). */
async function headerColour() {
  const png = await stableCapture(driver)
  return execFileSync('convert', ['png:-', '-format', '%[pixel:p{640,25}]', 'info:-'], { input: png, encoding: 'utf8' })
}

before(async () => {
  cli(db, 'demo')
  driver = await startDriver()
  app = spawn(APP, ['--db', db], { env: { ...process.env, DISPLAY: driver.display }, stdio: ['ignore', 'ignore', 'pipe'] })
  app.stderr.on('data', (chunk) => (said += chunk))
})

after(async () => {
  app?.kill('SIGTERM')
  await driver?.stop()
})

test('the page process killed under the app: the app says so and loads the page again', async () => {
  await until(() => pageProcesses().length === 1, 'the page process', 60000)
  const white = 'srgb(255,255,255)'
  await until(async () => !['', white].includes(await headerColour()), 'the door drawn', 60000)
  const header = await headerColour()
  const [first] = pageProcesses()

  process.kill(Number(first), 'SIGKILL')
  await until(() => /the window's page ended \(it crashed or was killed\); loading it again/.test(said), 'the app to say the page ended')
  await until(() => pageProcesses().some((pid) => pid !== first), 'a new page process')
  await until(async () => (await headerColour()) === header, 'the door drawn again', 60000)
  await screenshot(null, driver, 'recovered')
  assert.equal(app.exitCode, null, 'the app is still running')
})
