/**
 * buildCorpus: documents + sessions + topics + speakers + overrides → Corpus, in memory.
 *
 * Pure: no file system, no clock, no randomness; the same inputs give the same corpus,
 * deep-equal and (through serializeCorpus) byte-identical. The steps, each in steps/:
 *
 *   1. check inputs        every input against its schema (stops on any problem)
 *   2. read documents      clean → language → segment → attribute → quote ids, per document
 *   3. overrides           exclusions and speakers (topics after tagging)
 *   4. tag and link        topics, corroborations and echoes
 *      align translations  statements of a translation with its original's (translationOf)
 *   5. assemble            the corpus, in a fixed order
 *   6. report              counts per source, overrides, links, warnings
 *   7. validate            CorpusSchema + checkCorpusIntegrity
 *
 * Only what cannot be processed stops the build (a CorpusBuildError listing every problem, with
 * file, line and what to do): no metadata, not text, an unknown session, a duplicate id, an
 * input that does not match its schema. Imperfect text is read as what it most likely is, and
 * said in `report.warnings`.
 */
import type { LinkThresholds } from './link'
import type { Corpus, Speaker } from '../schema'
import type { Problem } from './problems'
import { checkInputs } from './steps/check-inputs'
import { readDocument, type Draft, type DocumentReading } from './steps/read-documents'
import { addPassages, applyOverrides, applyTopicOverrides } from './steps/overrides'
import { linkDrafts, tagStatements } from './steps/tag-and-link'
import { alignTranslations } from './steps/align-translations'
import { assembleCorpus } from './steps/assemble'
import { buildReport, type BuildReport } from './steps/report'
import { validateCorpus } from './steps/validate'
import type { SpeakerInput } from './inputs'
import type { Person } from './speakers'

export type { BuildReport, SourceReport } from './steps/report'
export { validateCorpus } from './steps/validate'

export interface InputDocument {
  /** The text file's path as the user should see it in messages (e.g. corpus/sources/x.txt). */
  file: string
  /** Its raw bytes (a string is taken as already-decoded text). */
  content: Uint8Array | string
  /** The sidecar's path, or null when the document has none. */
  metaFile: string | null
  /** The sidecar's parsed JSON, unchecked. */
  meta: unknown
}

export interface CorpusInputs {
  documents: readonly InputDocument[]
  /** Parsed sessions.json (unchecked) and its path for messages. */
  sessions: unknown
  sessionsFile?: string
  topics: unknown
  topicsFile?: string
  /** Parsed speakers.json (unchecked): the people, their aliases and titles. */
  speakers: unknown
  speakersFile?: string
  /** Parsed overrides.json (unchecked); absent means no overrides. */
  overrides?: unknown
  overridesFile?: string
  thresholds?: { corroboration: LinkThresholds; echo: LinkThresholds }
}

export interface BuildResult {
  corpus: Corpus
  report: BuildReport
  /** Each document as the builder read it (statements with why, passages left out). */
  readings: DocumentReading[]
}

/**
 * Listed speakers' names and roles in Russian and Kazakh (a role is kept with its name only when
 * speakers.json gives it in that language, else the English role stands in).
 */
function speakerWords(speakers: readonly SpeakerInput[]) {
  const words = new Map<string, NonNullable<Speaker['languages']>>()
  for (const s of speakers) {
    const entry: NonNullable<Speaker['languages']> = {}
    for (const language of ['ru', 'kk'] as const) {
      const name = s.name[language]
      if (name) entry[language] = { name, role: s.role[language] || (s.role.en ?? '') }
    }
    if (entry.ru || entry.kk) words.set(s.id, entry)
  }
  return words
}

/** Builds the corpus; throws CorpusBuildError on input that cannot be processed. */
export function buildCorpus(inputs: CorpusInputs): BuildResult {
  const { sessions, topics, speakers, overrides, overridesFile, documents } = checkInputs(inputs)
  const session = new Map(sessions.map((s) => [s.id, s]))
  documents.sort(
    (a, b) =>
      (session.get(a.meta.sessionId)?.number ?? 0) - (session.get(b.meta.sessionId)?.number ?? 0) ||
      a.meta.date.localeCompare(b.meta.date) ||
      a.meta.id.localeCompare(b.meta.id),
  )

  const warnings: Problem[] = []
  const cache = new Map()
  const readings = documents.map((doc) =>
    readDocument(doc, session.get(doc.meta.sessionId), speakers, warnings, cache),
  )
  const listed = new Map<string, Person>()
  const principalInput = speakers.find((s) => s.principal) ?? speakers[0]
  for (const s of speakers)
    listed.set(s.id, {
      id: s.id,
      name: s.name.en ?? Object.values(s.name)[0] ?? s.id,
      role: s.role.en ?? '',
    })
  addPassages(readings, overrides, overridesFile, listed.get(principalInput?.id ?? '') as Person)
  const drafted: Draft[] = readings.flatMap((r) => r.drafts)
  for (const d of drafted) if (!listed.has(d.speaker.id)) listed.set(d.speaker.id, d.speaker)

  const outcome = applyOverrides(drafted, overrides, overridesFile, listed)
  const drafts = outcome.drafts
  const byId = new Map(readings.map((r) => [r.doc.meta.id, r]))
  const tokens = tagStatements(drafts, topics, (d) => byId.get(d.source.meta.id)?.language ?? 'en')
  outcome.applied += applyTopicOverrides(drafts, overrides)
  const links = linkDrafts(drafts, tokens, byId, inputs.thresholds)

  const principal = listed.get(principalInput?.id ?? '') as Person
  const alignments = alignTranslations(readings, drafts, speakers, principal?.id ?? '', warnings)
  const corpus = assembleCorpus(
    sessions,
    topics,
    readings,
    drafts,
    links,
    principal,
    alignments,
    speakerWords(speakers),
  )
  const leftOut = new Map(readings.map((r) => [r.doc.meta.id, r.leftOut.length]))
  const report = buildReport(corpus, drafts, links, outcome, leftOut, warnings)
  validateCorpus(corpus)
  return { corpus, report, readings }
}
