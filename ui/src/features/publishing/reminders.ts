// What to tell the signed-in person about publishing between two looks at
// what is due (the core decides what is due, overdue or held; this only
// compares two answers). A post whose hour came is "publish now"; on the
// first look after starting, what is already late is "overdue to publish"
// (its reminder was missed while the app was closed); a post held back by a
// crisis or a withdrawn approval is a notice, never a reminder.
import type { DueDto } from '../../lib/bindings'

/** `publish-held-<reason>`: the reason is the core's (a crisis, a withdrawn approval). */
export type ReminderKind = 'publish' | 'publish-overdue' | `publish-held-${string}`

export interface Reminder {
  kind: ReminderKind
  post: number
}

export interface DueSnapshot {
  due: Set<number>
  overdue: Set<number>
  held: Set<number>
}

export function dueSnapshot(due: DueDto): DueSnapshot {
  return {
    due: new Set(due.due.map((p) => p.post)),
    overdue: new Set(due.overdue.map((p) => p.post)),
    held: new Set(due.held.map((p) => p.post)),
  }
}

/** What is new in `after` since `before` (`null`: the first look since starting). */
export function reminders(before: DueSnapshot | null, after: DueDto): Reminder[] {
  const out: Reminder[] = []
  const seen = (post: number) => before !== null && (before.due.has(post) || before.overdue.has(post))
  for (const post of after.due) if (!seen(post.post)) out.push({ kind: 'publish', post: post.post })
  // Overdue is news only when it was never shown due or overdue: at start, or
  // when the app missed the hour (asleep, locked).
  for (const post of after.overdue) if (!seen(post.post)) out.push({ kind: 'publish-overdue', post: post.post })
  for (const held of after.held) {
    if (before?.held.has(held.post)) continue
    out.push({ kind: `publish-held-${held.reason}`, post: held.post })
  }
  return out
}

/** How many posts wait to be published now. */
export function waiting(due: DueDto | null): number {
  return due ? due.due.length + due.overdue.length : 0
}
