// What the hub indicator says, from the last sync's outcome. The core and
// the hub decided everything; this only names the outcome for the eye:
// up to date, offline (the work here is kept), signed out (sign in again),
// or another refusal shown as is.
import type { ErrorDto, SyncReportDto } from '../../lib/bindings'

export type HubState =
  | { kind: 'unconnected' }
  | { kind: 'syncing'; url: string }
  | { kind: 'synced'; url: string; at: Date; report: SyncReportDto }
  | { kind: 'offline'; url: string; since: Date; error: ErrorDto }
  | { kind: 'signed-out'; url: string; error: ErrorDto }
  | { kind: 'refused'; url: string; error: ErrorDto }

function isErrorDto(value: unknown): value is ErrorDto {
  return typeof value === 'object' && value !== null && typeof (value as ErrorDto).code === 'string'
}

/**
 * The state after a sync of `url` ended with `outcome` at `now` (`before`:
 * the state it left), as the signed-in person `me` sees it: the hub
 * refusing their own token is "sign in again" for them, even when the
 * others connected on this computer synced.
 */
export function afterSync(
  url: string,
  outcome: { report: SyncReportDto } | { error: unknown },
  now: Date,
  before: HubState,
  me: string | null = null,
): HubState {
  if ('report' in outcome) {
    if (me !== null && outcome.report.signedOut.includes(me)) {
      return { kind: 'signed-out', url, error: { code: 'error-hub-token-refused', args: {} } }
    }
    return { kind: 'synced', url, at: now, report: outcome.report }
  }
  const error: ErrorDto = isErrorDto(outcome.error) ? outcome.error : { code: 'error-unexpected', args: { detail: String(outcome.error) } }
  switch (error.code) {
    case 'error-hub-unreachable':
      // Offline since the first failure, not the latest retry.
      return { kind: 'offline', url, since: before.kind === 'offline' ? before.since : now, error }
    case 'error-hub-token-refused':
      return { kind: 'signed-out', url, error }
    default:
      return { kind: 'refused', url, error }
  }
}

/** How long to wait before the next background sync, in ms: sooner while offline, never once signed out. */
export function nextSyncIn(state: HubState): number | null {
  switch (state.kind) {
    case 'synced':
      return 5 * 60_000
    case 'offline':
    case 'refused':
      return 60_000
    default:
      return null
  }
}
