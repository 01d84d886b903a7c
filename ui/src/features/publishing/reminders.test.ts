import { describe, expect, it } from 'vitest'

import type { DueDto, DuePostDto, HeldPostDto } from '../../lib/bindings'
import { dueSnapshot, reminders, waiting } from './reminders'

const post = (id: number): DuePostDto => ({ post: id, mission: 'DZ-FR-PAR', localTime: '', reminded: 'karim', texts: [], media: [] })
const held = (id: number, reason: string): HeldPostDto => ({ post: id, mission: 'DZ-FR-PAR', localTime: '', reminded: 'karim', reason })
const answer = (due: number[], overdue: number[] = [], hold: HeldPostDto[] = []): DueDto => ({
  at: '2026-12-02T10:00:00Z',
  due: due.map(post),
  overdue: overdue.map(post),
  held: hold,
})

describe('publishing reminders', () => {
  it('on the first look, remind of what is due and call what is late overdue', () => {
    expect(reminders(null, answer([1], [2]))).toEqual([
      { kind: 'publish', post: 1 },
      { kind: 'publish-overdue', post: 2 },
    ])
  })

  it('remind once: a post shown due is not news again when it turns overdue', () => {
    const first = answer([1])
    expect(reminders(dueSnapshot(first), answer([1]))).toEqual([])
    expect(reminders(dueSnapshot(first), answer([], [1]))).toEqual([])
    expect(reminders(dueSnapshot(first), answer([3], [1]))).toEqual([{ kind: 'publish', post: 3 }])
  })

  it('a post held back is a notice, not a reminder, and only once', () => {
    const now = answer([], [], [held(4, 'crisis'), held(5, 'approval-withdrawn')])
    expect(reminders(dueSnapshot(answer([4, 5])), now)).toEqual([
      { kind: 'publish-held-crisis', post: 4 },
      { kind: 'publish-held-approval-withdrawn', post: 5 },
    ])
    expect(reminders(dueSnapshot(now), now)).toEqual([])
  })

  it('counts what waits', () => {
    expect(waiting(null)).toBe(0)
    expect(waiting(answer([1, 2], [3]))).toBe(3)
  })
})
