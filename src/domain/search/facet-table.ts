/**
 * The corpus's facets and sort orders as flat typed arrays, one slot per statement, so that
 * filtering, counting and sorting 100,000 statements is a tight loop over numbers rather than
 * over objects and strings.
 */
import { ORIGINS } from '../corpus/origin'
import { QUOTE_KINDS, type Corpus } from '../corpus/schema'
import { languageOf, LANGUAGES } from '../language/languages'
import type { FilterFacet, SortOrder } from '../filters/quote-filters'

export interface FacetColumn {
  /** The facet's values (ids), in the order the corpus lists them. */
  readonly values: readonly string[]
  readonly valueNumber: ReadonlyMap<string, number>
  /**
   * Values of statement d are `valueOf[start[d]] … valueOf[start[d + 1] - 1]`. Facets with one
   * value per statement use the same layout, so the hot loops see one shape only.
   */
  readonly start: Uint32Array
  readonly valueOf: Uint16Array
}

export type StoredOrder = Exclude<SortOrder, 'relevance'>

export interface FacetTable {
  readonly size: number
  readonly columns: Readonly<Record<FilterFacet, FacetColumn>>
  /** Every statement, in each stored order. */
  readonly orders: Readonly<Record<StoredOrder, Uint32Array>>
  /** Position of each statement in each stored order. */
  readonly ranks: Readonly<Record<StoredOrder, Uint32Array>>
}

function column(
  values: readonly string[],
  size: number,
  valuesOfDoc: (d: number) => readonly string[],
  single: boolean,
): FacetColumn {
  const valueNumber = new Map(values.map((value, i) => [value, i]))
  if (single) {
    const valueOf = new Uint16Array(size)
    const start = new Uint32Array(size + 1)
    for (let d = 0; d < size; d++) {
      valueOf[d] = valueNumber.get(valuesOfDoc(d)[0] as string) ?? 0
      start[d + 1] = d + 1
    }
    return { values, valueNumber, start, valueOf }
  }
  const start = new Uint32Array(size + 1)
  const flat: number[] = []
  for (let d = 0; d < size; d++) {
    start[d] = flat.length
    for (const value of valuesOfDoc(d)) {
      const n = valueNumber.get(value)
      if (n !== undefined) flat.push(n)
    }
  }
  start[size] = flat.length
  return { values, valueNumber, start, valueOf: Uint16Array.from(flat) }
}

/**
 * Builds the table; statement numbers are positions in `corpus.quotes`. `workspaceSourceIds`:
 * the sources that are the user's own documents (the origin facet); none in the published corpus.
 */
export function buildFacetTable(
  corpus: Corpus,
  workspaceSourceIds: ReadonlySet<string> = new Set(),
): FacetTable {
  const quotes = corpus.quotes
  const size = quotes.length
  const sessions = [...corpus.sessions].sort((a, b) => a.number - b.number)
  const languageOfSource = new Map(corpus.sources.map((s) => [s.id, languageOf(s.language)]))
  const columns: Record<FilterFacet, FacetColumn> = {
    session: column(
      sessions.map((s) => s.id),
      size,
      (d) => [quotes[d]!.sessionId],
      true,
    ),
    topic: column(
      corpus.topics.map((t) => t.id),
      size,
      (d) => quotes[d]!.topicIds,
      false,
    ),
    kind: column(QUOTE_KINDS, size, (d) => [quotes[d]!.kind], true),
    speaker: column(
      corpus.speakers.map((s) => s.id),
      size,
      (d) => [quotes[d]!.speakerId],
      true,
    ),
    source: column(
      corpus.sources.map((s) => s.id),
      size,
      (d) => [quotes[d]!.sourceId],
      true,
    ),
    lang: column(LANGUAGES, size, (d) => [languageOfSource.get(quotes[d]!.sourceId) ?? 'en'], true),
    origin: column(
      ORIGINS,
      size,
      (d) => [workspaceSourceIds.has(quotes[d]!.sourceId) ? 'workspace' : 'corpus'],
      true,
    ),
  }

  // Chronological: by the session's date, then the source's date (ties: the order the corpus
  // lists sources in), then the statement's place in its source. Newest first reverses
  // sessions and sources but still reads each source top to bottom.
  const sessionDate = new Map(corpus.sessions.map((s) => [s.id, s.date]))
  const sourceIndex = new Map(corpus.sources.map((s, i) => [s.id, i]))
  const sourcesByDate = corpus.sources
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        compare(sessionDate.get(a.s.sessionId) ?? '', sessionDate.get(b.s.sessionId) ?? '') ||
        compare(a.s.date, b.s.date) ||
        a.i - b.i,
    )
  const oldestRank = new Map(sourcesByDate.map(({ s }, rank) => [s.id, rank]))
  const sourceCount = corpus.sources.length
  const oldestKey = new Float64Array(size)
  const newestKey = new Float64Array(size)
  const sourceKey = new Float64Array(size)
  for (let d = 0; d < size; d++) {
    const q = quotes[d]!
    const rank = oldestRank.get(q.sourceId) ?? 0
    // Statement places fit in 2^24: two numbers packed into one exact float64 key.
    oldestKey[d] = rank * 2 ** 24 + q.order
    newestKey[d] = (sourceCount - rank) * 2 ** 24 + q.order
    sourceKey[d] = (sourceIndex.get(q.sourceId) ?? 0) * 2 ** 24 + q.order
  }
  const identity = () => {
    const order = new Uint32Array(size)
    for (let d = 0; d < size; d++) order[d] = d
    return order
  }
  const sortedBy = (key: Float64Array) => identity().sort((a, b) => key[a]! - key[b]! || a - b)
  // The builder lists statements source by source, each in its order: then every stored order
  // is a rearrangement of whole sources, done in linear time (a comparison sort of 100,000
  // statements costs tens of milliseconds wherever the indexes are built).
  const inSourceOrder = isNonDecreasing(sourceKey)
  const bySourceRank = (rankOfSource: (sourceId: string) => number) => {
    const first = new Uint32Array(sourceCount + 1)
    for (let d = 0; d < size; d++) first[rankOfSource(quotes[d]!.sourceId) + 1]! += 1
    for (let r = 0; r < sourceCount; r++) first[r + 1]! += first[r]!
    const order = new Uint32Array(size)
    for (let d = 0; d < size; d++) order[first[rankOfSource(quotes[d]!.sourceId)]!++] = d
    return order
  }
  const chronological = inSourceOrder
    ? bySourceRank((id) => oldestRank.get(id) ?? 0)
    : sortedBy(oldestKey)
  const newestFirst = inSourceOrder
    ? bySourceRank((id) => sourceCount - 1 - (oldestRank.get(id) ?? 0))
    : sortedBy(newestKey)
  const bySource = inSourceOrder ? identity() : sortedBy(sourceKey)
  const rankIn = (order: Uint32Array) => {
    const rank = new Uint32Array(size)
    for (let i = 0; i < size; i++) rank[order[i] as number] = i
    return rank
  }
  return {
    size,
    columns,
    orders: { 'date-desc': newestFirst, 'date-asc': chronological, 'source-order': bySource },
    ranks: {
      'date-desc': rankIn(newestFirst),
      'date-asc': rankIn(chronological),
      'source-order': rankIn(bySource),
    },
  }
}

function isNonDecreasing(keys: Float64Array): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false
  return true
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
