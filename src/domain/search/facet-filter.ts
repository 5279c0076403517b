/**
 * Facet filtering and counting: which candidates pass every facet's selection, and for every
 * facet value how many statements it would give. A pure function of the facet table, the
 * request and the scratch space (search-scratch.ts): it compacts `scratch.candidates` in place.
 *
 * Counts follow the usual faceted-search rule: a value's count is the number of statements that
 * match the text query and every *other* facet's selection, so ticking a second session widens
 * the result by exactly the count shown beside it.
 */
import { FILTER_FACETS, type FilterFacet, type QuoteFilters } from '../filters/quote-filters'
import type { FacetTable } from './facet-table'
import type { SearchScratch } from './search-scratch'

/** Per facet (indexed like FILTER_FACETS), 1 for each selected value; null: nothing selected. */
export type FacetMasks = (Uint8Array | null)[]

/** The facet columns as parallel arrays, indexed like FILTER_FACETS: built once per engine. */
export interface FacetColumns {
  readonly starts: readonly Uint32Array[]
  readonly valueOfs: readonly Uint16Array[]
}

export function facetColumns(facets: FacetTable): FacetColumns {
  return {
    starts: FILTER_FACETS.map((f) => facets.columns[f].start),
    valueOfs: FILTER_FACETS.map((f) => facets.columns[f].valueOf),
  }
}

/** The request's selections as masks over each facet's values (unknown values are ignored). */
export function selectedValues(
  facets: FacetTable,
  request: Pick<QuoteFilters, FilterFacet>,
): FacetMasks {
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

/** Zeroed counters, one per value of each facet (indexed like FILTER_FACETS). */
export function emptyCounts(facets: FacetTable): Uint32Array[] {
  return FILTER_FACETS.map((f) => new Uint32Array(facets.columns[f].values.length))
}

/**
 * One pass over `scratch.candidates[0 … candidateCount-1]`: a statement failing no facet is a
 * result and counts for every facet; one failing exactly one facet counts only for that facet's
 * values. Adds to `counts`; compacts the results to the front of `candidates`; returns how many.
 */
export function filterAndCount(
  columns: FacetColumns,
  scratch: SearchScratch,
  candidateCount: number,
  masks: FacetMasks,
  counts: Uint32Array[],
): number {
  const { starts, valueOfs } = columns
  const { candidates } = scratch
  const facetCount = masks.length
  if (masks.every((m) => m === null)) {
    // Nothing selected: every candidate is a result; count column by column.
    for (let f = 0; f < facetCount; f++)
      countAll(candidates, candidateCount, starts[f]!, valueOfs[f]!, counts[f]!)
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

function countAll(
  candidates: Uint32Array,
  n: number,
  start: Uint32Array,
  valueOf: Uint16Array,
  c: Uint32Array,
) {
  for (let i = 0; i < n; i++) {
    const d = candidates[i] as number
    for (let k = start[d] as number, end = start[d + 1] as number; k < end; k++)
      c[valueOf[k] as number]! += 1
  }
}

/** The counters as the engine answers them: per facet, value id → count (0s included). */
export function countsByValue(
  facets: FacetTable,
  counts: Uint32Array[],
): Record<FilterFacet, ReadonlyMap<string, number>> {
  const byFacet = {} as Record<FilterFacet, ReadonlyMap<string, number>>
  FILTER_FACETS.forEach((facet, f) => {
    const byValue = new Map<string, number>()
    facets.columns[facet].values.forEach((value, v) => byValue.set(value, counts[f]![v]!))
    byFacet[facet] = byValue
  })
  return byFacet
}
