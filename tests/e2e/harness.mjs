// Runs the real Diwan app for end-to-end tests: a private Xvfb display,
// tauri-driver (which starts Debian's WebKitWebDriver), and a WebDriver
// session per app launch. Everything is torn down after the run.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'

import { remote } from 'webdriverio'

export const APP = required('DIWAN_APP')
export const CLI = required('DIWAN_CLI')
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname

function required(name) {
  const value = process.env[name]
  if (!value || !existsSync(value)) throw new Error(`${name} must name a built binary (run through make test-e2e); got ${value}`)
  return value
}

/** Polls `check` until it returns a truthy value, or fails with `what`. */
export async function until(check, what, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value) return value
    } catch (error) {
      last = error
    }
    await delay(100)
  }
  const seen = await whatShows(what)
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}${seen}`)
}

// The newest app session and its display, for what a timeout says.
const newest = { browser: null, driver: null }

/**
 * What the window showed when a wait ran out, so a failure on CI (where
 * only the log is seen) says more than its name: the open dialogs, the
 * focused element, any alert's words, and a screenshot in artifacts/.
 */
async function whatShows(what) {
  const { browser, driver } = newest
  if (!browser || !driver) return ''
  const look = async () => {
    const page = await browser.execute(() => ({
      dialogs: [...document.querySelectorAll('dialog[open], [role="dialog"]')].map((d) => d.dataset.testid ?? d.className),
      focus: document.activeElement?.dataset?.testid ?? document.activeElement?.tagName,
      alerts: [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim().slice(0, 200)),
      workspace: document.querySelector('[role="tab"][aria-selected="true"]')?.dataset?.testid,
    }))
    const file = `timeout-${what.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}-${Date.now()}.png`
    mkdirSync(ARTIFACTS, { recursive: true })
    writeFileSync(join(ARTIFACTS, file), await stableCapture(driver, { attempts: 2 }))
    return ` (the window then: ${JSON.stringify(page)}; screen: artifacts/${file})`
  }
  let timer
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(' (the window did not answer)'), 10000)))
  try {
    return await Promise.race([look(), timeout])
  } catch (error) {
    return ` (the window could not be read: ${error.message})`
  } finally {
    clearTimeout(timer)
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Whether an X server answers on `display`'s socket (a dead one leaves the file). */
function displayUp(display) {
  return new Promise((resolve) => {
    const socket = net.connect(`/tmp/.X11-unix/X${display}`)
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/** A private X display and a tauri-driver on free ports. */
export async function startDriver() {
  let display = 90 + Math.floor(Math.random() * 400)
  while (existsSync(`/tmp/.X11-unix/X${display}`)) display += 1
  const xvfb = startXvfb(display)
  await until(() => displayUp(display), 'Xvfb')

  const port = await freePort()
  const nativePort = await freePort()
  const env = { ...process.env, DISPLAY: `:${display}` }
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  // tauri-driver listens at once; WebKitWebDriver behind it takes a moment.
  await until(async () => (await portOpen(port)) && (await portOpen(nativePort)), 'tauri-driver and WebKitWebDriver')

  return {
    display: `:${display}`,
    port,
    xvfb,
    // The databases the app was started on, to find an app left running.
    launched: [],
    async stop() {
      // SIGTERM lets tauri-driver stop WebKitWebDriver; SIGKILL would orphan it.
      driver.kill('SIGTERM')
      await until(() => driver.exitCode !== null || driver.signalCode !== null, 'tauri-driver to exit', 10000).catch(() => {})
      // An app whose session could not end (a native dialog still open) must
      // not outlive its file's display and disturb the next file's.
      for (const db of this.launched) {
        try {
          execFileSync('pkill', ['-KILL', '-f', `diwan-app --db ${db}`])
        } catch {
          // None left: the usual case.
        }
      }
      this.xvfb.stopping = true
      this.xvfb.kill('SIGTERM')
    },
    /**
     * A display server that has died is started again on the same display
     * (tauri-driver's children know only that one); how it ended is
     * printed, never hidden.
     */
    async ensureDisplay() {
      if (this.xvfb.exitCode === null && this.xvfb.signalCode === null) return
      console.error(`Xvfb ${this.display} is down (see above); starting it again`)
      this.xvfb = startXvfb(display)
      await until(() => displayUp(display), 'Xvfb again')
    },
  }
}

/** Xvfb on `display`, keeping the end of what it writes, to say why if it dies. */
function startXvfb(display) {
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x820x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe'] })
  let said = ''
  xvfb.stderr.on('data', (chunk) => (said = (said + chunk).slice(-2000)))
  xvfb.on('exit', (code, signal) => {
    if (!xvfb.stopping) console.error(`Xvfb :${display} ended (${signal ?? `exit ${code}`}): ${said.trim() || '(it said nothing)'}`)
  })
  return xvfb
}

/**
 * A team hub for a test: a private PostgreSQL cluster (initdb into a
 * temporary folder, as `postgres` when run as root; a free loopback port)
 * and `diwan-hub serve` on another. `hub(...args)` runs the hub's program
 * against it; `stopServing`/`serve` take the HTTP service away and back;
 * `stop` ends both.
 */
export async function startHub() {
  const root = execFileSync('id', ['-u']).toString().trim() === '0'
  const dir = mkdtempSync(join(tmpdir(), 'diwan-hub-'))
  if (root) execFileSync('chown', ['postgres:postgres', dir])
  const versions = readdirSync('/usr/lib/postgresql').filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
  const bin = `/usr/lib/postgresql/${versions.sort((a, b) => Number(a) - Number(b)).at(-1)}/bin`
  const asPostgres = (program, args) =>
    root ? execFileSync('runuser', ['-u', 'postgres', '--', `${bin}/${program}`, ...args]) : execFileSync(`${bin}/${program}`, args)
  const data = join(dir, 'data')
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions'])
  const pgPort = await freePort()
  asPostgres('pg_ctl', ['-D', data, '-o', `-p ${pgPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start'])
  const program = join(dirname(CLI), 'diwan-hub')
  const env = { ...process.env, DIWAN_HUB_PG: `postgres://postgres@127.0.0.1:${pgPort}/postgres`, DIWAN_HUB_PASSPHRASE: DEMO_PASSPHRASE }
  const hub = (...args) => execFileSync(program, args, { encoding: 'utf8', env })
  hub('init')
  const port = await freePort()
  let server = null
  const started = {
    url: `http://127.0.0.1:${port}`,
    hub,
    async serve() {
      server = spawn(program, ['serve', '--listen', `127.0.0.1:${port}`], { env, stdio: 'ignore' })
      await until(() => portOpen(port), 'the hub serving')
    },
    async stopServing() {
      server?.kill('SIGTERM')
      await until(async () => !(await portOpen(port)), 'the hub gone')
    },
    async stop() {
      server?.kill('SIGTERM')
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])
      } catch {
        // Stopped already.
      }
    },
  }
  await started.serve()
  return started
}

/** The passphrase `diwan demo` gives its sample people (README). */
export const DEMO_PASSPHRASE = 'diwan demo passphrase'

/**
 * Starts the app on `db` and returns its WebDriver session, signed in as
 * `as` with `passphrase` (null: left at the door, for tests of the door).
 */
export async function launch(driver, db, as = 'karim', passphrase = DEMO_PASSPHRASE) {
  driver.launched?.push(db)
  await driver.ensureDisplay?.()
  const browser = await newSession(driver, db).catch(async (error) => {
    // Once, on CI, a relaunch after a SIGKILL found GTK unable to open the
    // display and WebKitWebDriver waited out its two minutes. Said, and tried
    // once more on a display known to be up; a second failure is the test's.
    console.error(`The app did not come up on ${db} (${error.message}); trying once more.`)
    await driver.ensureDisplay?.()
    return newSession(driver, db)
  })
  Object.assign(newest, { browser, driver })
  // The database opens in the background: wait until it is open and the door shows.
  await until(async () => (await browser.$('.app').getAttribute('data-ready')) === 'true', 'the database to be open', 60000)
  if (as) await signIn(browser, as, passphrase)
  return browser
}

function newSession(driver, db) {
  return remote({
    hostname: '127.0.0.1',
    port: driver.port,
    logLevel: 'error',
    connectionRetryCount: 0,
    // The app is up in seconds; a request that waits longer will not end well.
    connectionRetryTimeout: 60000,
    capabilities: { 'tauri:options': { application: APP, args: ['--db', db] } },
  })
}

/** Signs out whoever is signed in, then signs `name` in as a person would. */
export async function signIn(browser, name, passphrase = DEMO_PASSPHRASE) {
  if (await browser.$('[data-testid="sign-out"]').isExisting()) await browser.$('[data-testid="sign-out"]').click()
  await until(() => browser.$('[data-testid="sign-in-name"]').isDisplayed(), 'the sign-in form')
  // Both fields are read back together just before sending: under load the
  // form has been drawn again between the two (the keys of the second then
  // went into the first), so both are typed again until both hold their words.
  for (let attempt = 0; ; attempt += 1) {
    await typeInto(browser, '[data-testid="sign-in-name"]', name)
    await typeInto(browser, '[data-testid="sign-in-passphrase"]', passphrase)
    const held = await browser.execute(() => [document.querySelector('[data-testid="sign-in-name"]')?.value, document.querySelector('[data-testid="sign-in-passphrase"]')?.value])
    if ((held[0] === name && held[1] === passphrase) || attempt === 2) break
    console.error(`signIn: the form did not hold what was typed (attempt ${attempt + 1}); typing again`)
    await delay(500)
  }
  await browser.$('[data-testid="sign-in-submit"]').click()
  // Signed in, or refused: a refusal fails at once with what the app said.
  const outcome = await until(async () => {
    if (await browser.$('[data-testid="signed-in-as"]').isExisting()) return 'in'
    const refused = browser.$('[data-testid="sign-in-error"], [data-testid="error"]')
    if (await refused.isExisting()) return `refused: ${await refused.getText()}`
    return null
  }, `${name} signed in`, 30000)
  if (outcome !== 'in') {
    // What the form held when refused, to tell a dropped key from a refusal of the right words.
    const held = await browser.execute(() => [...document.querySelectorAll('[data-testid^="sign-in-"]')].map((f) => `${f.dataset.testid}=${f.type === 'password' ? `${f.value.length} chars` : f.value}`).join(', '))
    throw new Error(`${name} could not sign in: ${outcome} (the form held: ${held}; typed ${passphrase.length} chars)`)
  }
  await until(() => browser.$('[data-testid="calendar"], [role="tabpanel"]').isExisting(), 'a workspace')
}

/**
 * Types `value` into a field as a person would, and makes sure it arrived:
 * under load WebKitWebDriver has dropped keys (a sign-in then fails for a
 * "wrong passphrase" nobody typed), so the field is read back and typed again,
 * then set directly as a last resort.
 */
export async function typeInto(browser, selector, value) {
  const field = browser.$(selector)
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await field.setValue(value)
      if ((await field.getValue()) === value) return
    } catch {
      // "unknown error" from the driver under load: try again.
    }
    await delay(200)
  }
  console.error(`typeInto: ${selector} did not take the typed text; set directly`)
  await setControlIn(browser, selector, value)
}

/** `s` without the bidi isolation marks Fluent puts around each argument (U+2066–U+2069). */
export function withoutIsolation(s) {
  return s.replace(/[\u2066-\u2069]/g, '')
}

/**
 * A database file in a folder of its own, removed when the test file's
 * process ends (a demo with its backups is some 300 MB: a full run left
 * gigabytes behind). DIWAN_E2E_KEEP=1 keeps them to look at.
 */
export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'diwan-e2e-'))
  if (!process.env.DIWAN_E2E_KEEP) process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  return join(dir, 'diwan.db')
}

/** Runs the diwan CLI on the same database, as a script would (`--as` people with the demo passphrase). */
export function cli(db, ...args) {
  return cliWith(db, DEMO_PASSPHRASE, ...args)
}

/** Runs the diwan CLI with `passphrase` for `--as` (an encrypted database needs one to open at all). */
export function cliWith(db, passphrase, ...args) {
  // An export of the demo runs to a few megabytes.
  const env = { ...process.env, LANG: 'C', DIWAN_PASSPHRASE: passphrase }
  return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8', env, maxBuffer: 256 << 20 })
}

/**
 * Saves the whole X screen as artifacts/NAME.png once it is stable.
 * WebKitGTK under Xvfb paints up to a second after the DOM changes, so the
 * screen is captured until two captures in a row are the same (at most ~5 s);
 * WebKitWebDriver's own screenshot can lag too, so it is only the fallback.
 */
export async function screenshot(browser, driver, name) {
  mkdirSync(ARTIFACTS, { recursive: true })
  const file = join(ARTIFACTS, `${name}.png`)
  try {
    writeFileSync(file, await stableCapture(driver))
  } catch {
    await browser.saveScreenshot(file)
  }
}

/**
 * An element as the X screen shows it: scrolled into view if need be, its
 * box on the screen, and its pixels as PNG and as RGB bytes (three a pixel,
 * row by row), once WebKitGTK has finished painting (`options` go to
 * `stableCapture`). WebKitWebDriver's own element screenshots come out
 * black under Xvfb, and reading a canvas back from the page is a path of
 * WebKit's we keep tests off. `null` when the element is not there or has
 * no size.
 */
export async function elementPixels(browser, driver, selector, options = {}) {
  const box = await browser.execute((sel) => {
    const element = document.querySelector(sel)
    if (!element) return null
    element.scrollIntoView({ block: 'nearest' })
    const r = element.getBoundingClientRect()
    return { x: Math.round(r.left + window.screenX), y: Math.round(r.top + window.screenY), width: Math.round(r.width), height: Math.round(r.height) }
  }, selector)
  if (!box || box.width === 0 || box.height === 0) return null
  const png = await stableCapture(driver, { ...options, crop: `${box.width}x${box.height}+${box.x}+${box.y}` })
  const rgb = execFileSync('convert', ['png:-', '-depth', '8', 'rgb:-'], { input: png, maxBuffer: 64 << 20 })
  return { ...box, png, rgb }
}

/**
 * The X screen as PNG bytes (only the `crop` rectangle, `WxH+X+Y`, if
 * given), captured every `everyMs` until two captures in a row are the same
 * (at most `attempts` more): what WebKitGTK has finished painting.
 */
export async function stableCapture(driver, { crop = null, everyMs = 250, attempts = 20 } = {}) {
  const args = crop ? ['-window', 'root', '-crop', crop, '+repage', 'png:-'] : ['-window', 'root', 'png:-']
  const capture = () => execFileSync('import', args, { env: { ...process.env, DISPLAY: driver.display }, maxBuffer: 64 << 20 })
  let previous = capture()
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    await delay(everyMs)
    const current = capture()
    if (current.equals(previous)) break
    previous = current
  }
  return previous
}

/** Sets a form control the way a person's input would, for Svelte's bindings. */
export async function setControlIn(browser, selector, value, eventName = 'input') {
  await browser.execute(
    (sel, val, name) => {
      const el = document.querySelector(sel)
      el.value = val
      el.dispatchEvent(new Event(name, { bubbles: true }))
    },
    selector,
    value,
    eventName,
  )
}

/** A day in Paris (where the sample embassy is) as YYYY-MM-DD, `offset` days from today. */
export function parisDay(offset = 0) {
  const date = new Date(Date.now() + offset * 86400000)
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
}
