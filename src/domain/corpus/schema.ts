/**
 * The corpus contract: one schema, shared by the corpus builder (which validates its whole
 * output against it before writing anything) and the app (which validates what it loads).
 *
 * Invariants the schema cannot express are checked by `checkCorpusIntegrity` below:
 * every reference resolves, and `source.text.slice(start, end) === quote.text`.
 */
import * as v from 'valibot'
import { isWebUrl } from '../url/app-path'

/** Short, URL-safe identifiers: lower-case letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/
export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be a URL-safe id'))
const IsoDate = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'))

export const SOURCE_KINDS = ['factsheet', 'press-release', 'article', 'transcript'] as const
export const QUOTE_KINDS = ['direct', 'reported'] as const

/**
 * A session's words in the interface's other languages (English is the record's own `theme` and
 * `place`): what the interface shows in Russian or Kazakh, falling back to English.
 */
const SessionWordsSchema = v.object({
  theme: v.string(),
  place: v.optional(v.nullable(v.string())),
})

export const SessionSchema = v.object({
  /** The session number as a string, e.g. "32": it is what URLs carry. */
  id: IdSchema,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  roman: v.pipe(v.string(), v.regex(/^[IVXLCDM]+$/)),
  date: IsoDate,
  theme: v.string(),
  place: v.nullable(v.string()),
  /** The theme and place in Russian and Kazakh (corpus/sessions.json). */
  languages: v.optional(
    v.object({ ru: v.optional(SessionWordsSchema), kk: v.optional(SessionWordsSchema) }),
  ),
})

/** Why a passage of a source is not a statement (docs/corpus.md, “What counts as a statement”). */
export const LEFT_OUT_REASONS = [
  'heading',
  'dateline',
  'byline',
  'caption',
  'background',
  'residue',
  'event',
  'narration',
  'stage',
  'salutation',
  'question',
  'no-speaker',
] as const

/** A passage the builder read and did not take as a statement, and why. */
export const LeftOutSchema = v.object({
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
  reason: v.picklist(LEFT_OUT_REASONS),
})

export const SourceSchema = v.object({
  id: IdSchema,
  sessionId: IdSchema,
  title: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(SOURCE_KINDS),
  date: IsoDate,
  language: v.string(),
  publisher: v.nullable(v.string()),
  /** Where the original is published: an http(s) address only (it becomes a link). */
  url: v.nullable(v.pipe(v.string(), v.check(isWebUrl, 'must be an http(s) address'))),
  /** File name inside corpus/sources, and the SHA-256 of its raw bytes. */
  file: v.string(),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The cleaned text: what the app displays; all quote offsets point into it. */
  text: v.string(),
  /** The passages not taken as statements (headings aside), with the reason, in text order. */
  leftOut: v.optional(v.array(LeftOutSchema)),
})

/** A speaker's name and role in one of the interface's other languages. */
const SpeakerWordsSchema = v.object({ name: v.string(), role: v.string() })

export const SpeakerSchema = v.object({
  id: IdSchema,
  name: v.string(),
  role: v.string(),
  /** The name and role in Russian and Kazakh, where corpus/speakers.json gives them. */
  languages: v.optional(
    v.object({ ru: v.optional(SpeakerWordsSchema), kk: v.optional(SpeakerWordsSchema) }),
  ),
})

/** A topic's name and description in one of the interface's other languages. */
const TopicWordsSchema = v.object({ label: v.string(), description: v.string() })

export const TopicSchema = v.object({
  id: IdSchema,
  label: v.string(),
  description: v.string(),
  /** Its name and description in Russian and Kazakh (corpus/topics.json, without the rules). */
  languages: v.optional(
    v.object({ ru: v.optional(TopicWordsSchema), kk: v.optional(TopicWordsSchema) }),
  ),
})

export const QuoteSchema = v.object({
  id: IdSchema,
  sessionId: IdSchema,
  sourceId: IdSchema,
  kind: v.picklist(QUOTE_KINDS),
  speakerId: IdSchema,
  /** Verbatim: equals `source.text.slice(start, end)`. */
  text: v.pipe(v.string(), v.minLength(1)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The heading the statement stands under in its source, if any. */
  section: v.nullable(v.string()),
  /** Position of the statement within its source (0-based), for "order in source" sorting. */
  order: v.pipe(v.number(), v.integer(), v.minValue(0)),
  topicIds: v.array(IdSchema),
  /** Same claim, same session, other sources. Symmetric. */
  corroboratedBy: v.array(IdSchema),
  /** Same point made in another session. Symmetric. */
  echoes: v.array(IdSchema),
})

/**
 * A statement and its translation: statements of a document (`original`) and of its translation
 * (`translation`, a document whose metadata names the other in `translationOf`), in their
 * documents' order. Usually one each; two on a side where the translator split or joined a
 * sentence. Built by aligning the two documents (builder/align.ts); never guessed across
 * documents that are not translations of each other.
 */
export const AlignmentSchema = v.object({
  original: v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(2)),
  translation: v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(2)),
})

export const CorpusSchema = v.object({
  schemaVersion: v.literal(1),
  sessions: v.array(SessionSchema),
  sources: v.array(SourceSchema),
  speakers: v.array(SpeakerSchema),
  topics: v.array(TopicSchema),
  quotes: v.array(QuoteSchema),
  /** Aligned statements of translations (absent in a corpus without translations). */
  alignments: v.optional(v.array(AlignmentSchema)),
})

export type Session = v.InferOutput<typeof SessionSchema>
export type Source = v.InferOutput<typeof SourceSchema>
export type SourceKind = Source['kind']
export type LeftOutPassage = v.InferOutput<typeof LeftOutSchema>
export type LeftOutReason = LeftOutPassage['reason']
export type Speaker = v.InferOutput<typeof SpeakerSchema>
export type Topic = v.InferOutput<typeof TopicSchema>
export type Quote = v.InferOutput<typeof QuoteSchema>
export type QuoteKind = Quote['kind']
export type Alignment = v.InferOutput<typeof AlignmentSchema>
export type Corpus = v.InferOutput<typeof CorpusSchema>

/**
 * Cross-reference checks the schema cannot express. Returns human-readable problems
 * (empty when the corpus is sound); callers decide whether to throw.
 */
export function checkCorpusIntegrity(corpus: Corpus): string[] {
  const problems: string[] = []
  const ids = (xs: { id: string }[], what: string) => {
    const set = new Set<string>()
    for (const x of xs) {
      if (set.has(x.id)) problems.push(`duplicate ${what} id "${x.id}"`)
      set.add(x.id)
    }
    return set
  }
  const sessions = ids(corpus.sessions, 'session')
  const speakers = ids(corpus.speakers, 'speaker')
  const topics = ids(corpus.topics, 'topic')
  const quotes = ids(corpus.quotes, 'quote')
  ids(corpus.sources, 'source')
  const sourceById = new Map(corpus.sources.map((s) => [s.id, s]))
  for (const s of corpus.sources) {
    for (const p of s.leftOut ?? [])
      if (p.start >= p.end || p.end > s.text.length)
        problems.push(
          `source "${s.id}": a passage left out spans ${p.start}–${p.end}, outside its text`,
        )
    if (!sessions.has(s.sessionId))
      problems.push(`source "${s.id}" names unknown session "${s.sessionId}"`)
  }
  const quoteById = new Map(corpus.quotes.map((q) => [q.id, q]))
  for (const q of corpus.quotes) {
    const source = sourceById.get(q.sourceId)
    if (!source) problems.push(`quote "${q.id}" names unknown source "${q.sourceId}"`)
    else if (source.text.slice(q.start, q.end) !== q.text)
      problems.push(`quote "${q.id}": text does not match its source at ${q.start}–${q.end}`)
    if (!sessions.has(q.sessionId))
      problems.push(`quote "${q.id}" names unknown session "${q.sessionId}"`)
    if (!speakers.has(q.speakerId))
      problems.push(`quote "${q.id}" names unknown speaker "${q.speakerId}"`)
    for (const t of q.topicIds)
      if (!topics.has(t)) problems.push(`quote "${q.id}" names unknown topic "${t}"`)
    for (const [field, list] of [
      ['corroboratedBy', q.corroboratedBy],
      ['echoes', q.echoes],
    ] as const) {
      for (const other of list) {
        const o = quoteById.get(other)
        if (!quotes.has(other) || !o)
          problems.push(`quote "${q.id}".${field} names unknown quote "${other}"`)
        else if (!o[field].includes(q.id))
          problems.push(`quote "${q.id}".${field} → "${other}" is not symmetric`)
      }
    }
  }
  ;(corpus.alignments ?? []).forEach((a, i) => {
    const sourcesOf = (ids: readonly string[]) => {
      const found = new Set<string>()
      for (const id of ids) {
        const q = quoteById.get(id)
        if (q) found.add(q.sourceId)
        else problems.push(`alignment ${i} names unknown quote "${id}"`)
      }
      return [...found]
    }
    const original = sourcesOf(a.original)
    const translation = sourcesOf(a.translation)
    if (original.length > 1 || translation.length > 1)
      problems.push(`alignment ${i} joins statements of more than one source on a side`)
    else if (original[0] !== undefined && original[0] === translation[0])
      problems.push(`alignment ${i} aligns statements of one source with each other`)
  })
  return problems
}
