import { describe, expect, it } from 'vitest'

import { UndoStack } from './undo.svelte'

describe('the desk undo stack', () => {
  it('takes back the newest move first, one at a time', async () => {
    const stack = new UndoStack<string>()
    stack.push('first')
    stack.push('second')
    const applied: string[] = []
    expect(await stack.undo(async (move) => void applied.push(move))).toBe('second')
    expect(await stack.undo(async (move) => void applied.push(move))).toBe('first')
    expect(await stack.undo(async (move) => void applied.push(move))).toBeNull()
    expect(applied).toEqual(['second', 'first'])
    expect(stack.size).toBe(0)
  })

  it('keeps a move whose undo failed, so it can be tried again', async () => {
    const stack = new UndoStack<string>()
    stack.push('move')
    await expect(stack.undo(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    expect(stack.last).toBe('move')
    expect(await stack.undo(async () => {})).toBe('move')
  })

  it('ignores a second undo while the first is under way', async () => {
    const stack = new UndoStack<string>()
    stack.push('first')
    stack.push('second')
    let release: () => void = () => {}
    const first = stack.undo(() => new Promise<void>((resolve) => (release = resolve)))
    expect(await stack.undo(async () => {})).toBeNull()
    release()
    expect(await first).toBe('second')
    expect(stack.last).toBe('first')
  })
})
