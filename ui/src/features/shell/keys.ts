// The app's global keys, decided apart from the DOM so that they can be
// tested: N opens a new post on the calendar, Ctrl+Z (Cmd+Z) undoes the last
// move, and neither fires while the person is typing in a field; Ctrl+L
// (Cmd+L) locks the app, even mid-sentence: someone walking away must not wait.

export type Shortcut = 'new-post' | 'undo' | 'lock'

export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }

export type KeyContext = {
  /** The focus is in a text field, a select or an editable element. */
  typing: boolean
  /** A move can be taken back. */
  canUndo: boolean
  /** The calendar is showing and no dialog is open. */
  canOpenNewPost: boolean
}

export function shortcutFor(press: KeyPress, context: KeyContext): Shortcut | null {
  const key = press.key.toLowerCase()
  const command = press.ctrlKey || press.metaKey
  if (command && !press.altKey && key === 'l') return 'lock'
  if (context.typing) return null
  if (command && key === 'z' && context.canUndo) return 'undo'
  if (!command && !press.altKey && key === 'n' && context.canOpenNewPost) return 'new-post'
  return null
}

/** Whether the element with the focus takes typing. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]') !== null
}
