/**
 * Candidate pairs for linking: an inverted index over content stems gives the pairs of
 * statements sharing enough discriminating stems, so that only those are scored (near-linear
 * in the corpus; stems found in very many statements of a block do not find candidates).
 */
import type { Prepared } from './link-evidence'

/** Postings longer than this are not used to find candidates (the stem does not discriminate). */
const MAX_POSTINGS = 64
/** …nor are stems found in more than this share of a block's statements. */
const MAX_BLOCK_SHARE = 0.25

/**
 * Candidate pairs within a block (indexes into the items), each once, smaller index first: pairs
 * sharing at least `minCount` discriminating stems. Counting runs over the postings with a
 * plain counter array (no pair hashing), so the cost is the sum of squared posting lengths,
 * which MAX_POSTINGS bounds.
 */
export function candidatePairs(
  block: readonly number[],
  prepared: Prepared,
  minCount: number,
  keep: (a: number, b: number) => boolean,
): [number, number][] {
  const limit = Math.min(MAX_POSTINGS, Math.max(2, Math.floor(block.length * MAX_BLOCK_SHARE)))
  const postings = new Map<string, number[]>() // stem → block-local indexes, ascending
  block.forEach((item, local) => {
    for (const s of prepared.sets[item] ?? []) {
      const list = postings.get(s)
      if (list) list.push(local)
      else postings.set(s, [local])
    }
  })
  const usable = new Map<string, number[]>()
  for (const [stem, list] of postings)
    if (list.length >= 2 && list.length <= limit) usable.set(stem, list)

  const counts = new Int32Array(block.length)
  const touched: number[] = []
  const pairs: [number, number][] = []
  block.forEach((item, local) => {
    for (const s of prepared.sets[item] ?? []) {
      const list = usable.get(s)
      if (!list) continue
      // Only partners after this one: each unordered pair is counted from its first member.
      for (let k = list.length - 1; k >= 0; k--) {
        const other = list[k] as number
        if (other <= local) break
        if (counts[other] === 0) touched.push(other)
        counts[other] = (counts[other] ?? 0) + 1
      }
    }
    touched.sort((x, y) => x - y)
    for (const other of touched) {
      const partner = block[other] as number
      if ((counts[other] ?? 0) >= minCount && keep(item, partner))
        pairs.push(item < partner ? [item, partner] : [partner, item])
      counts[other] = 0
    }
    touched.length = 0
  })
  return pairs
}
