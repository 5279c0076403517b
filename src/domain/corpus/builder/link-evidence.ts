/**
 * The evidence of a link, for one pair of statements (link.ts says how it decides):
 * - overlap: idf-weighted shared stems / the lighter statement's weight (a short factsheet
 *   bullet is fully contained in the longer article sentence that says the same);
 * - dice: shared weight / both weights (one long statement must not match everything);
 * - run: the longest sequence of consecutive stems both share ("provocations aimed at
 *   undermining unity and harmony"), counting only if it has two specific stems;
 * - specific stems: found in at most 10% of all statements ("Assembly of People of
 *   Kazakhstan" is in most of them and proves nothing);
 * - counter-evidence: numbers that differ, a negation on one side only.
 */
import type { LinkItem, ScoredPair } from './link-model'

/** A stem in more than this share of all statements is not specific. */
const SPECIFIC_SHARE = 0.1
/** A topic carried by more than this share of all statements is too common to back an echo. */
const SPECIFIC_TOPIC_SHARE = 0.3
export interface Prepared {
  items: readonly LinkItem[]
  sets: Set<string>[]
  numbers: (Set<string> | null)[]
  /** An item's weight: the idf of its stems, summed (computed when first asked for). */
  weight: (item: number) => number
  idf: Map<string, number>
  specific: (stem: string) => boolean
  specificTopic: (topic: string) => boolean
  /** Statements per stem and per topic, kept so that `prepare` can extend this preparation. */
  df: ReadonlyMap<string, number>
  topicCount: ReadonlyMap<string, number>
}

/**
 * The evidence every pair draws on. With `base`, a preparation of the first items (the same
 * objects), only the items after them are read again: documents added to a built corpus pay for
 * themselves, not for the corpus (build-addition.ts).
 */
export function prepare(items: readonly LinkItem[], base?: Prepared): Prepared {
  const from = base && base.items.every((item, i) => items[i] === item) ? base.items.length : 0
  const reused = from > 0 ? base : undefined
  const sets = [...(reused?.sets ?? []), ...items.slice(from).map((item) => new Set(item.stems))]
  // Counts each statement gives (#3, #300), or null: compared for every candidate pair.
  const numbers = [
    ...(reused?.numbers ?? []),
    ...sets.slice(from).map((set) => {
      let found: Set<string> | null = null
      for (const s of set) if (isCount(s)) (found ??= new Set()).add(s)
      return found
    }),
  ]
  const df = new Map(reused?.df)
  for (const set of sets.slice(from)) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1)
  const n = items.length
  const idf = new Map<string, number>()
  for (const [stem, count] of df) idf.set(stem, Math.log(1 + n / count))
  const weights = new Float64Array(n).fill(-1)
  const weight = (i: number) => {
    if ((weights[i] ?? 0) < 0) {
      let w = 0
      for (const s of sets[i] ?? []) w += idf.get(s) ?? 0
      weights[i] = w
    }
    return weights[i] ?? 0
  }
  const maxSpecific = Math.max(2, Math.ceil(n * SPECIFIC_SHARE))
  const topicCount = new Map(reused?.topicCount)
  for (const item of items.slice(from))
    for (const t of item.topicIds) topicCount.set(t, (topicCount.get(t) ?? 0) + 1)
  return {
    items,
    sets,
    numbers,
    weight,
    idf,
    specific: (stem) => (df.get(stem) ?? 0) <= maxSpecific,
    specificTopic: (topic) => (topicCount.get(topic) ?? 0) <= n * SPECIFIC_TOPIC_SHARE,
    df,
    topicCount,
  }
}

/** Longest run of consecutive stems in both sequences that holds two specific stems. */
function longestSpecificRun(
  a: readonly string[],
  b: readonly string[],
  specific: (s: string) => boolean,
) {
  let best = 0
  // Dynamic programming over run lengths ending at (i, j); sequences are sentence-sized.
  let previous = new Array<number>(b.length + 1).fill(0)
  let previousSpecific = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0)
    const currentSpecific = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue
      current[j] = (previous[j - 1] ?? 0) + 1
      currentSpecific[j] = (previousSpecific[j - 1] ?? 0) + (specific(a[i - 1] as string) ? 1 : 0)
      if ((currentSpecific[j] ?? 0) >= 2) best = Math.max(best, current[j] ?? 0)
    }
    previous = current
    previousSpecific = currentSpecific
  }
  return best
}

/** Scores one pair (exported for tests and for tuning). */
export function scorePair(prepared: Prepared, a: number, b: number, withRun = true): ScoredPair {
  const setA = prepared.sets[a] ?? new Set<string>()
  const setB = prepared.sets[b] ?? new Set<string>()
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA]
  let sharedWeight = 0
  let shared = 0
  let specificShared = 0
  for (const s of small) {
    if (!large.has(s)) continue
    shared++
    if (prepared.specific(s)) specificShared++
    sharedWeight += prepared.idf.get(s) ?? 0
  }
  const wa = prepared.weight(a)
  const wb = prepared.weight(b)
  const itemA = prepared.items[a]
  const itemB = prepared.items[b]
  return {
    a: Math.min(a, b),
    b: Math.max(a, b),
    shared,
    specificShared,
    overlap: Math.min(wa, wb) > 0 ? sharedWeight / Math.min(wa, wb) : 0,
    dice: wa + wb > 0 ? (2 * sharedWeight) / (wa + wb) : 0,
    run:
      withRun && itemA && itemB
        ? longestSpecificRun(itemA.stems, itemB.stems, prepared.specific)
        : 0,
    sharesTopic:
      !!itemA &&
      !!itemB &&
      itemA.topicIds.some((t) => prepared.specificTopic(t) && itemB.topicIds.includes(t)),
    counter: counterEvidence(prepared, a, b),
  }
}

/** Numbers that count as counts (one is more often "one family" than a count). */
const isCount = (s: string) => s.startsWith('#') && s !== '#1'

/**
 * What rules a pair out whatever words it shares:
 * - both give numbers and none is the same ("more than 300 disputes" / "about 400 mediators");
 * - one says under a negation a word they share, and the other has no negation at all ("is not
 *   guaranteed once and for all" / "is guaranteed by our Constitution").
 */
function counterEvidence(prepared: Prepared, a: number, b: number): ScoredPair['counter'] {
  const numbersA = prepared.numbers[a]
  const numbersB = prepared.numbers[b]
  if (numbersA && numbersB) {
    let common = false
    for (const n of numbersA) if (numbersB.has(n)) common = true
    if (!common) return 'numbers differ'
  }
  const denies = (x: number, y: number) => {
    const negated = prepared.items[x]?.negated
    if (!negated || negated.length === 0 || prepared.items[y]?.negates) return false
    const stems = prepared.sets[y]
    return negated.some((s) => stems?.has(s))
  }
  if (denies(a, b) || denies(b, a)) return 'negation'
  return null
}
