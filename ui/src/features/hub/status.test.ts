import { describe, expect, it } from 'vitest'

import { afterSync, nextSyncIn, type HubState } from './status'

const url = 'https://hub.mfa.example'
const report = { pushed: 0, pulled: 2, refused: 0, signedOut: [] }
const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 10, minute))

describe('the hub indicator', () => {
  it('says up to date after a sync, and syncs again in five minutes', () => {
    const state = afterSync(url, { report }, at(0), { kind: 'unconnected' })
    expect(state).toEqual({ kind: 'synced', url, at: at(0), report })
    expect(nextSyncIn(state)).toBe(300_000)
  })

  it('keeps the time it went offline across retries, and retries every minute', () => {
    const unreachable = { code: 'error-hub-unreachable', args: { url, detail: 'connection refused' } }
    const first = afterSync(url, { error: unreachable }, at(1), { kind: 'synced', url, at: at(0), report })
    const again = afterSync(url, { error: unreachable }, at(2), first)
    expect(again).toMatchObject({ kind: 'offline', since: at(1) })
    expect(nextSyncIn(again)).toBe(60_000)
  })

  it('stops syncing once the hub no longer knows this computer', () => {
    const state = afterSync(url, { error: { code: 'error-hub-token-refused', args: {} } }, at(3), { kind: 'unconnected' })
    expect(state.kind).toBe('signed-out')
    expect(nextSyncIn(state)).toBeNull()
  })

  it('asks the signed-in person to sign in again when the hub refused their token, though others here synced', () => {
    const colleagueRevoked = { ...report, signedOut: ['samir'] }
    expect(afterSync(url, { report: colleagueRevoked }, at(6), { kind: 'unconnected' }, 'karim').kind).toBe('synced')
    const state = afterSync(url, { report: colleagueRevoked }, at(6), { kind: 'unconnected' }, 'samir')
    expect(state).toMatchObject({ kind: 'signed-out', error: { code: 'error-hub-token-refused' } })
  })

  it('shows any other refusal as it came, and something that is not a refusal as unexpected', () => {
    const refused = afterSync(url, { error: { code: 'error-hub-too-new', args: { found: 9, supported: 2 } } }, at(4), { kind: 'unconnected' } as HubState)
    expect(refused).toMatchObject({ kind: 'refused', error: { code: 'error-hub-too-new' } })
    const odd = afterSync(url, { error: new Error('boom') }, at(5), { kind: 'unconnected' })
    expect(odd).toMatchObject({ kind: 'refused', error: { code: 'error-unexpected' } })
  })
})
