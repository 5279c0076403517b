/**
 * The search engine: one call answers what the explorer shows — the matching statements in
 * the chosen order, and for every facet value how many statements it would give.
 *
 * Entry point for the app (which loads indexes the corpus builder wrote, see index-file.ts),
 * tests and benchmarks:
 *
 *   const engine = createSearchEngine(corpus)
 *   const result = engine.search({ q: 'kazakh lang', session: ['32'], sort: 'relevance', … })
 *
 * Facet counts follow the usual faceted-search rule: a value's count is the number of
 * statements that match the text query and every *other* facet's selection, so ticking a
 * second session widens the result by exactly the count shown beside it.
 */
import type { Corpus } from '../corpus/schema'
import { FILTER_FACETS, type FilterFacet, type QuoteFilters } from '../filters/quote-filters'
import { buildFacetTable, type FacetTable, type StoredOrder } from './facet-table'
import { containsPhrase, containsPlainPhrase, phraseMatcher } from './phrase'
import { isBlankQuery, parseQuery, type ParsedQuery, type QueryTerm } from './query'
import { buildTextIndex, documentFrequency, termsWithPrefix, type TextIndex } from './text-index'

export type SearchRequest = Pick<QuoteFilters, 'q' | FilterFacet | 'sort'>

/**
 * Per facet, how many results each value would give (values with none are listed with 0).
 * Maps, not objects: a facet can have a thousand values (sources at scale), and an object
 * with that many keys is slow to build and to read on every keystroke.
 */
export type FacetCounts = Record<FilterFacet, ReadonlyMap<string, number>>

/** What to mark in a result's text (see `highlightRanges`). */
export interface HighlightTerms {
  /** Index stems that matched (including prefix completions and typo corrections). */
  readonly stems: readonly string[]
  readonly phrases: readonly { readonly text: string; readonly open: boolean }[]
}

export interface SearchResult {
  /** Positions in `corpus.quotes` of the matching statements, in the requested order. */
  readonly order: Uint32Array
  readonly facetCounts: FacetCounts
  readonly highlight: HighlightTerms
}

export interface SearchEngine {
  readonly size: number
  search(request: SearchRequest): SearchResult
}

/** How much a completed prefix or a corrected typo counts against an exact match. */
const PREFIX_WEIGHT = 0.5
const TYPO_WEIGHT = 0.45

/**
 * While a word is short, its completions are many and mostly noise ("k" starts thousands of
 * words): only the most frequent ones are searched, so the first keystrokes stay fast.
 */
export function completionLimit(prefixLength: number): number {
  if (prefixLength <= 1) return 8
  if (prefixLength === 2) return 24
  if (prefixLength === 3) return 96
  return 2048
}

// BM25's usual constants.
const K1 = 1.2
const B = 0.75

interface Expansion {
  readonly term: number
  readonly weight: number
}

export function createSearchEngine(corpus: Corpus): SearchEngine {
  return createSearchEngineFrom(buildSearchIndexes(corpus))
}

/** The text index and the facet table over a corpus: what an engine searches. */
export interface SearchIndexes {
  readonly text: TextIndex
  readonly facets: FacetTable
}

export function buildSearchIndexes(corpus: Corpus): SearchIndexes {
  return { text: buildTextIndex(corpus.quotes.map((q) => q.text)), facets: buildFacetTable(corpus) }
}

/** An engine over indexes built already (e.g. loaded from the index file, see index-file.ts). */
export function createSearchEngineFrom({ text, facets }: SearchIndexes): SearchEngine {
  const size = facets.size
  // Scratch space, reused by every search: allocation would cost more than the search.
  const score = new Float64Array(size)
  const matched = new Uint16Array(size)
  const candidates = new Uint32Array(size)
  const inResult = new Uint8Array(size)
  const buckets = new Uint32Array(SCORE_BUCKETS + 1)
  // BM25's length normalisation depends on the statement only: computed once.
  const lengthNorm = new Float32Array(size)
  for (let d = 0; d < size; d++) {
    lengthNorm[d] =
      K1 * (1 - B + (B * (text.docLength[d] as number)) / (text.averageDocLength || 1))
  }
  // The facet columns as parallel arrays, indexed like FILTER_FACETS.
  const starts = FILTER_FACETS.map((f) => facets.columns[f].start)
  const valueOfs = FILTER_FACETS.map((f) => facets.columns[f].valueOf)
  const { postingStart, postingDoc, postingCount } = text

  function search(request: SearchRequest): SearchResult {
    const parsed = parseQuery(request.q)
    const blank = isBlankQuery(parsed)
    const matchedStems = new Set<string>()
    let candidateCount: number
    if (blank) {
      for (let d = 0; d < size; d++) candidates[d] = d
      candidateCount = size
    } else {
      candidateCount = matchText(parsed, matchedStems)
    }

    const masks = selectedValues(request)
    const counts = FILTER_FACETS.map((f) => new Uint32Array(facets.columns[f].values.length))
    const resultCount = filterAndCount(candidateCount, masks, counts)

    const results = candidates.subarray(0, resultCount)
    const order =
      request.sort === 'relevance' && !blank
        ? byRelevance(results)
        : inStoredOrder(results, request.sort === 'relevance' ? 'date-desc' : request.sort)

    const facetCounts = {} as FacetCounts
    FILTER_FACETS.forEach((facet, f) => {
      const byValue = new Map<string, number>()
      facets.columns[facet].values.forEach((value, v) => byValue.set(value, counts[f]![v]!))
      facetCounts[facet] = byValue
    })
    return {
      order,
      facetCounts,
      highlight: {
        stems: [...matchedStems],
        phrases: parsed.phrases.map((p) => ({ text: p.text, open: p.open })),
      },
    }
  }

  /**
   * One pass over the candidates: a statement failing no facet is a result and counts for
   * every facet; one failing exactly one facet counts only for that facet's values. Results
   * are compacted to the front of `candidates`; returns how many.
   */
  function filterAndCount(
    candidateCount: number,
    masks: (Uint8Array | null)[],
    counts: Uint32Array[],
  ): number {
    const facetCount = masks.length
    if (masks.every((m) => m === null)) {
      // Nothing selected: every candidate is a result; count column by column.
      for (let f = 0; f < facetCount; f++)
        countAll(candidateCount, starts[f]!, valueOfs[f]!, counts[f]!)
      return candidateCount
    }
    let resultCount = 0
    for (let i = 0; i < candidateCount; i++) {
      const d = candidates[i] as number
      let failures = 0
      let failedFacet = -1
      for (let f = 0; f < facetCount; f++) {
        const mask = masks[f]
        if (mask === null || mask === undefined) continue
        const start = starts[f]!
        const valueOf = valueOfs[f]!
        let ok = false
        for (let k = start[d] as number, end = start[d + 1] as number; k < end; k++) {
          if (mask[valueOf[k] as number] === 1) {
            ok = true
            break
          }
        }
        if (!ok) {
          failedFacet = f
          if (++failures > 1) break
        }
      }
      if (failures > 1) continue
      const from = failures === 0 ? 0 : failedFacet
      const to = failures === 0 ? facetCount : failedFacet + 1
      for (let f = from; f < to; f++) {
        const start = starts[f]!
        const valueOf = valueOfs[f]!
        const c = counts[f]!
        for (let k = start[d] as number, end = start[d + 1] as number; k < end; k++)
          c[valueOf[k] as number]! += 1
      }
      if (failures === 0) candidates[resultCount++] = d
    }
    return resultCount
  }

  function countAll(n: number, start: Uint32Array, valueOf: Uint16Array, c: Uint32Array) {
    for (let i = 0; i < n; i++) {
      const d = candidates[i] as number
      for (let k = start[d] as number, end = start[d + 1] as number; k < end; k++)
        c[valueOf[k] as number]! += 1
    }
  }

  /** Scores statements that hold every term and phrase; returns how many, in `candidates`. */
  function matchText(parsed: ParsedQuery, matchedStems: Set<string>): number {
    // Every condition is a list of alternative terms, any of which satisfies it.
    const conditions: Expansion[][] = parsed.terms.map((term) => expand(term))
    for (const phrase of parsed.phrases) {
      phrase.stems.forEach((s, i) => {
        const last = i === phrase.stems.length - 1
        conditions.push(expand({ word: s, stem: s, prefix: last && phrase.open, maxTypos: 0 }))
      })
    }
    if (conditions.some((c) => c.length === 0)) return 0
    // Rarest first: the first condition bounds the candidates, the others only narrow them.
    conditions.sort((a, b) => postingTotal(a) - postingTotal(b))

    let count = 0
    for (let c = 0; c < conditions.length; c++) {
      for (const { term, weight } of conditions[c]!) {
        const w = weight * inverseDocumentFrequency(term) * (K1 + 1)
        const from = postingStart[term] as number
        const to = postingStart[term + 1] as number
        if (c === 0) count = scoreFirst(from, to, w, count)
        else scoreNext(from, to, w, c)
      }
    }
    for (const condition of conditions)
      for (const { term } of condition) matchedStems.add(text.termStems[term] as string)

    // Keep statements that met every condition and contain each phrase verbatim.
    const needed = conditions.length
    // A phrase of one word still being typed is as wide as its prefix condition above;
    // checking it letter by letter would visit thousands of statements for nothing. It is
    // checked exactly from its second word, or once its closing mark is typed.
    const phrases = parsed.phrases
      .filter((p) => !(p.open && p.stems.length === 1))
      .map((p) => ({ phrase: p, matcher: phraseMatcher(p) }))
    let kept = 0
    for (let i = 0; i < count; i++) {
      const d = candidates[i] as number
      let ok = matched[d] === needed
      matched[d] = 0
      if (ok && phrases.length > 0) {
        const folded = text.folded(d)
        const irregular = text.irregularSpace[d] === 1
        ok = phrases.every((p) =>
          irregular ? containsPhrase(folded, p.matcher) : containsPlainPhrase(folded, p.phrase),
        )
      }
      if (ok) candidates[kept++] = d
    }
    return kept
  }

  /** The first (rarest) condition: every statement it holds becomes a candidate. */
  function scoreFirst(from: number, to: number, w: number, count: number): number {
    for (let p = from; p < to; p++) {
      const d = postingDoc[p] as number
      if (matched[d] === 0) {
        matched[d] = 1
        score[d] = 0
        candidates[count++] = d
      }
      const tf = postingCount[p] as number
      score[d] = (score[d] as number) + (w * tf) / (tf + (lengthNorm[d] as number))
    }
    return count
  }

  /** Condition c (0-based) only scores statements that met all conditions before it. */
  function scoreNext(from: number, to: number, w: number, c: number): void {
    for (let p = from; p < to; p++) {
      const d = postingDoc[p] as number
      const seen = matched[d] as number
      if (seen === c) matched[d] = c + 1
      else if (seen !== c + 1) continue
      const tf = postingCount[p] as number
      score[d] = (score[d] as number) + (w * tf) / (tf + (lengthNorm[d] as number))
    }
  }

  function expand(term: QueryTerm): Expansion[] {
    const out = new Map<number, number>()
    const exact = text.dictionary.get(term.stem)
    if (exact !== undefined) out.set(exact, 1)
    if (term.prefix) {
      const [from, to] = termsWithPrefix(text, term.stem)
      const completions: number[] = []
      for (let i = from; i < to; i++) {
        const t = text.alphabetical[i] as number
        if (t !== exact) completions.push(t)
      }
      const limit = completionLimit(term.stem.length)
      if (completions.length > limit) {
        completions.sort((a, b) => documentFrequency(text, b) - documentFrequency(text, a))
        completions.length = limit
      }
      for (const t of completions) {
        const extra = (text.termStems[t] as string).length - term.stem.length
        out.set(t, (PREFIX_WEIGHT * term.stem.length) / (term.stem.length + 0.3 * extra))
      }
    }
    // Typos are forgiven only for words the corpus does not have: "unity" must not also find
    // "unit", but "harmny" finds "harmony".
    if (term.maxTypos > 0 && out.size === 0) {
      for (const [, [t, distance]] of text.dictionary.fuzzyGet(term.stem, term.maxTypos)) {
        if (out.has(t)) continue
        out.set(t, (TYPO_WEIGHT * term.stem.length) / (term.stem.length + distance))
      }
    }
    return [...out].map(([t, weight]) => ({ term: t, weight }))
  }

  function postingTotal(condition: Expansion[]): number {
    let total = 0
    for (const { term } of condition) total += documentFrequency(text, term)
    return total
  }

  function inverseDocumentFrequency(term: number): number {
    const df = documentFrequency(text, term)
    return Math.log(1 + (size - df + 0.5) / (df + 0.5))
  }

  function selectedValues(request: SearchRequest): (Uint8Array | null)[] {
    return FILTER_FACETS.map((facet) => {
      const chosen = request[facet]
      if (!chosen || chosen.length === 0) return null
      const column = facets.columns[facet]
      const mask = new Uint8Array(column.values.length)
      for (const value of chosen) {
        const v = column.valueNumber.get(value)
        if (v !== undefined) mask[v] = 1
      }
      return mask
    })
  }

  /** The results in a precomputed order: a filter over it, no comparison sort. */
  function inStoredOrder(results: Uint32Array, sort: StoredOrder): Uint32Array {
    const stored = facets.orders[sort]
    if (results.length === size) return stored.slice()
    const out = new Uint32Array(results.length)
    // Few results: sorting them by rank beats a walk over every statement.
    if (results.length * 16 < size) {
      const rank = facets.ranks[sort]
      out.set(results)
      return out.sort((a, b) => (rank[a] as number) - (rank[b] as number))
    }
    for (let i = 0; i < results.length; i++) inResult[results[i] as number] = 1
    let n = 0
    for (let i = 0; i < stored.length && n < results.length; i++) {
      const d = stored[i] as number
      if (inResult[d] === 1) {
        out[n++] = d
        inResult[d] = 0
      }
    }
    return out
  }

  /**
   * Best score first, ties newest first: a stable counting sort of the newest-first list on the
   * score quantised to SCORE_BUCKETS levels — linear time, where a comparison sort of 100,000
   * results costs more than the whole search.
   */
  function byRelevance(results: Uint32Array): Uint32Array {
    const newestFirst = inStoredOrder(results, 'date-desc')
    let max = 0
    for (let i = 0; i < newestFirst.length; i++) max = Math.max(max, score[newestFirst[i]!]!)
    if (max === 0) return newestFirst
    const scale = (SCORE_BUCKETS - 1) / max
    buckets.fill(0)
    // Bucket 0 is the best score, so one ascending pass writes the final order.
    for (let i = 0; i < newestFirst.length; i++) {
      const b = SCORE_BUCKETS - 1 - Math.floor(score[newestFirst[i]!]! * scale)
      buckets[b + 1]!++
    }
    for (let b = 1; b <= SCORE_BUCKETS; b++) buckets[b]! += buckets[b - 1]!
    const out = new Uint32Array(newestFirst.length)
    for (let i = 0; i < newestFirst.length; i++) {
      const d = newestFirst[i]!
      const b = SCORE_BUCKETS - 1 - Math.floor(score[d]! * scale)
      out[buckets[b]!++] = d
    }
    return out
  }

  return { size, search }
}

/** Relevance is ranked at this resolution (scores within 1/16384 of the best tie). */
const SCORE_BUCKETS = 16384
