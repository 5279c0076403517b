/**
 * buildCorpus: documents + sessions + topics + overrides → Corpus, in memory.
 *
 * Pure apart from hashing: no file system, no clock, no randomness; the same inputs give the
 * same corpus, deep-equal and (through serializeCorpus) byte-identical. The stages, in order:
 *
 *   check inputs (inputs.ts) → clean → segment → attribute → ids → overrides (exclude, speaker)
 *   → tag (+ override topics) → link → validate (CorpusSchema + checkCorpusIntegrity)
 *
 * Any problem in any input stops the build with a CorpusBuildError listing every problem found
 * (file, line, what to do); the caller writes nothing.
 */
import * as v from 'valibot'
import {
  checkCorpusIntegrity,
  CorpusSchema,
  type Corpus,
  type Quote,
  type Source,
  type Speaker,
} from '../schema'
import { attribute, PRESIDENT, type Principal, type SpeakerRef } from './attribute'
import { cleanText, decodeText, notTextReason, rawLineAt } from './clean'
import { quoteIds, sha256Hex, slugId } from './ids'
import {
  check,
  OverridesFileSchema,
  SessionsFileSchema,
  SourceMetaSchema,
  TopicsFileSchema,
  type Overrides,
  type SessionInput,
  type SourceMeta,
  type TopicInput,
} from './inputs'
import { linkStatements, type LinkThresholds } from './link'
import { linkItem } from './link-items'
import { CorpusBuildError, stopOnProblems, type Problem } from './problems'
import { segment } from './segment'
import { compileTopics, tagStems } from './tag'
import { languageOf, type Language } from '../../language'
import { contentStems, tokenize } from './words'

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
  /** Parsed overrides.json (unchecked); absent means no overrides. */
  overrides?: unknown
  overridesFile?: string
  /** The person the corpus is about (default: President Tokayev). */
  principal?: Principal
  thresholds?: { corroboration: LinkThresholds; echo: LinkThresholds }
}

export interface SourceReport {
  sourceId: string
  file: string
  direct: number
  reported: number
  speakers: string[]
  corroborations: number
  echoes: number
}

export interface BuildReport {
  sources: SourceReport[]
  /** Override keys that name no statement of this build (stale after an edit of the text?). */
  unusedOverrides: string[]
  overridesApplied: number
  excluded: number
  /** Linked pairs of quote ids, each pair once. */
  corroborationPairs: [string, string][]
  echoPairs: [string, string][]
}

export interface BuildResult {
  corpus: Corpus
  report: BuildReport
}

interface CheckedDocument {
  input: InputDocument
  meta: SourceMeta
  text: string
  sha256: string
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file

function checkInputs(inputs: CorpusInputs) {
  const problems: Problem[] = []
  const sessionsFile = inputs.sessionsFile ?? 'sessions.json'
  const topicsFile = inputs.topicsFile ?? 'topics.json'
  const overridesFile = inputs.overridesFile ?? 'overrides.json'
  const sessions =
    check(
      SessionsFileSchema,
      inputs.sessions,
      sessionsFile,
      problems,
      'fix the session entry (see docs/corpus.md, “sessions.json”)',
    ) ?? []
  const topics =
    check(
      TopicsFileSchema,
      inputs.topics,
      topicsFile,
      problems,
      'fix the topic entry (see docs/corpus.md, “topics.json”)',
    ) ?? []
  const overrides: Overrides =
    check(
      OverridesFileSchema,
      inputs.overrides ?? {},
      overridesFile,
      problems,
      'fix the override (see docs/corpus.md, “overrides.json”)',
    ) ?? {}

  const duplicates = <T>(xs: readonly T[], key: (x: T) => string, what: string, file: string) => {
    const seen = new Set<string>()
    for (const x of xs) {
      const k = key(x)
      if (seen.has(k))
        problems.push({
          file,
          message: `${what} "${k}" is defined twice`,
          hint: `keep one entry per ${what}`,
        })
      seen.add(k)
    }
  }
  duplicates(sessions, (s) => s.id, 'session id', sessionsFile)
  duplicates(topics, (t) => t.id, 'topic id', topicsFile)
  const sessionIds = new Set(sessions.map((s) => s.id))
  const topicIds = new Set(topics.map((t) => t.id))
  for (const [key, override] of Object.entries(overrides))
    for (const topic of override.topics ?? [])
      if (!topicIds.has(topic))
        problems.push({
          file: overridesFile,
          message: `override "${key}" names unknown topic "${topic}"`,
          hint: `use one of: ${[...topicIds].join(', ')}`,
        })

  const documents: CheckedDocument[] = []
  const idOwner = new Map<string, string>()
  for (const input of inputs.documents) {
    if (input.metaFile === null || input.meta === undefined) {
      problems.push({
        file: input.file,
        message: 'the document has no metadata',
        hint: `add ${input.file.replace(/\.txt$/, '')}.meta.json beside it (id, title, kind, date, sessionId, language; see docs/corpus.md)`,
      })
      continue
    }
    const meta = check(
      SourceMetaSchema,
      input.meta,
      input.metaFile,
      problems,
      'fix the metadata (see docs/corpus.md, “<name>.meta.json”)',
    )
    const bytes =
      typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content
    const notText = notTextReason(bytes)
    if (notText) {
      problems.push({
        file: input.file,
        message: notText,
        hint: 'replace it with the document as UTF-8 plain text, or remove it and its .meta.json',
      })
      continue
    }
    if (!meta) continue
    if (!sessionIds.has(meta.sessionId))
      problems.push({
        file: input.metaFile,
        message: `unknown session "${meta.sessionId}"`,
        hint: `use one of: ${[...sessionIds].join(', ') || '(none)'}, or add the session to ${sessionsFile}`,
      })
    const owner = idOwner.get(meta.id)
    if (owner)
      problems.push({
        file: input.metaFile,
        message: `source id "${meta.id}" is already used by ${owner}`,
        hint: 'give each document its own id',
      })
    idOwner.set(meta.id, input.metaFile)
    const text = typeof input.content === 'string' ? input.content : decodeText(bytes)
    documents.push({ input, meta, text, sha256: sha256Hex(bytes) })
  }
  stopOnProblems(problems)
  return { sessions, topics, overrides, overridesFile, documents }
}

interface Draft {
  id: string
  source: CheckedDocument
  kind: Quote['kind']
  speakerId: string
  start: number
  end: number
  text: string
  section: string | null
  topicIds: string[]
}

/** Builds the corpus; throws CorpusBuildError on bad input. */
export function buildCorpus(inputs: CorpusInputs): BuildResult {
  const principal = inputs.principal ?? PRESIDENT
  const { sessions, topics, overrides, overridesFile, documents } = checkInputs(inputs)
  const sessionNumber = new Map(sessions.map((s) => [s.id, s.number]))
  documents.sort(
    (a, b) =>
      (sessionNumber.get(a.meta.sessionId) ?? 0) - (sessionNumber.get(b.meta.sessionId) ?? 0) ||
      a.meta.date.localeCompare(b.meta.date) ||
      a.meta.id.localeCompare(b.meta.id),
  )

  // Clean → segment → attribute, for every document (collecting every problem).
  const problems: Problem[] = []
  const speakers = new Map<string, Speaker>()
  const speakerId = (ref: SpeakerRef) => {
    const id = slugId(ref.name)
    if (!speakers.has(id)) speakers.set(id, { id, name: ref.name, role: ref.role })
    return id
  }
  speakerId(principal)
  const sources: Source[] = []
  let drafts: Draft[] = []
  for (const doc of documents) {
    const cleaned = cleanText(doc.text)
    const segmented = segment(cleaned.text)
    for (const p of segmented.problems)
      problems.push({
        file: doc.input.file,
        line: rawLineAt(cleaned, p.offset),
        message: p.message,
        hint: p.hint,
      })
    const statements = attribute(cleaned.text, segmented, {
      kind: doc.meta.kind,
      principal,
      transcriptSpeaker: doc.meta.speaker,
    })
    const texts = statements.map((s) => cleaned.text.slice(s.start, s.end))
    const ids = quoteIds(doc.meta.id, texts)
    statements.forEach((s, i) =>
      drafts.push({
        id: ids[i] as string,
        source: doc,
        kind: s.kind,
        speakerId: speakerId(s.speaker),
        start: s.start,
        end: s.end,
        text: texts[i] as string,
        section: s.section,
        topicIds: [],
      }),
    )
    sources.push({
      id: doc.meta.id,
      sessionId: doc.meta.sessionId,
      title: doc.meta.title,
      kind: doc.meta.kind,
      date: doc.meta.date,
      language: doc.meta.language,
      publisher: doc.meta.publisher ?? null,
      url: doc.meta.url ?? null,
      file: baseName(doc.input.file),
      sha256: doc.sha256,
      text: cleaned.text,
    })
  }
  stopOnProblems(problems)

  // Overrides: exclusions and speakers first (they change what gets linked), topics after tagging.
  const byId = new Map(drafts.map((d) => [d.id, d]))
  const unusedOverrides = Object.keys(overrides)
    .filter((id) => !byId.has(id))
    .sort()
  for (const [id, override] of Object.entries(overrides)) {
    if (override.speaker && !speakers.has(override.speaker))
      problems.push({
        file: overridesFile,
        message: `override "${id}" names unknown speaker "${override.speaker}"`,
        hint: `use one of: ${[...speakers.keys()].join(', ')}`,
      })
  }
  stopOnProblems(problems)
  const excluded = new Set(
    Object.entries(overrides)
      .filter(([id, o]) => o.exclude && byId.has(id))
      .map(([id]) => id),
  )
  drafts = drafts.filter((d) => !excluded.has(d.id))
  const compiledTopics = compileTopics(topics)
  const headingStems = new Map<string, string[]>()
  const stemsOfHeading = (section: string | null, language: Language) => {
    if (!section) return []
    const key = `${language}:${section}`
    let stems = headingStems.get(key)
    if (!stems) headingStems.set(key, (stems = contentStems(section, language)))
    return stems
  }
  // One tokenization per statement, in its document's language, serves the tagger and the linker.
  const languages = drafts.map((d) => languageOf(d.source.meta.language))
  const tokens = drafts.map((d, i) => tokenize(d.text, languages[i]))
  let overridesApplied = excluded.size
  drafts.forEach((d, i) => {
    const language = languages[i] ?? 'en'
    const textStems = (tokens[i] ?? []).filter((t) => !t.stop).map((t) => t.stem)
    d.topicIds = tagStems(textStems, stemsOfHeading(d.section, language), compiledTopics, language)
    const override = overrides[d.id]
    if (!override) return
    if (override.speaker) d.speakerId = override.speaker
    if (override.topics) d.topicIds = [...override.topics]
    if (override.speaker || override.topics) overridesApplied++
  })

  // Link.
  const links = linkStatements(
    drafts.map((d, i) =>
      linkItem(
        d.text,
        languages[i] ?? 'en',
        {
          sessionId: d.source.meta.sessionId,
          source: d.source.meta.id,
          speaker: d.speakerId,
          topicIds: d.topicIds,
        },
        tokens[i],
        principal,
      ),
    ),
    inputs.thresholds,
  )
  const corroboratedBy = drafts.map(() => new Set<number>())
  const echoes = drafts.map(() => new Set<number>())
  for (const p of links.corroborations) {
    corroboratedBy[p.a]?.add(p.b)
    corroboratedBy[p.b]?.add(p.a)
  }
  for (const p of links.echoes) {
    echoes[p.a]?.add(p.b)
    echoes[p.b]?.add(p.a)
  }

  // Assemble: fixed key order and sorted lists, so the JSON is byte-identical run after run.
  const orderInSource = new Map<string, number>()
  const quotes: Quote[] = drafts.map((d, i) => {
    const order = orderInSource.get(d.source.meta.id) ?? 0
    orderInSource.set(d.source.meta.id, order + 1)
    const ids = (set: Set<number> | undefined) =>
      [...(set ?? [])].sort((a, b) => a - b).map((j) => drafts[j]?.id as string)
    return {
      id: d.id,
      sessionId: d.source.meta.sessionId,
      sourceId: d.source.meta.id,
      kind: d.kind,
      speakerId: d.speakerId,
      text: d.text,
      start: d.start,
      end: d.end,
      section: d.section,
      order,
      topicIds: d.topicIds,
      corroboratedBy: ids(corroboratedBy[i]),
      echoes: ids(echoes[i]),
    }
  })
  const usedSpeakers = new Set(quotes.map((q) => q.speakerId))
  const principalId = slugId(principal.name)
  const corpus: Corpus = {
    schemaVersion: 1,
    sessions: [...sessions]
      .sort((a, b) => a.number - b.number)
      .map((s: SessionInput) => ({
        id: s.id,
        number: s.number,
        roman: s.roman,
        date: s.date,
        theme: s.theme,
        place: s.place,
      })),
    sources,
    speakers: [...speakers.values()]
      .filter((s) => usedSpeakers.has(s.id))
      .sort(
        (a, b) =>
          Number(b.id === principalId) - Number(a.id === principalId) || a.id.localeCompare(b.id),
      ),
    topics: topics.map((t: TopicInput) => ({
      id: t.id,
      label: t.label,
      description: t.description,
    })),
    quotes,
  }
  validateCorpus(corpus)

  const pairIds = (pairs: { a: number; b: number }[]) =>
    pairs.map((p) => [drafts[p.a]?.id, drafts[p.b]?.id] as [string, string])
  const quotesBySource = new Map<string, Quote[]>()
  for (const q of quotes) {
    const list = quotesBySource.get(q.sourceId)
    if (list) list.push(q)
    else quotesBySource.set(q.sourceId, [q])
  }
  const report: BuildReport = {
    sources: sources.map((s) => {
      const own = quotesBySource.get(s.id) ?? []
      return {
        sourceId: s.id,
        file: s.file,
        direct: own.filter((q) => q.kind === 'direct').length,
        reported: own.filter((q) => q.kind === 'reported').length,
        speakers: [...new Set(own.map((q) => q.speakerId))].sort(),
        corroborations: own.reduce((n, q) => n + q.corroboratedBy.length, 0),
        echoes: own.reduce((n, q) => n + q.echoes.length, 0),
      }
    }),
    unusedOverrides,
    overridesApplied,
    excluded: excluded.size,
    corroborationPairs: pairIds(links.corroborations),
    echoPairs: pairIds(links.echoes),
  }
  return { corpus, report }
}

/** The output check: the shared schema, then the invariants it cannot express. */
export function validateCorpus(corpus: Corpus): void {
  const parsed = v.safeParse(CorpusSchema, corpus)
  const problems: Problem[] = []
  if (!parsed.success)
    for (const issue of parsed.issues.slice(0, 20))
      problems.push({
        file: '(built corpus)',
        message: `${v.getDotPath(issue) ?? ''}: ${issue.message}`,
        hint: 'this is a builder bug: please report it with the input that caused it',
      })
  for (const message of checkCorpusIntegrity(corpus).slice(0, 20))
    problems.push({
      file: '(built corpus)',
      message,
      hint: 'this is a builder bug: please report it with the input that caused it',
    })
  if (problems.length > 0) throw new CorpusBuildError(problems)
}
