// A file the person picked in an <input type="file">, read as text, for the
// imports that take CSV from the window (engagement exports, the ministry's
// days). The input is emptied so that picking the same file again (after
// fixing it) fires again.
export async function pickedText(event: Event): Promise<string | null> {
  const input = event.currentTarget as HTMLInputElement
  const file = input.files?.[0]
  try {
    return file ? await file.text() : null
  } finally {
    input.value = ''
  }
}
