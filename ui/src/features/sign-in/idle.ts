// When an idle app locks, decided apart from the DOM and the clock so that
// it can be tested: any key or pointer activity counts as presence.

export class IdleWatch {
  private last: number

  /** `minutes` of no activity lock the app; `now` is in milliseconds. */
  constructor(
    private minutes: number,
    now: number,
  ) {
    this.last = now
  }

  /** The person did something at `now`. */
  touch(now: number): void {
    this.last = Math.max(this.last, now)
  }

  /** An administrator changed the setting; the time already idle still counts. */
  setMinutes(minutes: number): void {
    this.minutes = minutes
  }

  /** Whether the app should lock at `now`. */
  expired(now: number): boolean {
    return now - this.last >= this.minutes * 60_000
  }
}
