/**
 * The settings of the reading tools from their URLs (schemas in search-schemas.ts): the step
 * that drops, and reports, values that are text but wrong, as the quote filters do
 * (src/domain/filters/quote-filters.ts says why the two steps are apart); and back to URLs.
 */
import type { CorpusModel } from '../corpus/model'
import { boundedQuery, truncate, unknownParams, type IgnoredParam } from '../filters/quote-filters'
import {
  KwicSearchSchema,
  TrendsSearchSchema,
  type KwicSearch,
  type TrendsSearch,
} from './search-schemas'
import {
  KWIC_SORTS,
  MAX_TREND_TERMS,
  TREND_MEASURES,
  type KwicSort,
  type TrendMeasure,
} from './options'
import { parseTerm, type TermQuery } from './term-match'

export interface KwicSettings {
  q: string
  term: TermQuery | null
  sort: KwicSort
  session: string[]
}

export interface TrendsSettings {
  /** The terms as typed, one per term kept. */
  terms: string[]
  queries: TermQuery[]
  measure: TrendMeasure
}

function choice<T extends string>(
  param: string,
  value: string | undefined,
  allowed: readonly T[],
  ignored: IgnoredParam[],
): T {
  if (value === undefined || value === '') return allowed[0] as T
  if ((allowed as readonly string[]).includes(value)) return value as T
  ignored.push({
    param,
    value: truncate(value),
    reason: { code: 'invalid-value', param, value: truncate(value, 40) },
  })
  return allowed[0] as T
}

/** Params the schema dropped because they were not text (`?q[]=…` read as a structure). */
function droppedByFallback(
  search: Record<string, unknown>,
  raw: Record<string, unknown>,
  known: readonly string[],
): IgnoredParam[] {
  return known
    .filter((p) => search[p] === undefined && raw[p] !== undefined && raw[p] !== '')
    .map((param) => ({
      param,
      value: truncate(String(raw[param])),
      reason: { code: 'invalid-value', param, value: truncate(String(raw[param]), 40) },
    }))
}

const KWIC_PARAMS = Object.keys(KwicSearchSchema.entries)
const TRENDS_PARAMS = Object.keys(TrendsSearchSchema.entries)

export function kwicSettings(
  search: KwicSearch,
  model: CorpusModel,
  raw: Record<string, unknown> = {},
): { settings: KwicSettings; ignored: IgnoredParam[] } {
  const ignored = [
    ...droppedByFallback(search, raw, KWIC_PARAMS),
    ...unknownParams(raw, KWIC_PARAMS),
  ]
  const q = boundedQuery((search.q ?? '').trim(), ignored)
  const sort = choice('sort', search.sort, KWIC_SORTS, ignored)
  const session: string[] = []
  for (const id of search.session ?? []) {
    if (model.sessionById.has(id)) {
      if (!session.includes(id)) session.push(id)
    } else
      ignored.push({
        param: 'session',
        value: truncate(id),
        reason: { code: 'unknown-value', facet: 'session', value: truncate(id, 40) },
      })
  }
  return { settings: { q, term: q ? parseTerm(q) : null, sort, session }, ignored }
}

export function trendsSettings(
  search: TrendsSearch,
  raw: Record<string, unknown> = {},
): { settings: TrendsSettings; ignored: IgnoredParam[] } {
  const ignored = [
    ...droppedByFallback(search, raw, TRENDS_PARAMS),
    ...unknownParams(raw, TRENDS_PARAMS),
  ]
  const terms: string[] = []
  const queries: TermQuery[] = []
  for (const typed of search.terms ?? []) {
    const query = parseTerm(typed)
    const label = query?.mode === 'exact' ? `"${query.label}"` : query?.label
    if (!query || !label) {
      ignored.push({
        param: 'terms',
        value: truncate(typed),
        reason: { code: 'term-without-words', value: truncate(typed, 40) },
      })
    } else if (queries.some((q) => q.mode === query.mode && q.label === query.label)) {
      continue // the same term twice is one line
    } else if (queries.length >= MAX_TREND_TERMS) {
      ignored.push({
        param: 'terms',
        value: truncate(typed),
        reason: { code: 'too-many-terms', value: truncate(typed, 40), max: MAX_TREND_TERMS },
      })
    } else {
      terms.push(label)
      queries.push(query)
    }
  }
  return {
    settings: {
      terms,
      queries,
      measure: choice('measure', search.measure, TREND_MEASURES, ignored),
    },
    ignored,
  }
}

/** The search params for KWIC settings, defaults left out. */
export function kwicSearch(settings: Partial<Omit<KwicSettings, 'term'>>): KwicSearch {
  return {
    q: settings.q?.trim() || undefined,
    sort: settings.sort && settings.sort !== 'source' ? settings.sort : undefined,
    session: settings.session?.length ? settings.session : undefined,
  }
}

/** The search params for trends settings, defaults left out. */
export function trendsSearch(settings: Partial<Omit<TrendsSettings, 'queries'>>): TrendsSearch {
  return {
    terms: settings.terms?.length ? settings.terms : undefined,
    measure: settings.measure && settings.measure !== 'per1000' ? settings.measure : undefined,
  }
}

/** Terms typed in one field, separated by commas. */
export function splitTerms(typed: string): string[] {
  return typed
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
}
