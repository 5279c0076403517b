/**
 * Stage 5 — link: statements of one speaker that make the same claim.
 *
 * - corroborations: same session, different sources;
 * - echoes: different sessions (the same point made again a year later).
 *
 * Near-linear: an inverted index over content stems gives the candidate pairs (statements
 * sharing at least one discriminating stem; stems found in very many statements of a block are
 * not used to find candidates), and only candidates are scored. Corroborations are blocked by
 * session; echoes use one index over the corpus and keep cross-session pairs.
 *
 * Evidence, from the claim's content stems (speaker references and "said" removed, words.ts):
 * - overlap: idf-weighted shared stems / the lighter statement's weight (a short factsheet
 *   bullet is fully contained in the longer article sentence that says the same);
 * - dice: shared weight / both weights (one long statement must not match everything);
 * - run: the longest sequence of consecutive stems both share ("provocations aimed at
 *   undermining unity and harmony"), counting only if it has two specific stems;
 * - specific stems: found in at most 10% of all statements ("Assembly of People of
 *   Kazakhstan" is in most of them and proves nothing).
 * A pair is the same claim when it restates (overlap ≥ 0.6 and dice ≥ 0.3) or shares a phrase
 * (run ≥ 3 and overlap ≥ 0.3), always with ≥ 3 shared stems of which ≥ 2 specific. Across
 * sessions the wording drifts more, so an echo may also be a looser restatement (overlap ≥ 0.3,
 * ≥ 3 shared stems, ≥ 1 specific) when both statements carry the same topic, provided that topic
 * is not one most statements carry (a topic on half the corpus proves as little as a frequent
 * word). A shared topic alone never links. The thresholds were tuned by reading every candidate pair
 * of the real corpus; docs/corpus.md lists the pairs they produce.
 */

export interface LinkItem {
  sessionId: string
  sourceId: string
  speakerId: string
  topicIds: readonly string[]
  /** Content stems of the statement's claim, in order (speaker references and "said" removed;
   * near-synonyms and numbers as the thesaurus keys them: ≈main, #3). */
  stems: readonly string[]
  /** Stems said under a negation ("never be infringed"), and whether it has any negation. */
  negated?: readonly string[]
  negates?: boolean
  /** Statements are compared within one language only (a translation is not a corroboration). */
  language?: string
}

export interface LinkThresholds {
  minShared: number
  minSpecificShared: number
  /** Restatement: */
  overlap: number
  dice: number
  /** Shared phrase: */
  minRun: number
  runOverlap: number
  /** Looser restatement, with a specific topic in common (echoes only; Infinity disables). */
  topicOverlap: number
  /** Balanced paraphrase: both statements mostly the same words (dice), with this many specific
   * shared words; fitted on the evaluation set (Infinity disables). */
  paraphraseDice: number
  paraphraseSpecific: number
}

export const CORROBORATION: LinkThresholds = {
  minShared: 3,
  minSpecificShared: 2,
  overlap: 0.6,
  dice: 0.3,
  minRun: 3,
  runOverlap: 0.3,
  topicOverlap: Infinity,
  paraphraseDice: 0.38,
  paraphraseSpecific: 4,
}
export const ECHO: LinkThresholds = { ...CORROBORATION, minSpecificShared: 1, topicOverlap: 0.3 }

/** A stem in more than this share of all statements is not specific. */
const SPECIFIC_SHARE = 0.1
/** A topic carried by more than this share of all statements is too common to back an echo. */
const SPECIFIC_TOPIC_SHARE = 0.3
/** Candidates share at least this many discriminating stems (every link needs three shared). */
const MIN_CANDIDATE_STEMS = 2
/** Postings longer than this are not used to find candidates (the stem does not discriminate). */
const MAX_POSTINGS = 64
/** …nor are stems found in more than this share of a block's statements. */
const MAX_BLOCK_SHARE = 0.25

export interface ScoredPair {
  a: number
  b: number
  shared: number
  specificShared: number
  overlap: number
  dice: number
  /** Longest run of consecutive shared stems with at least two specific ones (else 0). */
  run: number
  /** Both carry a topic that at most SPECIFIC_TOPIC_SHARE of all statements carry. */
  sharesTopic: boolean
  /** Counter-evidence that rules the pair out, whatever it shares (else null). */
  counter: 'numbers differ' | 'negation' | null
}

export interface Links {
  corroborations: ScoredPair[]
  echoes: ScoredPair[]
}

interface Prepared {
  items: readonly LinkItem[]
  sets: Set<string>[]
  numbers: (Set<string> | null)[]
  weights: number[]
  idf: Map<string, number>
  specific: (stem: string) => boolean
  specificTopic: (topic: string) => boolean
}

function prepare(items: readonly LinkItem[]): Prepared {
  const sets = items.map((item) => new Set(item.stems))
  // Counts each statement gives (#3, #300), or null: compared for every candidate pair.
  const numbers = sets.map((set) => {
    let found: Set<string> | null = null
    for (const s of set) if (isCount(s)) (found ??= new Set()).add(s)
    return found
  })
  const df = new Map<string, number>()
  for (const set of sets) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1)
  const n = items.length
  const idf = new Map<string, number>()
  for (const [stem, count] of df) idf.set(stem, Math.log(1 + n / count))
  const weights = sets.map((set) => {
    let w = 0
    for (const s of set) w += idf.get(s) ?? 0
    return w
  })
  const maxSpecific = Math.max(2, Math.ceil(n * SPECIFIC_SHARE))
  const topicCount = new Map<string, number>()
  for (const item of items)
    for (const t of item.topicIds) topicCount.set(t, (topicCount.get(t) ?? 0) + 1)
  return {
    items,
    sets,
    numbers,
    weights,
    idf,
    specific: (stem) => (df.get(stem) ?? 0) <= maxSpecific,
    specificTopic: (topic) => (topicCount.get(topic) ?? 0) <= n * SPECIFIC_TOPIC_SHARE,
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
  const wa = prepared.weights[a] ?? 0
  const wb = prepared.weights[b] ?? 0
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

export function isSameClaim(p: ScoredPair, t: LinkThresholds): boolean {
  if (p.counter) return false
  if (p.shared < t.minShared || p.specificShared < t.minSpecificShared) return false
  if (p.overlap >= t.overlap && p.dice >= t.dice) return true
  // A shared phrase that is all the pair shares names a subject ("ethno-cultural associations")
  // rather than a claim, unless a common topic backs it.
  if (p.run >= t.minRun && p.overlap >= t.runOverlap && (p.shared > p.run || p.sharesTopic))
    return true
  if (p.dice >= t.paraphraseDice && p.specificShared >= t.paraphraseSpecific) return true
  return p.sharesTopic && p.overlap >= t.topicOverlap
}

/**
 * Candidate pairs within a block (indexes into the items), each once, smaller index first: pairs
 * sharing at least `minCount` discriminating stems. Counting runs over the postings with a
 * plain counter array (no pair hashing), so the cost is the sum of squared posting lengths,
 * which MAX_POSTINGS bounds.
 */
function candidatePairs(
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

/** Every candidate pair with its evidence (for tuning and reports). */
export function scoreCandidates(items: readonly LinkItem[]): Links {
  const prepared = prepare(items)
  const sameSpeaker = (a: number, b: number) =>
    items[a]?.speakerId === items[b]?.speakerId &&
    (items[a]?.language ?? 'en') === (items[b]?.language ?? 'en')
  const bySession = new Map<string, number[]>()
  items.forEach((item, i) => {
    const list = bySession.get(item.sessionId)
    if (list) list.push(i)
    else bySession.set(item.sessionId, [i])
  })
  const score = ([a, b]: [number, number]) => {
    const p = scorePair(prepared, a, b, false)
    // The run is the costly part: only where it can still decide.
    return p.overlap >= CORROBORATION.runOverlap && p.specificShared >= 2
      ? scorePair(prepared, a, b)
      : p
  }
  const corroborations: ScoredPair[] = []
  for (const block of bySession.values())
    for (const pair of candidatePairs(
      block,
      prepared,
      MIN_CANDIDATE_STEMS,
      (a, b) => items[a]?.sourceId !== items[b]?.sourceId && sameSpeaker(a, b),
    ))
      corroborations.push(score(pair))
  const everything = items.map((_, i) => i)
  const echoes = candidatePairs(
    everything,
    prepared,
    MIN_CANDIDATE_STEMS,
    (a, b) => items[a]?.sessionId !== items[b]?.sessionId && sameSpeaker(a, b),
  ).map(score)
  const order = (p: ScoredPair, q: ScoredPair) => p.a - q.a || p.b - q.b
  return { corroborations: corroborations.sort(order), echoes: echoes.sort(order) }
}

/** The linked pairs (indexes into `items`, smaller first, sorted). */
export function linkStatements(
  items: readonly LinkItem[],
  thresholds: { corroboration: LinkThresholds; echo: LinkThresholds } = {
    corroboration: CORROBORATION,
    echo: ECHO,
  },
): Links {
  const scored = scoreCandidates(items)
  return {
    corroborations: scored.corroborations.filter((p) => isSameClaim(p, thresholds.corroboration)),
    echoes: scored.echoes.filter((p) => isSameClaim(p, thresholds.echo)),
  }
}
