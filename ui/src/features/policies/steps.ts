// A policy step's text form, split into the fields the editor shows and
// joined back. The core reads and checks the joined form; nothing here
// decides whether a step is allowed.

export interface StepFields {
  /** A role's name (anyone holding it), or `any` / `all` of the names. */
  kind: string
  /** Comma-separated names, for `any` and `all`. */
  names: string
}

export function splitStep(spec: string): StepFields {
  const colon = spec.indexOf(':')
  if (colon < 0) return { kind: spec, names: '' }
  const kind = spec.slice(0, colon)
  const names = spec.slice(colon + 1).split(',').join(', ')
  return { kind: kind === 'all' ? 'all' : 'any', names }
}

export function joinStep(step: StepFields): string {
  if (step.kind !== 'any' && step.kind !== 'all') return step.kind
  const names = step.names
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '')
  return `${step.kind}:${names.join(',')}`
}
