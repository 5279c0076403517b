/**
 * Ordering the results: in a stored order (date, session…) or by relevance. Pure functions of
 * the facet table's precomputed orders, the results and the scratch space (search-scratch.ts):
 * they read `score`, use `buckets` and `inResult` as working space, and leave `inResult` all
 * zeros as they found it. Neither sorts by comparison over many results: at 100,000 statements
 * that would cost more than the whole search.
 */
import type { FacetTable, StoredOrder } from './facet-table'
import { SCORE_BUCKETS, type SearchScratch } from './search-scratch'

/** The results in a precomputed order: a filter over it, no comparison sort. A new array. */
export function inStoredOrder(
  facets: FacetTable,
  scratch: SearchScratch,
  results: Uint32Array,
  sort: StoredOrder,
): Uint32Array {
  const size = facets.size
  const stored = facets.orders[sort]
  if (results.length === size) return stored.slice()
  const out = new Uint32Array(results.length)
  // Few results: sorting them by rank beats a walk over every statement.
  if (results.length * 16 < size) {
    const rank = facets.ranks[sort]
    out.set(results)
    return out.sort((a, b) => (rank[a] as number) - (rank[b] as number))
  }
  const { inResult } = scratch
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
 * Best score (`scratch.score`) first, ties newest first: a stable counting sort of the
 * newest-first list on the score quantised to SCORE_BUCKETS levels — linear time. A new array.
 */
export function byRelevance(
  facets: FacetTable,
  scratch: SearchScratch,
  results: Uint32Array,
): Uint32Array {
  const { score, buckets } = scratch
  const newestFirst = inStoredOrder(facets, scratch, results, 'date-desc')
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
