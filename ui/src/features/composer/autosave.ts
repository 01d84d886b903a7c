// The composer's autosave, apart from the component so that it can be
// tested: what changed since the last save, the edit that writes only that,
// and one save at a time (a second waits for the first instead of racing it,
// which would create the post twice).
import type { PostEditDto } from '../../lib/bindings'

/** What the database holds of a post, as the composer edits it. */
export type Snapshot = { text: string; localTime: string; accounts: number[] }

const sameAccounts = (a: number[], b: number[]) =>
  [...a].sort((x, y) => x - y).join(',') === [...b].sort((x, y) => x - y).join(',')

/** Whether `current` differs from what was saved (nothing saved yet: any text). */
export function isDirty(saved: Snapshot | null, current: Snapshot): boolean {
  if (saved === null) return current.text.trim() !== ''
  return saved.text !== current.text.trim() || saved.localTime !== current.localTime || !sameAccounts(saved.accounts, current.accounts)
}

/** The edit that writes only what changed since `saved`. */
export function editFor(saved: Snapshot, current: Snapshot): PostEditDto {
  return {
    language: null,
    text: saved.text !== current.text.trim() ? current.text : null,
    localTime: saved.localTime !== current.localTime ? current.localTime : null,
    accounts: sameAccounts(saved.accounts, current.accounts) ? null : current.accounts,
  }
}

/** Runs saves one at a time: a save asked for while one is under way runs
 * after it (and sees what it saved). */
export class OneAtATime<T> {
  private inflight: Promise<T> | null = null

  run(save: () => Promise<T>): Promise<T> {
    // After the one under way, whether it saved or failed.
    const next = () => this.run(save)
    if (this.inflight) return this.inflight.then(next, next)
    const running = save().finally(() => {
      if (this.inflight === running) this.inflight = null
    })
    this.inflight = running
    return running
  }
}
