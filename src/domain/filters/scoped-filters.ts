/**
 * Filters on a page that is already scoped to one session or one topic (`/sessions/32`,
 * `/topics/language-policy`). Such a page takes the same URL params as the explorer, so
 * filters carry over both ways; it applies the facets, and says what it cannot apply.
 */
import type { Quote } from '../corpus/schema'
import {
  filtersToSearch,
  matchesFacets,
  type FilterFacet,
  type IgnoredParam,
  type QuoteFilters,
  type QuoteFiltersSearch,
} from './quote-filters'

export interface PageScope {
  facet: Extract<FilterFacet, 'session' | 'topic'>
  /** The id the page shows, e.g. "32". */
  value: string
  /** How the page names it, in the interface's words (e.g. "the XXXII session"). */
  label: string
}

export interface ScopedFilters {
  /** The facets to apply on this page (the scope's own facet left out). */
  filters: QuoteFilters
  ignored: IgnoredParam[]
  /** The same view in the explorer: the page's scope plus every filter, the text query kept. */
  explorerSearch: QuoteFiltersSearch
}

export function scopeFilters(
  sanitized: { filters: QuoteFilters; ignored: IgnoredParam[] },
  scope: PageScope,
): ScopedFilters {
  const ignored = [...sanitized.ignored]
  for (const value of sanitized.filters[scope.facet]) {
    if (value !== scope.value)
      ignored.push({
        param: scope.facet,
        value,
        reason: { code: 'outside-scope', facet: scope.facet, value, scope: scope.label },
      })
  }
  if (sanitized.filters.lang.length > 0)
    ignored.push({
      param: 'lang',
      value: sanitized.filters.lang.join(','),
      reason: { code: 'lang-elsewhere' },
    })
  if (sanitized.filters.q)
    ignored.push({
      param: 'q',
      value: sanitized.filters.q,
      reason: { code: 'query-elsewhere', query: sanitized.filters.q },
    })
  const filters: QuoteFilters = { ...sanitized.filters, [scope.facet]: [], lang: [] }
  const explorerSearch = filtersToSearch({ ...sanitized.filters, [scope.facet]: [scope.value] })
  return { filters, ignored, explorerSearch }
}

/**
 * The statements that pass the facet filters (`workspaceSourceIds`: the user's own documents,
 * for the origin facet).
 */
export function applyFacets(
  quotes: readonly Quote[],
  filters: QuoteFilters,
  workspaceSourceIds?: ReadonlySet<string>,
): Quote[] {
  return quotes.filter((q) => matchesFacets(q, filters, undefined, workspaceSourceIds))
}

/**
 * For each value of a facet, how many statements it would show with the other filters
 * as they are (the usual faceted-search count).
 */
export function facetValueCounts(
  quotes: readonly Quote[],
  filters: QuoteFilters,
  facet: FilterFacet,
  valueOf: (quote: Quote) => readonly string[],
  workspaceSourceIds?: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const quote of quotes) {
    if (!matchesFacets(quote, filters, facet, workspaceSourceIds)) continue
    for (const value of valueOf(quote)) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

/** The filters with one facet value switched on or off. */
export function toggleFacetValue(
  filters: QuoteFilters,
  facet: FilterFacet,
  value: string,
): QuoteFilters {
  const current = filters[facet] as string[]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...filters, [facet]: next }
}
