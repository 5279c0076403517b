/**
 * The quote filters that URLs carry (`/quotes`, and the filterable session and topic pages),
 * their schema with a fallback for every field, and the pure predicate that applies them.
 */
import * as v from 'valibot'
import type { CorpusModel } from '../corpus/model'
import { QUOTE_KINDS, type Quote, type QuoteKind } from '../corpus/schema'

export const SORT_ORDERS = ['relevance', 'date-desc', 'date-asc', 'source-order'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

const list = v.fallback(v.optional(v.array(v.pipe(v.string(), v.maxLength(80)))), undefined)

/**
 * Every field falls back to "absent" when garbled, so no URL can break a route. Values the
 * corpus does not know (topic "nonsense") survive this step and are dropped, and reported,
 * by `sanitizeFilters`, which knows the corpus.
 */
export const QuoteFiltersSearchSchema = v.object({
  q: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(500))), undefined),
  session: list,
  topic: list,
  kind: list,
  speaker: list,
  source: list,
  sort: v.fallback(v.optional(v.picklist(SORT_ORDERS)), undefined),
})
export type QuoteFiltersSearch = v.InferOutput<typeof QuoteFiltersSearchSchema>

/** Filters with defaults filled in, as views use them. */
export interface QuoteFilters {
  q: string
  session: string[]
  topic: string[]
  kind: QuoteKind[]
  speaker: string[]
  source: string[]
  sort: SortOrder
}

export const FILTER_FACETS = ['session', 'topic', 'kind', 'speaker', 'source'] as const
export type FilterFacet = (typeof FILTER_FACETS)[number]

export interface IgnoredParam {
  param: string
  value: string
  reason: string
}

/**
 * Drops filter values the corpus does not know and says which. Also reports params that
 * the schema's fallbacks already removed (compare with the raw, unvalidated search).
 */
export function sanitizeFilters(
  search: QuoteFiltersSearch,
  model: CorpusModel,
  raw: Record<string, unknown> = {},
): { filters: QuoteFilters; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = []
  const known: Record<FilterFacet, (id: string) => boolean> = {
    session: (id) => model.sessionById.has(id),
    topic: (id) => model.topicById.has(id),
    kind: (id) => (QUOTE_KINDS as readonly string[]).includes(id),
    speaker: (id) => model.speakerById.has(id),
    source: (id) => model.sourceById.has(id),
  }
  const keep = (facet: FilterFacet): string[] => {
    const values = search[facet] ?? []
    const kept: string[] = []
    for (const value of values) {
      if (known[facet](value)) {
        if (!kept.includes(value)) kept.push(value)
      } else ignored.push({ param: facet, value, reason: `no ${facet} “${value}” in the corpus` })
    }
    return kept
  }
  const filters: QuoteFilters = {
    q: search.q ?? '',
    session: keep('session'),
    topic: keep('topic'),
    kind: keep('kind') as QuoteKind[],
    speaker: keep('speaker'),
    source: keep('source'),
    sort: search.sort ?? 'relevance',
  }
  for (const [param, value] of Object.entries(raw)) {
    const validated = (search as Record<string, unknown>)[param]
    if (param in search && validated === undefined && value !== undefined && value !== '') {
      ignored.push({
        param,
        value: truncate(String(value)),
        reason: `“${param}” has an invalid value`,
      })
    }
  }
  return { filters, ignored }
}

/** True when the quote passes every facet filter (the text query is the search's job). */
export function matchesFacets(
  quote: Quote,
  filters: Pick<QuoteFilters, FilterFacet>,
  except?: FilterFacet,
): boolean {
  return (
    (except === 'session' ||
      filters.session.length === 0 ||
      filters.session.includes(quote.sessionId)) &&
    (except === 'topic' ||
      filters.topic.length === 0 ||
      filters.topic.some((t) => quote.topicIds.includes(t))) &&
    (except === 'kind' || filters.kind.length === 0 || filters.kind.includes(quote.kind)) &&
    (except === 'speaker' ||
      filters.speaker.length === 0 ||
      filters.speaker.includes(quote.speakerId)) &&
    (except === 'source' || filters.source.length === 0 || filters.source.includes(quote.sourceId))
  )
}

/** The search params for a set of filters, with defaults left out so URLs stay short. */
export function filtersToSearch(filters: Partial<QuoteFilters>): QuoteFiltersSearch {
  const nonEmpty = (xs: string[] | undefined) => (xs && xs.length > 0 ? xs : undefined)
  return {
    q: filters.q ? filters.q : undefined,
    session: nonEmpty(filters.session),
    topic: nonEmpty(filters.topic),
    kind: nonEmpty(filters.kind),
    speaker: nonEmpty(filters.speaker),
    source: nonEmpty(filters.source),
    sort: filters.sort && filters.sort !== 'relevance' ? filters.sort : undefined,
  }
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}
