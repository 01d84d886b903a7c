// What Ctrl+Z takes back on the desk: the moves made on the grid, newest
// last. Taking one back runs the caller's action (the same audited edit as
// the move); the move leaves the stack only when that succeeded, and a
// second Ctrl+Z while one is under way is ignored rather than taking the
// same move back twice.

export class UndoStack<T> {
  #items = $state<T[]>([])
  #busy = false

  /** The newest item, or undefined when there is nothing to take back. */
  get last(): T | undefined {
    return this.#items.at(-1)
  }

  get size(): number {
    return this.#items.length
  }

  push(item: T): void {
    this.#items = [...this.#items, item]
  }

  /** Forgets everything (another mission, another person). */
  clear(): void {
    this.#items = []
  }

  /**
   * Takes back the newest item with `apply`. Resolves to the item taken
   * back, or null when there was none or one is already being taken back;
   * rejects with `apply`'s error, keeping the item.
   */
  async undo(apply: (item: T) => Promise<void>): Promise<T | null> {
    const last = this.last
    if (last === undefined || this.#busy) return null
    this.#busy = true
    try {
      await apply(last)
      this.#items = this.#items.slice(0, -1)
      return last
    } finally {
      this.#busy = false
    }
  }
}
