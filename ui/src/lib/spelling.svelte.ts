// Whether the fields where text is written are spell-checked: the signed-in
// person's preference (Settings), on at first. The webview checks each field
// in the language its `lang` names (src-tauri/src/spelling.rs).
let enabled = $state(true)

/** The value of a writing field's `spellcheck` attribute. */
export function spellCheck(): boolean {
  return enabled
}

export function applySpellCheck(next: boolean): void {
  enabled = next
}
