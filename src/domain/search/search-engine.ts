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
 *
 * A search runs three stages, each a pure function over the indexes and one explicit scratch
 * object (search-scratch.ts, which documents what each stage may assume and must restore):
 *
 *   text matching (text-match.ts) → facet filtering and counting (facet-filter.ts)
 *   → ordering (ordering.ts)
 */
import type { Corpus } from '../corpus/schema'
import type { FilterFacet, QuoteFilters } from '../filters/quote-filters'
import { buildFacetTable, type FacetTable } from './facet-table'
import {
  countsByValue,
  emptyCounts,
  facetColumns,
  filterAndCount,
  selectedValues,
} from './facet-filter'
import { byRelevance, inStoredOrder } from './ordering'
import { isBlankQuery, parseQuery } from './query'
import { allCandidates, createSearchScratch } from './search-scratch'
import { languageOf, type Language } from '../language'
import { buildTextIndex, type TextIndex } from './text-index'
import { lengthNormalisation, matchText, type TextRanking } from './text-match'

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

/** `workspaceSourceIds`: the user's own documents among the sources (the origin facet). */
export function createSearchEngine(
  corpus: Corpus,
  workspaceSourceIds?: ReadonlySet<string>,
): SearchEngine {
  return createSearchEngineFrom(buildSearchIndexes(corpus, workspaceSourceIds))
}

/** The text index and the facet table over a corpus: what an engine searches. */
export interface SearchIndexes {
  readonly text: TextIndex
  readonly facets: FacetTable
}

export function buildSearchIndexes(
  corpus: Corpus,
  workspaceSourceIds?: ReadonlySet<string>,
): SearchIndexes {
  return {
    text: buildTextIndex(
      corpus.quotes.map((q) => q.text),
      quoteLanguages(corpus),
    ),
    facets: buildFacetTable(corpus, workspaceSourceIds),
  }
}

/** Each statement's language: its source document's (what the text index stems it in). */
export function quoteLanguages(corpus: Pick<Corpus, 'quotes' | 'sources'>): Language[] {
  const languageOfSource = new Map(corpus.sources.map((s) => [s.id, languageOf(s.language)]))
  return corpus.quotes.map((q) => languageOfSource.get(q.sourceId) ?? 'en')
}

/** An engine over indexes built already (e.g. loaded from the index file, see index-file.ts). */
export function createSearchEngineFrom({ text, facets }: SearchIndexes): SearchEngine {
  const size = facets.size
  const scratch = createSearchScratch(size)
  const ranking: TextRanking = { text, lengthNorm: lengthNormalisation(text, size) }
  const columns = facetColumns(facets)

  function search(request: SearchRequest): SearchResult {
    const parsed = parseQuery(request.q)
    const blank = isBlankQuery(parsed)
    const matchedStems = new Set<string>()
    const candidateCount = blank
      ? allCandidates(scratch, size)
      : matchText(ranking, parsed, scratch, matchedStems)

    const counts = emptyCounts(facets)
    const resultCount = filterAndCount(
      columns,
      scratch,
      candidateCount,
      selectedValues(facets, request),
      counts,
    )

    const results = scratch.candidates.subarray(0, resultCount)
    const order =
      request.sort === 'relevance' && !blank
        ? byRelevance(facets, scratch, results)
        : inStoredOrder(
            facets,
            scratch,
            results,
            request.sort === 'relevance' ? 'date-desc' : request.sort,
          )

    return {
      order,
      facetCounts: countsByValue(facets, counts),
      highlight: {
        stems: [...matchedStems],
        phrases: parsed.phrases.map((p) => ({ text: p.text, open: p.open })),
      },
    }
  }

  return { size, search }
}
