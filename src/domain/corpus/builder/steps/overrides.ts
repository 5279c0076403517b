/**
 * Step 3 — editorial overrides (corpus/overrides.json), keyed by quote id: passages taken as
 * statements (`addPassages`), then exclusions, speakers and kinds (they change what gets
 * linked), topics after tagging (`applyTopicOverrides`). An override naming an unknown speaker,
 * or a passage that is not in its source, stops the build; one naming no statement is reported.
 */
import { quoteIds } from '../ids'
import type { Overrides } from '../inputs'
import { stopOnProblems, type Problem } from '../problems'
import type { Person } from '../speakers'
import type { Draft, DocumentReading } from './read-documents'

/**
 * The id a passage gets once it is taken as a statement among a source's statements: ids are
 * given in text order, and only an identical text repeated in the source changes them.
 */
export function passageStatementId(
  sourceId: string,
  statements: readonly { start: number; text: string }[],
  passage: { start: number; text: string },
): string {
  const all = [...statements, passage].sort((a, b) => a.start - b.start)
  return quoteIds(
    sourceId,
    all.map((s) => s.text),
  )[all.indexOf(passage)] as string
}

/**
 * Overrides with a `passage` add it to its document's statements (reported, the document's
 * principal speaker, unless the override says otherwise), in text order; the passage is no
 * longer listed as left out. The override's key must be the id the statement gets.
 */
export function addPassages(
  readings: readonly DocumentReading[],
  overrides: Overrides,
  overridesFile: string,
  principal: Person,
): void {
  const problems: Problem[] = []
  const bySource = new Map(readings.map((r) => [r.doc.meta.id, r]))
  const marked = Object.entries(overrides).filter(([, o]) => o.passage)
  for (const [key, { passage }] of marked) {
    if (!passage) continue
    const reading = bySource.get(passage.source)
    const text = reading?.cleaned.text
    const problem = (message: string, hint: string) =>
      problems.push({ file: overridesFile, message: `override "${key}": ${message}`, hint })
    if (!reading || text === undefined) {
      problem(`no source "${passage.source}"`, 'name a source id of the folder')
      continue
    }
    if (text.slice(passage.start, passage.end) !== passage.text) {
      problem(
        `the passage is not at ${passage.start}–${passage.end} of "${passage.source}" (its text changed?)`,
        'mark the passage again, or delete the override',
      )
      continue
    }
    if (reading.drafts.some((d) => d.start < passage.end && d.end > passage.start)) {
      problem('the passage overlaps a statement of its source', 'delete the override')
      continue
    }
    const id = passageStatementId(passage.source, reading.drafts, passage)
    if (id !== key) {
      problem(`the passage's statement id is "${id}"`, `key the override "${id}"`)
      continue
    }
    reading.drafts.push({
      id,
      source: reading.doc,
      kind: 'reported',
      speaker: principal,
      start: passage.start,
      end: passage.end,
      text: passage.text,
      section: null,
      why: 'taken as a statement by an override',
      topicIds: [],
    })
    reading.drafts.sort((a, b) => a.start - b.start)
    const ids = quoteIds(
      passage.source,
      reading.drafts.map((d) => d.text),
    )
    reading.drafts.forEach((d, i) => (d.id = ids[i] as string))
    reading.leftOut = reading.leftOut.filter(
      (p) => !(p.start < passage.end && p.end > passage.start),
    )
  }
  stopOnProblems(problems)
}

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
    const { speaker, kind, passage } = overrides[d.id] ?? {}
    if (speaker) d.speaker = speakers.get(speaker) ?? d.speaker
    if (kind) d.kind = kind
    if (speaker || kind || passage) applied++
  }
  return { drafts: kept, unused, excluded: excluded.size, applied }
}

/** Topic overrides replace the tagger's topics; returns how many were applied. */
export function applyTopicOverrides(drafts: readonly Draft[], overrides: Overrides): number {
  let applied = 0
  for (const d of drafts) {
    const topics = overrides[d.id]?.topics
    const counted = overrides[d.id]?.speaker || overrides[d.id]?.kind || overrides[d.id]?.passage
    if (topics && !counted) applied++
    if (topics) d.topicIds = [...topics]
  }
  return applied
}
