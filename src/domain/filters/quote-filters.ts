/**
 * The quote filters that URLs carry (`/quotes`, and the filterable session and topic pages),
 * their schema with a fallback for every field, and the pure predicate that applies them.
 */
import * as v from 'valibot'
import type { CorpusModel } from '../corpus/model'
import { ORIGINS, type Origin } from '../corpus/origin'
import { QUOTE_KINDS, type Quote, type QuoteKind } from '../corpus/schema'
import { languageOf } from '../language/languages'
import { MAX_VALUE_LENGTH, searchStringProblems } from '../url/search-codec'

export const SORT_ORDERS = ['relevance', 'date-desc', 'date-asc', 'source-order'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

const list = v.fallback(v.optional(v.array(v.string())), undefined)

/**
 * Every field falls back to "absent" when it is not text (or a list of text), so no URL can
 * break a route. The schema checks shape only: values that are text but wrong (topic
 * "nonsense", sort "sideways", a search text of 2,000 characters) survive this step and are
 * dropped, and reported, by `sanitizeFilters`. That split is deliberate: on a cold load the
 * router rewrites the address to what validation returned, so a value dropped here would
 * vanish from the URL before the page could tell the reader it ignored it.
 */
export const QuoteFiltersSearchSchema = v.object({
  q: v.fallback(v.optional(v.string()), undefined),
  session: list,
  topic: list,
  kind: list,
  speaker: list,
  source: list,
  /** The statements' language (their source's): en, ru, kk. */
  lang: list,
  /** Published statements (`corpus`), the user's own documents (`workspace`), or both. */
  origin: list,
  sort: v.fallback(v.optional(v.string()), undefined),
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
  lang: string[]
  origin: Origin[]
  sort: SortOrder
}

export const FILTER_FACETS = [
  'session',
  'topic',
  'kind',
  'speaker',
  'source',
  'lang',
  'origin',
] as const
export type FilterFacet = (typeof FILTER_FACETS)[number]

/**
 * Why a part of the address was not applied, as a code with what a sentence about it needs
 * (values already shortened). The interface puts it into words in its own language
 * (src/components/ignored-params-notice.tsx).
 */
export type IgnoredReason =
  /** A filter value the corpus does not have: `?topic=nonsense`. */
  | { code: 'unknown-value'; facet: FilterFacet; value: string }
  /** A search text longer than `max` characters. */
  | { code: 'query-too-long'; max: number }
  /** A param of this page whose value is not one it takes: `?sort=sideways`. */
  | { code: 'invalid-value'; param: string; value: string }
  /** A param this page does not take: `?foo=1`. */
  | { code: 'unknown-param'; param: string }
  /** A param given more than once: the first value was used, the others not. */
  | { code: 'repeated'; param: string; used: string; ignored: string[] }
  /** A value cut after `max` of its `length` characters. */
  | { code: 'value-too-long'; param: string; length: number; max: number }
  /** A shared collection's title, shown up to `max` of its `length` characters. */
  | { code: 'title-too-long'; length: number; max: number }
  /** A page scoped to one session or topic (`scope`, as the page names it) given another. */
  | { code: 'outside-scope'; facet: 'session' | 'topic'; value: string; scope: string }
  /** The language filter, which only the explorer applies. */
  | { code: 'lang-elsewhere' }
  /** A text search, which only the explorer runs. */
  | { code: 'query-elsewhere'; query: string }
  /** A term to count (/trends) with no word in it: `?terms=—`. */
  | { code: 'term-without-words'; value: string }
  /** A term beyond the `max` that one chart compares. */
  | { code: 'too-many-terms'; value: string; max: number }

export interface IgnoredParam {
  param: string
  value: string
  reason: IgnoredReason
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
    lang: (id) => model.corpus.sources.some((s) => languageOf(s.language) === id),
    // Both are known even when the workspace is empty: a link to someone's own documents
    // then shows none, and says why (the explorer's empty results).
    origin: (id) => (ORIGINS as readonly string[]).includes(id),
  }
  const keep = (facet: FilterFacet): string[] => {
    const values = search[facet] ?? []
    const kept: string[] = []
    for (const value of values) {
      if (known[facet](value)) {
        if (!kept.includes(value)) kept.push(value)
      } else
        ignored.push({
          param: facet,
          value: truncate(value),
          reason: { code: 'unknown-value', facet, value: truncate(value, 40) },
        })
    }
    return kept
  }
  const q = boundedQuery(search.q ?? '', ignored)
  let sort: SortOrder = 'relevance'
  if (search.sort !== undefined && search.sort !== '') {
    if ((SORT_ORDERS as readonly string[]).includes(search.sort)) sort = search.sort as SortOrder
    else
      ignored.push({
        param: 'sort',
        value: truncate(search.sort),
        reason: { code: 'invalid-value', param: 'sort', value: truncate(search.sort, 40) },
      })
  }
  const filters: QuoteFilters = {
    q,
    session: keep('session'),
    topic: keep('topic'),
    kind: keep('kind') as QuoteKind[],
    speaker: keep('speaker'),
    source: keep('source'),
    lang: keep('lang'),
    origin: keep('origin') as Origin[],
    sort,
  }
  for (const [param, value] of Object.entries(raw)) {
    const validated = (search as Record<string, unknown>)[param]
    const isFilterParam = param in QuoteFiltersSearchSchema.entries
    if (isFilterParam && validated === undefined && value !== undefined && value !== '') {
      ignored.push({
        param,
        value: truncate(String(value)),
        reason: { code: 'invalid-value', param, value: truncate(String(value), 40) },
      })
    }
  }
  return { filters, ignored }
}

/** The longest search text a URL may carry. */
export const MAX_QUERY_LENGTH = 500

/** The search text `q`, or nothing (and a report in `ignored`) when it is too long. */
export function boundedQuery(q: string, ignored: IgnoredParam[]): string {
  if (q.length <= MAX_QUERY_LENGTH) return q
  ignored.push({
    param: 'q',
    value: truncate(q),
    reason: { code: 'query-too-long', max: MAX_QUERY_LENGTH },
  })
  return ''
}

/** Every search param the quote filters use. */
export const QUOTE_FILTER_PARAMS: readonly string[] = ['q', ...FILTER_FACETS, 'sort']

/** Params a page does not use at all (`?foo=1`): reported, never applied. */
export function unknownParams(
  raw: Record<string, unknown>,
  known: readonly string[] = QUOTE_FILTER_PARAMS,
): IgnoredParam[] {
  return Object.keys(raw)
    .filter((param) => !known.includes(param))
    .map((param) => ({
      param: truncate(param),
      value: truncate(String(raw[param])),
      reason: { code: 'unknown-param', param: truncate(param, 40) },
    }))
}

/**
 * What the URL codec left out (a param given twice, a value cut for length), reported like
 * the other ignored params.
 */
export function searchStringIgnored(searchStr: string): IgnoredParam[] {
  return searchStringProblems(searchStr).map((problem) =>
    problem.kind === 'repeated'
      ? {
          param: truncate(problem.param),
          value: truncate(problem.ignored.join(', ')),
          reason: {
            code: 'repeated',
            param: truncate(problem.param, 40),
            used: truncate(problem.used, 40),
            ignored: problem.ignored.map((value) => truncate(value, 40)),
          },
        }
      : {
          param: truncate(problem.param),
          value: '',
          reason: {
            code: 'value-too-long',
            param: truncate(problem.param, 40),
            length: problem.length,
            max: MAX_VALUE_LENGTH,
          },
        },
  )
}

/** Every facet with nothing selected. */
export function noFacets(): Pick<QuoteFilters, FilterFacet> {
  return { session: [], topic: [], kind: [], speaker: [], source: [], lang: [], origin: [] }
}

/** `values` with `value` added, or removed if it was there. */
export function toggleValue<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
}

const NO_SOURCES: ReadonlySet<string> = new Set()

/**
 * True when the quote passes every facet filter (the text query is the search's job). The
 * language, a property of the quote's source, is filtered by the search engine's facet table
 * (the session and topic pages leave it to the explorer, see scoped-filters.ts).
 */
export function matchesFacets(
  quote: Quote,
  filters: Pick<QuoteFilters, FilterFacet>,
  except?: FilterFacet,
  /** The user's own documents (CorpusModel.workspaceSourceIds), for the origin facet. */
  workspaceSourceIds: ReadonlySet<string> = NO_SOURCES,
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
    (except === 'source' ||
      filters.source.length === 0 ||
      filters.source.includes(quote.sourceId)) &&
    (except === 'origin' ||
      filters.origin.length === 0 ||
      filters.origin.includes(workspaceSourceIds.has(quote.sourceId) ? 'workspace' : 'corpus'))
  )
}

/** The search params for a set of filters, with defaults left out so URLs stay short. */
export function filtersToSearch(filters: Partial<QuoteFilters>): QuoteFiltersSearch {
  const nonEmpty = (xs: string[] | undefined) => (xs && xs.length > 0 ? xs : undefined)
  return {
    q: filters.q && filters.q.trim() ? filters.q : undefined,
    session: nonEmpty(filters.session),
    topic: nonEmpty(filters.topic),
    kind: nonEmpty(filters.kind),
    speaker: nonEmpty(filters.speaker),
    source: nonEmpty(filters.source),
    lang: nonEmpty(filters.lang),
    origin: nonEmpty(filters.origin),
    sort: filters.sort && filters.sort !== 'relevance' ? filters.sort : undefined,
  }
}

/** A value cut to `max` characters for a report. */
export function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}
