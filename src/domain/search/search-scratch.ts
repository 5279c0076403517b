/**
 * The search engine's scratch space: typed arrays, one slot per statement, allocated once per
 * engine and reused by every search (allocating them per keystroke would cost more than the
 * search). Each stage of a search is a pure function of its inputs and this object; what a
 * stage may assume on entry and must leave on exit is written here, so no stage relies on an
 * unwritten reset.
 *
 * Between two searches (the invariant every stage restores):
 * - `matched` is all zeros (text matching counts conditions in it and zeroes every slot it
 *   touched before returning);
 * - `inResult` is all zeros (ordering marks results in it and clears each mark it made).
 *
 * Within a search:
 * - `candidates[0 … n-1]` holds the statements still in play, n being the count the last stage
 *   returned; the slots after n are garbage. Text matching fills it, facet filtering compacts it
 *   in place, ordering reads it.
 * - `score[d]` is d's relevance, valid only while d is a candidate of a text query (text
 *   matching sets it to 0 when d first becomes a candidate, then adds to it); a blank query
 *   leaves it untouched and nothing reads it.
 * - `buckets` has no meaning on entry: ranking by relevance zeroes it before use.
 */
export interface SearchScratch {
  readonly score: Float64Array
  readonly matched: Uint16Array
  readonly candidates: Uint32Array
  readonly inResult: Uint8Array
  readonly buckets: Uint32Array
}

/** Relevance is ranked at this resolution (scores within 1/16384 of the best tie). */
export const SCORE_BUCKETS = 16384

export function createSearchScratch(size: number): SearchScratch {
  return {
    score: new Float64Array(size),
    matched: new Uint16Array(size),
    candidates: new Uint32Array(size),
    inResult: new Uint8Array(size),
    buckets: new Uint32Array(SCORE_BUCKETS + 1),
  }
}

/** Every statement a candidate (a blank query): returns the count, `size`. */
export function allCandidates(scratch: SearchScratch, size: number): number {
  const { candidates } = scratch
  for (let d = 0; d < size; d++) candidates[d] = d
  return size
}
