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
 *
 * With `involving`, only the pairs with at least one such item are found (documents added to a
 * built corpus: their pairs, not the corpus's own again), at the cost of their postings alone.
 */
export function candidatePairs(
  block: readonly number[],
  prepared: Prepared,
  minCount: number,
  keep: (a: number, b: number) => boolean,
  involving?: (item: number) => boolean,
): [number, number][] {
  const limit = Math.min(MAX_POSTINGS, Math.max(2, Math.floor(block.length * MAX_BLOCK_SHARE)))
  // With `involving`, only the stems of those items can find a pair.
  let wanted: Set<string> | null = null
  if (involving) {
    wanted = new Set()
    for (const item of block)
      if (involving(item)) for (const s of prepared.sets[item] ?? []) wanted.add(s)
  }
  const postings = new Map<string, number[]>() // stem → block-local indexes, ascending
  block.forEach((item, local) => {
    for (const s of prepared.sets[item] ?? []) {
      if (wanted && !wanted.has(s)) continue
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
  const count = (other: number) => {
    if (counts[other] === 0) touched.push(other)
    counts[other] = (counts[other] ?? 0) + 1
  }
  block.forEach((item, local) => {
    const only = involving?.(item)
    if (only === false) return
    for (const s of prepared.sets[item] ?? []) {
      const list = usable.get(s)
      if (!list) continue
      if (only) {
        // Partners on both sides, except those counted from an earlier item of the same kind.
        for (const other of list)
          if (other !== local && (other > local || !involving?.(block[other] as number)))
            count(other)
        continue
      }
      // Only partners after this one: each unordered pair is counted from its first member.
      for (let k = list.length - 1; k >= 0; k--) {
        const other = list[k] as number
        if (other <= local) break
        count(other)
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
