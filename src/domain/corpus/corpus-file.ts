/**
 * The corpus as the app downloads it: the same corpus as `Corpus` (schema.ts), with its
 * statements stored column by column instead of as one object each. The builder writes it
 * (`encodeCorpusFile`), the app reads it back (`CorpusFileSchema`, then `decodeCorpusFile`).
 *
 * Why columns: at 100,000 statements the object form is 73 MB, and receiving and parsing it
 * kept the browser's main thread busy for about 1.2 s before the first search could answer.
 * Columns do not repeat the field names, and refer to sessions, sources, speakers, topics,
 * kinds and section headings by position in their lists (docs/bench.md).
 *
 * Why no statement texts: a statement is, by the corpus's own rule, `source.text.slice(start,
 * end)`, so storing it would send every statement's words twice (20 of 47 MB at 100,000
 * statements). The reader cuts each text out of its source, which also makes "the statement is
 * verbatim in its source" true by construction for whatever the app displays.
 *
 * `decodeCorpusFile` checks what the schema cannot: every column has one entry per statement,
 * every position points into its list, and every span lies inside its source's text. What it
 * returns satisfies `CorpusSchema`.
 */
import * as v from 'valibot'
import {
  ID_PATTERN,
  QUOTE_KINDS,
  SessionSchema,
  SourceSchema,
  SpeakerSchema,
  TopicSchema,
  type Corpus,
  type Quote,
} from './schema'

export const CORPUS_FILE_VERSION = 3

/*
 * The columns hold 100,000 entries each at scale. Checked entry by entry with `v.array`, they
 * took about 0.1 s of the page's main thread and copied every column; these checks are one
 * loop each and hand the column on as it is. A failure names the column.
 */
const listOf = <T>(isEntry: (entry: unknown) => boolean, message: string) =>
  v.custom<T[]>((input) => Array.isArray(input) && input.every(isEntry), message)
const isWhole = (min: number) => (n: unknown) => Number.isInteger(n) && (n as number) >= min
/** Positions in a list (`decodeCorpusFile` checks each against the list's length). */
const positions = () => listOf<number>((n) => typeof n === 'number', 'must list positions')
const counts = (min: number) => listOf<number>(isWhole(min), `must list whole numbers ≥ ${min}`)
const positionLists = () =>
  listOf<number[]>(
    (list) => Array.isArray(list) && list.every((n) => typeof n === 'number'),
    'must list lists of positions',
  )

export const StatementColumnsSchema = v.object({
  id: listOf<string>(
    (id) => typeof id === 'string' && ID_PATTERN.test(id),
    'must list URL-safe ids',
  ),
  session: positions(),
  source: positions(),
  /** Position in QUOTE_KINDS. */
  kind: positions(),
  speaker: positions(),
  /** The statement is `sources[source].text.slice(start, end)`. */
  start: counts(0),
  end: counts(1),
  /** The headings statements stand under, each once; `section` holds positions in it, or -1. */
  sections: v.array(v.string()),
  section: positions(),
  order: counts(0),
  topics: positionLists(),
  /** Positions of other statements. */
  corroboratedBy: positionLists(),
  echoes: positionLists(),
})

export const CorpusFileSchema = v.object({
  schemaVersion: v.literal(CORPUS_FILE_VERSION),
  sessions: v.array(SessionSchema),
  sources: v.array(SourceSchema),
  speakers: v.array(SpeakerSchema),
  topics: v.array(TopicSchema),
  statements: StatementColumnsSchema,
  /** Aligned statements of translations (schema.ts, AlignmentSchema), by position. */
  alignments: v.optional(
    v.array(v.object({ original: v.array(v.number()), translation: v.array(v.number()) })),
  ),
})

export type StatementColumns = v.InferOutput<typeof StatementColumnsSchema>
export type CorpusFile = v.InferOutput<typeof CorpusFileSchema>

/** The file could be parsed but does not describe a corpus; the message says where. */
export class CorpusFileError extends Error {
  override name = 'CorpusFileError'
}

/** The file form of `corpus` (validated already: every id it names exists). */
export function encodeCorpusFile(corpus: Corpus): CorpusFile {
  const positions = <T extends { id: string }>(xs: readonly T[]) =>
    new Map(xs.map((x, i) => [x.id, i]))
  const session = positions(corpus.sessions)
  const source = positions(corpus.sources)
  const speaker = positions(corpus.speakers)
  const topic = positions(corpus.topics)
  const statement = positions(corpus.quotes)
  const sectionNumber = new Map<string, number>()
  const sections: string[] = []
  const sectionOf = (heading: string | null) => {
    if (heading === null) return -1
    let n = sectionNumber.get(heading)
    if (n === undefined) {
      n = sections.length
      sectionNumber.set(heading, n)
      sections.push(heading)
    }
    return n
  }
  const at = (map: Map<string, number>, id: string) => map.get(id) as number
  const q = corpus.quotes
  const statements: StatementColumns = {
    id: q.map((x) => x.id),
    session: q.map((x) => at(session, x.sessionId)),
    source: q.map((x) => at(source, x.sourceId)),
    kind: q.map((x) => QUOTE_KINDS.indexOf(x.kind)),
    speaker: q.map((x) => at(speaker, x.speakerId)),
    start: q.map((x) => x.start),
    end: q.map((x) => x.end),
    sections,
    section: q.map((x) => sectionOf(x.section)),
    order: q.map((x) => x.order),
    topics: q.map((x) => x.topicIds.map((id) => at(topic, id))),
    corroboratedBy: q.map((x) => x.corroboratedBy.map((id) => at(statement, id))),
    echoes: q.map((x) => x.echoes.map((id) => at(statement, id))),
  }
  const file: CorpusFile = {
    schemaVersion: CORPUS_FILE_VERSION,
    sessions: corpus.sessions,
    sources: corpus.sources,
    speakers: corpus.speakers,
    topics: corpus.topics,
    statements,
  }
  if (corpus.alignments)
    file.alignments = corpus.alignments.map((a) => ({
      original: a.original.map((id) => at(statement, id)),
      translation: a.translation.map((id) => at(statement, id)),
    }))
  return file
}

/** The columns with one entry per statement: all but `id` (which sets the count) and `sections`. */
const PER_STATEMENT_COLUMNS = (
  Object.keys(StatementColumnsSchema.entries) as (keyof StatementColumns)[]
).filter((column) => column !== 'id' && column !== 'sections')

/** The corpus a validated file describes; throws `CorpusFileError` where a position is wrong. */
export function decodeCorpusFile(file: CorpusFile): Corpus {
  const s = file.statements
  const size = s.id.length
  for (const column of PER_STATEMENT_COLUMNS) {
    if (s[column].length !== size)
      throw new CorpusFileError(
        `statements.${column} has ${s[column].length} entries for ${size} statements`,
      )
  }
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id)
  const sessionIds = ids(file.sessions)
  const speakerIds = ids(file.speakers)
  const topicIds = ids(file.topics)
  const pick = <T>(list: readonly T[], n: number, column: string, d: number): T => {
    if (!Number.isInteger(n) || n < 0 || n >= list.length)
      throw new CorpusFileError(`statements.${column}[${d}] points to nothing (${n})`)
    return list[n] as T
  }
  const picks = <T>(list: readonly T[], ns: readonly number[], column: string, d: number) =>
    ns.map((n) => pick(list, n, column, d))

  const quotes = new Array<Quote>(size)
  for (let d = 0; d < size; d++) {
    const section = s.section[d] as number
    const source = pick(file.sources, s.source[d] as number, 'source', d)
    const start = s.start[d] as number
    const end = s.end[d] as number
    if (start >= end || end > source.text.length)
      throw new CorpusFileError(
        `statements[${d}] spans ${start}–${end}, outside its source's ${source.text.length} characters`,
      )
    // Keys in CorpusSchema's order, so a decoded corpus is the builder's, key for key.
    quotes[d] = {
      id: s.id[d] as string,
      sessionId: pick(sessionIds, s.session[d] as number, 'session', d),
      sourceId: source.id,
      kind: pick(QUOTE_KINDS, s.kind[d] as number, 'kind', d),
      speakerId: pick(speakerIds, s.speaker[d] as number, 'speaker', d),
      text: source.text.slice(start, end),
      start,
      end,
      section: section === -1 ? null : pick(s.sections, section, 'section', d),
      order: s.order[d] as number,
      topicIds: picks(topicIds, s.topics[d] as number[], 'topics', d),
      corroboratedBy: picks(s.id, s.corroboratedBy[d] as number[], 'corroboratedBy', d),
      echoes: picks(s.id, s.echoes[d] as number[], 'echoes', d),
    }
  }
  const corpus: Corpus = {
    schemaVersion: 1,
    sessions: file.sessions,
    sources: file.sources,
    speakers: file.speakers,
    topics: file.topics,
    quotes,
  }
  if (file.alignments)
    corpus.alignments = file.alignments.map((a, d) => {
      const side = (ns: readonly number[], column: string) => {
        if (ns.length < 1 || ns.length > 2)
          throw new CorpusFileError(`alignments[${d}].${column} lists ${ns.length} statements`)
        return ns.map((n) => {
          if (!Number.isInteger(n) || n < 0 || n >= size)
            throw new CorpusFileError(`alignments[${d}].${column} points to nothing (${n})`)
          return s.id[n] as string
        })
      }
      return {
        original: side(a.original, 'original'),
        translation: side(a.translation, 'translation'),
      }
    })
  return corpus
}
