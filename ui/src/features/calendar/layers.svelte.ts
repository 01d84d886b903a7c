// Which layers of the world's calendar (religious, host, home, ministry)
// the signed-in person has hidden: their preference, kept by the core with
// the others, so a hidden layer stays hidden on the next start.
import { api } from '../../lib/api'

let hidden = $state<string[]>([])

export function hiddenLayers(): string[] {
  return hidden
}

/** Sets the layers hidden, as the person's preferences say. */
export function applyHiddenLayers(next: string[]): void {
  hidden = next
}

/** Shows or hides one layer and keeps the choice with the person's preferences. */
export async function chooseLayer(layer: string, shown: boolean): Promise<void> {
  hidden = shown ? hidden.filter((l) => l !== layer) : [...hidden.filter((l) => l !== layer), layer]
  const preferences = await api.preferences()
  await api.setPreferences({ ...preferences, hiddenLayers: hidden })
}
