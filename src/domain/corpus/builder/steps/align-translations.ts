/**
 * Step 4b — translations: each document whose metadata names another in `translationOf` has its
 * statements aligned with the other's (align.ts: Gale and Church's length-based alignment, with
 * numbers, near-synonyms and people as anchors, align-anchors.ts), so that the statement page
 * can offer a statement "in Kazakh / in Russian / in English".
 *
 * What cannot be aligned is a warning, never a failed build: a `translationOf` that names no
 * document of the folder, a chain of translations that comes back to where it started, a
 * translation in its original's language. Pure and deterministic: documents in the build's
 * order, statements in their document's order; quote ids are not touched.
 */
import type { Alignment } from '../../schema'
import { alignStatements, type AlignUnit } from '../align'
import { anchorsOf, compilePeople, type PeopleIndex } from '../align-anchors'
import type { SpeakerInput } from '../inputs'
import type { Problem } from '../problems'
import type { Draft, DocumentReading } from './read-documents'

const see = 'see docs/corpus.md, “Translations”'

/** The documents a chain of `translationOf` passes through from `start`, if it comes back. */
function cycleFrom(start: string, next: ReadonlyMap<string, string>): string[] | null {
  const path = [start]
  let at = next.get(start)
  while (at !== undefined && path.length <= next.size) {
    if (at === start) return path
    if (path.includes(at)) return null // a cycle further on, not through `start`
    path.push(at)
    at = next.get(at)
  }
  return null
}

function units(
  drafts: readonly Draft[],
  reading: DocumentReading,
  people: PeopleIndex,
  principal: string,
): AlignUnit[] {
  return drafts.map((d) => ({
    length: d.text.length,
    anchors: [
      ...anchorsOf(d.text, reading.language, people),
      // Whose words they are, when not the principal's (whose are most): the same in both.
      ...(d.speaker.id === principal ? [] : [`~${d.speaker.id}`]),
    ],
  }))
}

export function alignTranslations(
  readings: readonly DocumentReading[],
  drafts: readonly Draft[],
  speakers: readonly SpeakerInput[],
  principal: string,
  warnings: Problem[],
): Alignment[] {
  const byId = new Map(readings.map((r) => [r.doc.meta.id, r]))
  const next = new Map<string, string>()
  for (const r of readings)
    if (r.doc.meta.translationOf) next.set(r.doc.meta.id, r.doc.meta.translationOf)
  const index = new Map(drafts.map((d, i) => [d, i]))
  const draftsOf = new Map<string, Draft[]>()
  for (const d of drafts) {
    const list = draftsOf.get(d.source.meta.id)
    if (list) list.push(d)
    else draftsOf.set(d.source.meta.id, [d])
  }
  for (const list of draftsOf.values()) list.sort((a, b) => a.start - b.start)
  const people = compilePeople(speakers)

  const found: { key: [number, number]; alignment: Alignment }[] = []
  for (const translation of readings) {
    const meta = translation.doc.meta
    if (!meta.translationOf) continue
    const file = translation.doc.input.metaFile ?? translation.doc.input.file
    const original = byId.get(meta.translationOf)
    if (!original) {
      warnings.push({
        file,
        message: `"translationOf" names "${meta.translationOf}", which is not a document of this corpus; its statements are not aligned`,
        hint: `use the id of the original's metadata, or remove "translationOf" (${see})`,
      })
      continue
    }
    const cycle = cycleFrom(meta.id, next)
    if (cycle) {
      warnings.push({
        file,
        message: `"translationOf" goes round in a circle (${[...cycle, meta.id].join(' → ')}); its statements are not aligned`,
        hint: `only a translation names its original: remove "translationOf" from the original (${see})`,
      })
      continue
    }
    if (original.language === translation.language) {
      warnings.push({
        file,
        message: `a translation of "${original.doc.meta.id}" in the same language (${translation.language}); its statements are not aligned`,
        hint: `correct "language" or "translationOf" (${see})`,
      })
      continue
    }
    const a = draftsOf.get(original.doc.meta.id) ?? []
    const b = draftsOf.get(meta.id) ?? []
    if (a.length === 0 || b.length === 0) continue
    // The expected length of the translation per character of the original: the two whole
    // texts' ratio (Kazakh runs longer than Russian, English shorter).
    const ratio = translation.cleaned.text.length / Math.max(1, original.cleaned.text.length)
    const beads = alignStatements(
      units(a, original, people, principal),
      units(b, translation, people, principal),
      ratio,
    )
    for (const bead of beads) {
      if (bead.a.length === 0 || bead.b.length === 0) continue
      const left = bead.a.map((i) => a[i] as Draft)
      const right = bead.b.map((j) => b[j] as Draft)
      found.push({
        key: [index.get(left[0] as Draft) ?? 0, index.get(right[0] as Draft) ?? 0],
        alignment: { original: left.map((d) => d.id), translation: right.map((d) => d.id) },
      })
    }
  }
  return found.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]).map((f) => f.alignment)
}
