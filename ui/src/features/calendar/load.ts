// FullCalendar and its time-zone polyfill are most of the interface's code:
// they are fetched and parsed once the first screen (the sign-in door) is
// drawn, not before it (#12, `make bench-app`). Asked again, the same load.
let loading: Promise<typeof import('./Calendar.svelte')> | null = null

export function loadCalendar(): Promise<typeof import('./Calendar.svelte')> {
  loading ??= import('./Calendar.svelte')
  return loading
}
