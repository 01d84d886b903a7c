// The press attaché's desk as one piece of state shared by its sidebar
// (filters, colours, "new post") and its main area (calendar, composer,
// the "moved" notice with undo), so the shell only decides which workspace
// shows.
import { api } from '../../lib/api'
import type { Filters } from '../calendar/Calendar.svelte'
import type { Move } from '../calendar/moves'
import { UndoStack } from './undo.svelte'

/** The composer when open: the day it starts on, and the post (null for a new one). */
export type ComposerTarget = { day: string; post: number | null }

export class DeskState {
  filters = $state<Filters>({ state: '', category: '', language: '', platform: '', account: '' })
  colourBy = $state<'state' | 'category'>('state')
  composer = $state<ComposerTarget | null>(null)
  /** Bumped to make the calendar fetch again. */
  refreshKey = $state(0)
  /** Moves on the grid, for Ctrl+Z. */
  readonly moves = new UndoStack<Move>()

  /** Another mission: its own accounts and languages, and nothing to take back. */
  missionChanged(): void {
    this.filters.account = ''
    this.filters.language = ''
    this.moves.clear()
  }

  openNew(day: string): void {
    this.composer = { day, post: null }
  }

  openPost(id: number, day: string): void {
    this.composer = { day, post: id }
  }

  /** Closes the composer; the calendar shows what it saved. */
  closeComposer(): void {
    this.composer = null
    this.refreshKey += 1
  }

  moved(move: Move): void {
    this.moves.push(move)
  }

  /** Takes back the last move: the post goes back to where it was, through
   * the same audited path. Rejects with the API's error, keeping the move. */
  async undo(): Promise<void> {
    const undone = await this.moves.undo(async (move) => {
      await api.editPost(move.id, { language: null, text: null, localTime: move.from, accounts: null })
    })
    if (undone) this.refreshKey += 1
  }
}
