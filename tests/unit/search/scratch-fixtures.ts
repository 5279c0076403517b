import type { FilterFacet } from '@/domain/filters/quote-filters'
import type { FacetColumn, FacetTable, StoredOrder } from '@/domain/search/facet-table'

/** A facet column from each statement's values, in the layout the engine reads. */
export function column(values: readonly string[], perStatement: readonly string[][]): FacetColumn {
  const valueNumber = new Map(values.map((value, i) => [value, i]))
  const start = new Uint32Array(perStatement.length + 1)
  const valueOf: number[] = []
  perStatement.forEach((own, d) => {
    for (const value of own) valueOf.push(valueNumber.get(value)!)
    start[d + 1] = valueOf.length
  })
  return { values, valueNumber, start, valueOf: Uint16Array.from(valueOf) }
}

/**
 * A facet table by hand: sessions and kinds as given, one topic, speaker and source for all;
 * every stored order is `newestFirst` (or its reverse for date-asc).
 */
export function facetTable(
  sessions: readonly string[],
  kinds: readonly string[],
  newestFirst: readonly number[],
): FacetTable {
  const size = sessions.length
  const same = (value: string) =>
    column(
      [value],
      sessions.map(() => [value]),
    )
  const columns: Record<FilterFacet, FacetColumn> = {
    session: column(
      [...new Set(sessions)].sort(),
      sessions.map((s) => [s]),
    ),
    topic: same('t'),
    kind: column(
      ['direct', 'reported'],
      kinds.map((k) => [k]),
    ),
    speaker: same('president'),
    source: same('src'),
    lang: same('en'),
    origin: same('corpus'),
  }
  const order = (list: readonly number[]) => Uint32Array.from(list)
  const rank = (list: readonly number[]) => {
    const out = new Uint32Array(size)
    list.forEach((d, i) => (out[d] = i))
    return out
  }
  const lists: Record<StoredOrder, readonly number[]> = {
    'date-desc': newestFirst,
    'date-asc': [...newestFirst].reverse(),
    'source-order': [...Array(size).keys()],
  }
  return {
    size,
    columns,
    orders: {
      'date-desc': order(lists['date-desc']),
      'date-asc': order(lists['date-asc']),
      'source-order': order(lists['source-order']),
    },
    ranks: {
      'date-desc': rank(lists['date-desc']),
      'date-asc': rank(lists['date-asc']),
      'source-order': rank(lists['source-order']),
    },
  }
}
