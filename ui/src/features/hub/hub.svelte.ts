// The team hub as the window knows it: connected or not, and how the last
// sync went. Syncs run in the background on Diwan's own connection and
// never hold up typing; the next one is planned from how the last ended.
import { api } from '../../lib/api'
import type { SyncReportDto } from '../../lib/bindings'
import { afterSync, nextSyncIn, type HubState } from './status'

export const hub = $state<{ state: HubState; people: string[]; me: string | null; waiting: number; refused: number }>({
  state: { kind: 'unconnected' },
  // Who is connected to the hub from this computer, each as themselves.
  people: [],
  // The person signed in to the window.
  me: null,

  waiting: 0,
  refused: 0,
})

/** Whether this database works with a hub but the signed-in person is not connected to it from here (or the hub refused their token). */
export function notConnectedAsMe(): boolean {
  const me = hub.me
  return hub.state.kind !== 'unconnected' && me !== null && (!hub.people.includes(me) || hub.state.kind === 'signed-out')
}

/** Reads how many changes wait for the hub and how many it refused. */
export async function refreshHubCounts(): Promise<void> {
  if (hub.state.kind === 'unconnected') return
  const status = await api.hubStatus()
  hub.people = status.people
  hub.waiting = status.waiting
  hub.refused = status.refused
}

let timer: ReturnType<typeof setTimeout> | undefined
let pulledListener: (() => void) | null = null

/** Called when a sync brought posts from the hub (the calendar fetches again). */
export function whenPulled(listener: () => void): void {
  pulledListener = listener
}

function plan(): void {
  clearTimeout(timer)
  const wait = nextSyncIn(hub.state)
  if (wait !== null) timer = setTimeout(() => void syncNow(), wait)
}

/** Reads whether this database is connected, and syncs once if it is (`me`: who is signed in). */
export async function loadHub(me: string): Promise<void> {
  hub.me = me
  const status = await api.hubStatus()
  hub.people = status.people
  if (status.url) {
    hub.state = { kind: 'syncing', url: status.url }
    await syncNow()
  } else {
    clearTimeout(timer)
    hub.state = { kind: 'unconnected' }
  }
}

/** Syncs now (the button, or the timer); the indicator follows. */
export async function syncNow(): Promise<void> {
  const before = hub.state
  if (before.kind === 'unconnected') return
  const url = before.url
  let outcome: { report: SyncReportDto } | { error: unknown }
  try {
    outcome = { report: await api.syncHub() }
  } catch (error) {
    outcome = { error }
  }
  hub.state = afterSync(url, outcome, new Date(), before, hub.me)
  plan()
  if ('report' in outcome && outcome.report.pulled > 0) pulledListener?.()
  await refreshHubCounts().catch(() => {})
}

/** Connects as the signed-in person; throws the refusal for the form to show. */
export async function connect(url: string, passphrase: string): Promise<SyncReportDto> {
  const report = await api.connectHub(url, passphrase)
  const status = await api.hubStatus()
  hub.people = status.people
  hub.state = afterSync(status.url ?? url, { report }, new Date(), hub.state, hub.me)
  hub.waiting = status.waiting
  hub.refused = status.refused
  plan()
  return report
}

/** Signed out of the window: no more syncing for the person who left. */
export function stopHub(): void {
  clearTimeout(timer)
  hub.state = { kind: 'unconnected' }
  hub.people = []
  hub.me = null
  hub.waiting = 0
  hub.refused = 0
}
