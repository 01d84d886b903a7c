import { describe, expect, it } from 'vitest'

import { grouped, notices, snapshot } from './notices'

describe('notices', () => {
  it('say nothing on the first look', () => {
    expect(notices(null, snapshot([{ post: 1, overdue: true }], [{ post: 2, overdue: false }]))).toEqual([])
  })

  it('tell of a post new in each queue and of one that became overdue, once', () => {
    const before = snapshot([{ post: 1, overdue: false }], [{ post: 5, overdue: false }])
    const after = snapshot(
      [
        { post: 1, overdue: true },
        { post: 2, overdue: false },
      ],
      [
        { post: 5, overdue: false },
        { post: 6, overdue: false },
        { post: 6, overdue: false },
      ],
    )
    expect(notices(before, after)).toEqual([
      { kind: 'overdue', post: 1 },
      { kind: 'review', post: 2 },
      { kind: 'translation', post: 6 },
    ])
    expect(notices(after, after)).toEqual([])
  })

  it('tell of a post that arrives already overdue both ways, and of overdue once across queues', () => {
    const before = snapshot([], [])
    expect(notices(before, snapshot([{ post: 3, overdue: true }], [{ post: 3, overdue: true }]))).toEqual([
      { kind: 'review', post: 3 },
      { kind: 'overdue', post: 3 },
      { kind: 'translation', post: 3 },
    ])
  })
})

describe('grouped notices', () => {
  it('tell one post by itself and several of a kind once, kinds in the order they came', () => {
    expect(grouped([])).toEqual([])
    expect(
      grouped([
        { kind: 'publish-overdue', post: 3 },
        { kind: 'publish', post: 9 },
        { kind: 'publish-overdue', post: 4 },
        { kind: 'publish-overdue', post: 7 },
      ]),
    ).toEqual([
      { kind: 'publish-overdue', posts: [3, 4, 7] },
      { kind: 'publish', posts: [9] },
    ])
  })
})
