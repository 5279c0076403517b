/**
 * buildAddition: documents added to a corpus that is already built (a user's documents in the
 * browser, against the published corpus), without building that corpus again.
 *
 * Building the published documents again with the new ones gives the same statements for the
 * new ones, but costs a full build per keystroke: a minute at 100,000 statements. Here only the
 * added documents go through the pipeline (buildCorpus, the same steps the CLI runs, so the
 * same ids, speakers and topics); the published statements take part in linking only, as link
 * items prepared once per corpus (`prepareLinkItems`), and only the pairs that involve an added
 * statement are looked for. Link evidence (idf, which stems are specific) is computed over the
 * published and the added statements together, as the CLI's build of the whole folder does.
 *
 * The result is a fragment: the added sources and statements (their corroborations and echoes
 * name published statements too), the speakers they quote, and the sessions. `mergeAddition`
 * makes the whole corpus of it, giving the published statements their links back.
 */
import type { Corpus, Quote } from '../schema'
import { buildCorpus, type BuildResult, type CorpusInputs } from './build'
import type { Language } from './language'
import { linkStatements, type LinkItem } from './link'
import { prepare, type Prepared } from './link-evidence'
import { linkItem } from './link-items'
import { CorpusBuildError } from './problems'
import { checkInputs } from './steps/check-inputs'
import { patternsAt, type PatternsCache } from './steps/read-documents'
import { languageOf } from '../../language/languages'
import { tokenize } from './words'

/** The published statements as the link stage compares them (prepared once per corpus). */
export interface PreparedCorpus {
  corpus: Corpus
  items: LinkItem[]
  /** The link evidence of `items`, which each addition extends with its own. */
  evidence: Prepared
}

/** Link items for every statement of a built corpus, in its order. */
export function prepareLinkItems(corpus: Corpus, speakersInput: unknown): PreparedCorpus {
  const { speakers } = checkInputs({
    documents: [],
    sessions: [],
    topics: [],
    speakers: speakersInput,
  })
  const sessionDate = new Map(corpus.sessions.map((s) => [s.id, s.date]))
  const sourceById = new Map(corpus.sources.map((s) => [s.id, s]))
  const patternsCache: PatternsCache = new Map()
  const items = corpus.quotes.map((q) => {
    const source = sourceById.get(q.sourceId)
    const language = languageOf(source?.language) as Language
    // A title refers to whoever held it at the time of the session, as when it was read.
    const date = sessionDate.get(q.sessionId) ?? source?.date ?? ''
    return linkItem(
      q.text,
      language,
      { sessionId: q.sessionId, source: q.sourceId, speaker: q.speakerId, topicIds: q.topicIds },
      tokenize(q.text, language),
      patternsAt(patternsCache, speakers, language, date),
    )
  })
  return { corpus, items, evidence: prepare(items) }
}

/**
 * Builds `inputs.documents` (the added ones only; `inputs.sessions` must hold the published
 * sessions too) against the prepared published corpus. Throws CorpusBuildError as buildCorpus
 * does, and for an added document whose id is already published.
 */
export function buildAddition(inputs: CorpusInputs, published: PreparedCorpus): BuildResult {
  const built = buildCorpus(inputs)
  const taken = new Set(published.corpus.sources.map((s) => s.id))
  const clashes = built.corpus.sources.filter((s) => taken.has(s.id))
  if (clashes.length > 0)
    throw new CorpusBuildError(
      clashes.map((s) => ({
        file: s.file,
        message: `the id "${s.id}" is already used by a published document`,
        hint: 'give the document another id',
      })),
    )

  const readingOf = new Map(built.readings.map((r) => [r.doc.meta.id, r]))
  const added = built.corpus.quotes
  const addedItems = added.map((q) => {
    const reading = readingOf.get(q.sourceId)
    const language = reading?.language ?? 'en'
    return linkItem(
      q.text,
      language,
      { sessionId: q.sessionId, source: q.sourceId, speaker: q.speakerId, topicIds: q.topicIds },
      tokenize(q.text, language),
      reading?.patterns,
    )
  })
  const first = published.items.length
  const links = linkStatements(
    [...published.items, ...addedItems],
    inputs.thresholds,
    (i) => i >= first,
    published.evidence,
  )
  const idAt = (i: number) =>
    i < first ? (published.corpus.quotes[i]?.id as string) : (added[i - first]?.id as string)
  const corroboratedBy = added.map(() => new Set<number>())
  const echoes = added.map(() => new Set<number>())
  const note = (into: Set<number>[], a: number, b: number) => {
    if (a >= first) into[a - first]?.add(b)
    if (b >= first) into[b - first]?.add(a)
  }
  for (const p of links.corroborations) note(corroboratedBy, p.a, p.b)
  for (const p of links.echoes) note(echoes, p.a, p.b)
  const ids = (set: Set<number> | undefined) => [...(set ?? [])].sort((x, y) => x - y).map(idAt)
  const quotes: Quote[] = added.map((q, i) => ({
    ...q,
    corroboratedBy: ids(corroboratedBy[i]),
    echoes: ids(echoes[i]),
  }))
  return { ...built, corpus: { ...built.corpus, quotes } }
}

/**
 * The whole corpus: the published one with an addition's sources, statements and speakers, in
 * the order the CLI's build of both gives (session, date, source id; statements in their
 * source's order), and every link both ways, listed in that order.
 */
export function mergeAddition(published: Corpus, addition: Corpus): Corpus {
  const session = new Map(
    [...published.sessions, ...addition.sessions].map((s) => [s.id, s.number]),
  )
  const sources = [...published.sources, ...addition.sources].sort(
    (a, b) =>
      (session.get(a.sessionId) ?? 0) - (session.get(b.sessionId) ?? 0) ||
      a.date.localeCompare(b.date) ||
      a.id.localeCompare(b.id),
  )
  const rank = new Map(sources.map((s, i) => [s.id, i]))
  const quotes = [...published.quotes, ...addition.quotes]
    .sort((a, b) => (rank.get(a.sourceId) ?? 0) - (rank.get(b.sourceId) ?? 0) || a.order - b.order)
    .map((q) => ({ ...q, corroboratedBy: [...q.corroboratedBy], echoes: [...q.echoes] }))
  const byId = new Map(quotes.map((q) => [q.id, q]))
  for (const q of addition.quotes)
    for (const field of ['corroboratedBy', 'echoes'] as const)
      for (const other of q[field]) {
        const back = byId.get(other)
        if (back && !back[field].includes(q.id)) back[field].push(q.id)
      }
  const position = new Map(quotes.map((q, i) => [q.id, i]))
  const byPosition = (a: string, b: string) => (position.get(a) ?? 0) - (position.get(b) ?? 0)
  for (const q of quotes) {
    q.corroboratedBy.sort(byPosition)
    q.echoes.sort(byPosition)
  }
  // The principal speaker first, then by id (as assembleCorpus lists them); a role the
  // addition's source gives completes a speaker the published sources name without one.
  const known = new Set(published.speakers.map((s) => s.id))
  const roleFromAddition = new Map(addition.speakers.filter((s) => s.role).map((s) => [s.id, s]))
  // When both sides give a role, the whole build keeps the first source's: the side whose
  // statement by the speaker comes first in the merged order.
  const firstAt = (quotesOf: readonly Quote[]) => {
    const at = new Map<string, number>()
    for (const q of quotesOf) {
      const p = position.get(q.id) ?? Infinity
      if (p < (at.get(q.speakerId) ?? Infinity)) at.set(q.speakerId, p)
    }
    return at
  }
  const publishedFirst = firstAt(published.quotes)
  const additionFirst = firstAt(addition.quotes)
  const [principal, ...others] = published.speakers.map((s) => {
    const other = roleFromAddition.get(s.id)
    if (!other) return s
    const additionEarlier =
      (additionFirst.get(s.id) ?? Infinity) < (publishedFirst.get(s.id) ?? Infinity)
    return !s.role || additionEarlier ? { ...s, role: other.role } : s
  })
  const speakers = [
    ...(principal ? [principal] : []),
    ...[...others, ...addition.speakers.filter((s) => !known.has(s.id))].sort((a, b) =>
      a.id.localeCompare(b.id),
    ),
  ]
  const sessionIds = new Set(published.sessions.map((s) => s.id))
  const sessions = [
    ...published.sessions,
    ...addition.sessions.filter((s) => !sessionIds.has(s.id)),
  ].sort((a, b) => a.number - b.number)
  // Aligned translations of each side, in the whole build's order (by statement position). A
  // translation added against a published original is not aligned here (docs/corpus.md).
  const alignments = [...(published.alignments ?? []), ...(addition.alignments ?? [])].sort(
    (a, b) =>
      byPosition(a.original[0] ?? '', b.original[0] ?? '') ||
      byPosition(a.translation[0] ?? '', b.translation[0] ?? ''),
  )
  return { ...published, sessions, sources, speakers, quotes, alignments }
}
