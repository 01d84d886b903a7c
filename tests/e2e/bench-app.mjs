// `make bench-app`: Diwan's start-up and memory beside the floor, the
// smallest Tauri 2 app (../shared/floor-app), measured by the same method in
// the same run: release builds under Xvfb, from the WebDriver session
// request to the first screen a person can use, then the memory (PSS) of the
// app and its WebKit processes. Runs are interleaved (floor, Diwan on an
// empty database, Diwan on the ministry database, again…) so that all three
// see the same load; the medians and ratios are printed at the end.
//
// DIWAN_APP: the release app (DIWAN_CLI, which the harness asks for, is not used here);
// FLOOR_APP: the floor's binary;
// BENCH_DB: the ministry database (made by `diwan demo --scale ministry`);
// BENCH_RUNS: runs of each (5).
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { remote } from 'webdriverio'

import { APP, DEMO_PASSPHRASE, signIn, startDriver, tempDatabase, until } from './harness.mjs'

const FLOOR = process.env.FLOOR_APP
const MINISTRY = process.env.BENCH_DB
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
if (!FLOOR || !existsSync(FLOOR)) throw new Error(`FLOOR_APP must name the floor app's release binary; got ${FLOOR}`)
if (!MINISTRY || !existsSync(MINISTRY)) throw new Error(`BENCH_DB must name the ministry database; got ${MINISTRY}`)

/** Every process under `root`, itself included (the app and the WebKit processes it starts). */
function descendants(root) {
  const children = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name is in parentheses and may hold spaces: the parent follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (!children.has(parent)) children.set(parent, [])
      children.get(parent).push(Number(entry))
    } catch {
      // Gone meanwhile.
    }
  }
  const all = []
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()
    all.push(pid)
    stack.push(...(children.get(pid) ?? []))
  }
  return all
}

/** Proportional set size in MB of the process started from `binary` and its descendants. */
function memoryOf(binary) {
  const pids = execFileSync('pgrep', ['-f', `^${binary}`], { encoding: 'utf8' }).trim().split('\n').map(Number)
  if (pids.length !== 1) throw new Error(`expected one ${binary} running, found ${pids.length}`)
  let kb = 0
  for (const pid of descendants(pids[0])) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
      kb += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0)
    } catch {
      // Gone meanwhile.
    }
  }
  return kb / 1024
}

/** One start: seconds from the session request to `ready`, then the memory once settled. */
async function once(driver, binary, args, ready, after = null) {
  const started = performance.now()
  const browser = await remote({
    hostname: '127.0.0.1',
    port: driver.port,
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: { 'tauri:options': { application: binary, args } },
  })
  // What a paint left behind settles in a second or so; then the memory.
  const settledMemory = async () => (await new Promise((resolve) => setTimeout(resolve, 1500)), memoryOf(binary))
  try {
    await until(() => ready(browser), `${binary} to be ready`, 120000)
    const seconds = (performance.now() - started) / 1000
    const memory = await settledMemory()
    const extra = after ? { seconds: await after(browser), memory: await settledMemory() } : null
    return { seconds, memory, extra }
  } finally {
    await browser.deleteSession().catch(() => {})
    await until(() => {
      try {
        execFileSync('pgrep', ['-f', `^${binary}`])
        return false
      } catch {
        return true
      }
    }, `${binary} to exit`, 20000).catch(() => execFileSync('pkill', ['-KILL', '-f', `^${binary}`]))
  }
}

const floorReady = async (browser) => (await browser.$('#out').getText()).startsWith('pong')
const diwanReady = async (browser) => (await browser.$('.app').getAttribute('data-ready')) === 'true'

/** After the door: Karim signs in and the month of his first mission is drawn with its posts. */
async function signedInToMonth(browser) {
  const started = performance.now()
  await signIn(browser, 'karim', DEMO_PASSPHRASE)
  await until(() => browser.$('[data-testid="calendar"] [data-post-id]').isExisting(), 'the month with its posts', 60000)
  return (performance.now() - started) / 1000
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const driver = await startDriver()
const results = { floor: [], empty: [], ministry: [] }
// The ministry database is copied once: the app writes to it (the session,
// its place), and the copy keeps the generated one as it was.
const ministry = join(dirname(tempDatabase()), 'ministry.db')
copyFileSync(MINISTRY, ministry)
try {
  for (let run = 1; run <= RUNS; run += 1) {
    results.floor.push(await once(driver, FLOOR, [], floorReady))
    const empty = tempDatabase()
    results.empty.push(await once(driver, APP, ['--db', empty], diwanReady))
    rmSync(dirname(empty), { recursive: true, force: true })
    results.ministry.push(await once(driver, APP, ['--db', ministry], diwanReady, signedInToMonth))
    const last = (name) => results[name].at(-1)
    console.log(
      `run ${run}/${RUNS}: floor ${last('floor').seconds.toFixed(2)} s ${last('floor').memory.toFixed(0)} MB; ` +
        `empty ${last('empty').seconds.toFixed(2)} s ${last('empty').memory.toFixed(0)} MB; ` +
        `ministry ${last('ministry').seconds.toFixed(2)} s ${last('ministry').memory.toFixed(0)} MB ` +
        `(signed in to month ${last('ministry').extra.seconds.toFixed(2)} s, then ${last('ministry').extra.memory.toFixed(0)} MB)`,
    )
  }
} finally {
  await driver.stop()
  rmSync(dirname(ministry), { recursive: true, force: true })
}

const floorSeconds = median(results.floor.map((r) => r.seconds))
const floorMemory = median(results.floor.map((r) => r.memory))
console.log(`\nmedians of ${RUNS} interleaved runs (ready: session request to the first usable screen, the sign-in door; memory: PSS there)`)
console.log('| | ready | memory | ready ratio | memory ratio |\n|---|---|---|---|---|')
for (const [name, label] of [
  ['floor', 'floor app'],
  ['empty', 'Diwan, empty database'],
  ['ministry', 'Diwan, ministry database'],
]) {
  const seconds = median(results[name].map((r) => r.seconds))
  const memory = median(results[name].map((r) => r.memory))
  console.log(
    `| ${label} | ${seconds.toFixed(2)} s | ${memory.toFixed(0)} MB | ${(seconds / floorSeconds).toFixed(2)}× | ${(memory / floorMemory).toFixed(2)}× |`,
  )
}
const month = (key) => median(results.ministry.map((r) => r.extra[key]))
console.log(
  `ministry database, from signing in to the month drawn: ${month('seconds').toFixed(2)} s; ` +
    `memory then ${month('memory').toFixed(0)} MB (${(month('memory') / floorMemory).toFixed(2)}× the floor's first screen)`,
)
