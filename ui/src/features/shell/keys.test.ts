import { describe, expect, it } from 'vitest'

import { type KeyContext, shortcutFor } from './keys'

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})
const free: KeyContext = { typing: false, canUndo: true, canOpenNewPost: true }

describe('global keys', () => {
  it('N opens a new post and Ctrl+Z or Cmd+Z undoes, when the person is not typing', () => {
    expect(shortcutFor(press('n'), free)).toBe('new-post')
    expect(shortcutFor(press('N'), free)).toBe('new-post')
    expect(shortcutFor(press('z', { ctrlKey: true }), free)).toBe('undo')
    expect(shortcutFor(press('z', { metaKey: true }), free)).toBe('undo')
  })

  it('does nothing while typing, with modifiers that mean something else, or when there is nothing to do', () => {
    expect(shortcutFor(press('n'), { ...free, typing: true })).toBeNull()
    expect(shortcutFor(press('n', { altKey: true }), free)).toBeNull()
    expect(shortcutFor(press('n', { ctrlKey: true }), free)).toBeNull()
    expect(shortcutFor(press('z', { ctrlKey: true }), { ...free, canUndo: false })).toBeNull()
    expect(shortcutFor(press('n'), { ...free, canOpenNewPost: false })).toBeNull()
    expect(shortcutFor(press('z'), free)).toBeNull()
  })

  it('Ctrl+L or Cmd+L locks, even while typing; L alone types an L', () => {
    expect(shortcutFor(press('l', { ctrlKey: true }), free)).toBe('lock')
    expect(shortcutFor(press('L', { metaKey: true }), { ...free, typing: true })).toBe('lock')
    expect(shortcutFor(press('l'), free)).toBeNull()
    expect(shortcutFor(press('l', { ctrlKey: true, altKey: true }), free)).toBeNull()
  })
})
