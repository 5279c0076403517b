/**
 * Step 3 — editorial overrides (corpus/overrides.json), keyed by quote id: exclusions and
 * speakers first (they change what gets linked), topics after tagging (`applyTopicOverrides`).
 * An override naming an unknown speaker stops the build; one naming no statement is reported.
 */
import type { Overrides } from '../inputs'
import { stopOnProblems, type Problem } from '../problems'
import type { Person } from '../speakers'
import type { Draft } from './read-documents'

export interface OverridesOutcome {
  drafts: Draft[]
  unused: string[]
  excluded: number
  applied: number
}

export function applyOverrides(
  drafts: readonly Draft[],
  overrides: Overrides,
  overridesFile: string,
  speakers: ReadonlyMap<string, Person>,
): OverridesOutcome {
  const problems: Problem[] = []
  const byId = new Map(drafts.map((d) => [d.id, d]))
  const unused = Object.keys(overrides)
    .filter((id) => !byId.has(id))
    .sort()
  for (const [id, override] of Object.entries(overrides))
    if (override.speaker && !speakers.has(override.speaker))
      problems.push({
        file: overridesFile,
        message: `override "${id}" names unknown speaker "${override.speaker}"`,
        hint: `use one of: ${[...speakers.keys()].join(', ')}`,
      })
  stopOnProblems(problems)
  const excluded = new Set(
    Object.entries(overrides)
      .filter(([id, o]) => o.exclude && byId.has(id))
      .map(([id]) => id),
  )
  let applied = excluded.size
  const kept = drafts.filter((d) => !excluded.has(d.id))
  for (const d of kept) {
    const speaker = overrides[d.id]?.speaker
    if (speaker) {
      d.speaker = speakers.get(speaker) ?? d.speaker
      applied++
    }
  }
  return { drafts: kept, unused, excluded: excluded.size, applied }
}

/** Topic overrides replace the tagger's topics; returns how many were applied. */
export function applyTopicOverrides(drafts: readonly Draft[], overrides: Overrides): number {
  let applied = 0
  for (const d of drafts) {
    const topics = overrides[d.id]?.topics
    if (topics && !overrides[d.id]?.speaker) applied++
    if (topics) d.topicIds = [...topics]
  }
  return applied
}
