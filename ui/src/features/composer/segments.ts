// Splits a post's text for its preview: hashtags, mentions and links are
// marked, and whatever lies past the platform's limit is marked as cut. The
// offsets come from the core, in UTF-16 units, which is how JavaScript
// indexes strings. The pieces are rendered as text, never as HTML.
import type { EntityDto } from '../../lib/bindings'

export type Segment = { text: string; kind: 'plain' | 'hashtag' | 'mention' | 'url'; cut: boolean }

export function segments(text: string, entities: EntityDto[], fits: number): Segment[] {
  // Every place where the kind or the cut changes.
  const edges = new Set<number>([0, text.length, Math.min(fits, text.length)])
  for (const e of entities) {
    edges.add(e.start)
    edges.add(e.end)
  }
  const points = [...edges].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i]!, points[i + 1]!]
    if (start === end) continue
    const entity = entities.find((e) => e.start <= start && end <= e.end)
    const kind = (entity?.kind ?? 'plain') as Segment['kind']
    const cut = start >= fits
    const previous = out.at(-1)
    if (previous && previous.kind === kind && previous.cut === cut && kind === 'plain') {
      previous.text += text.slice(start, end)
    } else {
      out.push({ text: text.slice(start, end), kind, cut })
    }
  }
  return out
}
