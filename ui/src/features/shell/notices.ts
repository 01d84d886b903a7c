// What to tell the acting person between two looks at their queues: a post
// that entered their review or translation queue, or one that became
// overdue. The queues themselves (and what is overdue) are the core's; this
// only compares two snapshots of them, so the first look tells nothing.

type Queue = Map<number, boolean>

export interface QueueSnapshot {
  /** Post → overdue, for the posts in each queue (a post once, however many languages). */
  review: Queue
  translation: Queue
}

export type NoticeKind = 'review' | 'translation' | 'overdue'

export interface Notice {
  kind: NoticeKind
  post: number
}

interface Item {
  post: number
  overdue: boolean
}

function queue(items: Item[]): Queue {
  const out: Queue = new Map()
  for (const item of items) out.set(item.post, (out.get(item.post) ?? false) || item.overdue)
  return out
}

export function snapshot(review: Item[], translation: Item[]): QueueSnapshot {
  return { review: queue(review), translation: queue(translation) }
}

/** What is new in `after` compared with `before`; nothing when there is no `before`. */
export function notices(before: QueueSnapshot | null, after: QueueSnapshot): Notice[] {
  if (before === null) return []
  const out: Notice[] = []
  const overdue = new Set<number>()
  for (const kind of ['review', 'translation'] as const) {
    for (const [post, late] of after[kind]) {
      const was = before[kind].get(post)
      if (was === undefined) out.push({ kind, post })
      if (late && was !== true && !overdue.has(post)) {
        overdue.add(post)
        out.push({ kind: 'overdue', post })
      }
    }
  }
  return out
}

/** Notices of one kind, told together. */
export interface NoticeGroup<K extends string> {
  kind: K
  posts: [number, ...number[]]
}

/**
 * Several notices of one kind found in one look are told once, with their
 * number: at start a week of missed reminders is one notice, not a wall of
 * them over the calendar. Kinds keep the order they first appear in.
 */
export function grouped<K extends string>(items: { kind: K; post: number }[]): NoticeGroup<K>[] {
  const groups = new Map<K, [number, ...number[]]>()
  for (const item of items) {
    const posts = groups.get(item.kind)
    if (posts) posts.push(item.post)
    else groups.set(item.kind, [item.post])
  }
  return [...groups].map(([kind, posts]) => ({ kind, posts }))
}
