/**
 * Aligning a document with its translation (`translationOf`): which statement of one is which
 * statement of the other ("in Kazakh / in Russian / in English").
 *
 * Gale and Church's length-based sentence alignment (1993): a translation's sentences are about
 * as long as their originals (in characters, times a ratio for the language pair), so a dynamic
 * programme over the two lists in order finds the most likely pairing, allowing a statement with
 * no counterpart (1–0, 0–1) and one that the translator split or joined (2–1, 1–2). Anchors make
 * it surer: numbers and the thesaurus keys (#3, ≈main: the same in every language) shared by
 * two statements lower their cost, and numbers that differ raise it. Pure; O(n·m) on two
 * documents, which are small.
 */

export interface AlignUnit {
  /** Length in characters. */
  length: number
  /** Language-independent keys: numbers (#3) and thesaurus keys (≈main). */
  anchors: readonly string[]
}

/** One pairing: indexes into `a` and into `b` (one or two on a side, none for an omission). */
export interface Bead {
  a: number[]
  b: number[]
}

/** Prior probabilities of each kind of bead (Gale & Church's, from the Canadian Hansard). */
const BEADS: { da: number; db: number; prior: number }[] = [
  { da: 1, db: 1, prior: 0.89 },
  { da: 1, db: 0, prior: 0.0099 },
  { da: 0, db: 1, prior: 0.0099 },
  { da: 2, db: 1, prior: 0.089 },
  { da: 1, db: 2, prior: 0.089 },
]
/** Variance of the length difference per character (Gale & Church). */
const VARIANCE = 6.8
/** What one shared anchor, and one number that differs, are worth (in -log probability). */
const ANCHOR_BONUS = 2
const NUMBER_CONFLICT = 6

/** Two-sided tail of the standard normal distribution (Abramowitz–Stegun 26.2.17). */
function twoSidedTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z))
  const d = 0.3989423 * Math.exp((-z * z) / 2)
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))))
  return 2 * p
}

/** How unlikely two lengths are for a text and its translation. An omission (one side empty)
 * costs its prior only: extraction may miss a statement on one side whatever its length. */
function lengthCost(la: number, lb: number, ratio: number): number {
  if (la === 0 || lb === 0) return 0
  const mean = (la + lb / ratio) / 2
  const z = (ratio * la - lb) / Math.sqrt(Math.max(mean, 1) * VARIANCE)
  return -Math.log(Math.max(twoSidedTail(z), 1e-12))
}

function anchorCost(a: readonly AlignUnit[], b: readonly AlignUnit[]): number {
  const keysA = new Set(a.flatMap((u) => u.anchors))
  const keysB = new Set(b.flatMap((u) => u.anchors))
  let cost = 0
  for (const k of keysA) if (keysB.has(k)) cost -= ANCHOR_BONUS
  const numbers = (keys: Set<string>) => [...keys].filter((k) => k.startsWith('#') && k !== '#1')
  const na = numbers(keysA)
  const nb = numbers(keysB)
  if (na.length > 0 && nb.length > 0 && !na.some((n) => keysB.has(n))) cost += NUMBER_CONFLICT
  return cost
}

/**
 * The best alignment of two statement lists (in document order). `ratio` is the expected
 * length of b's text per character of a's (1 when unknown; Kazakh and Russian are close).
 */
export function alignStatements(
  a: readonly AlignUnit[],
  b: readonly AlignUnit[],
  ratio = 1,
): Bead[] {
  if (ratio <= 0) ratio = 1
  const total = (units: readonly AlignUnit[]) => units.reduce((s, u) => s + u.length, 0)
  const n = a.length
  const m = b.length
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity))
  const back = Array.from({ length: n + 1 }, () => new Int8Array(m + 1).fill(-1))
  cost[0]![0] = 0
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      BEADS.forEach((bead, k) => {
        const pi = i - bead.da
        const pj = j - bead.db
        if (pi < 0 || pj < 0) return
        const before = cost[pi]![pj]!
        if (before === Infinity) return
        const sa = a.slice(pi, i)
        const sb = b.slice(pj, j)
        const c =
          before -
          Math.log(bead.prior) +
          lengthCost(total(sa), total(sb), ratio) +
          (sa.length && sb.length ? anchorCost(sa, sb) : 0)
        if (c < cost[i]![j]!) {
          cost[i]![j] = c
          back[i]![j] = k
        }
      })
    }
  const beads: Bead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const bead = BEADS[back[i]![j]!]!
    const from = { i: i - bead.da, j: j - bead.db }
    beads.push({
      a: Array.from({ length: bead.da }, (_, k) => from.i + k),
      b: Array.from({ length: bead.db }, (_, k) => from.j + k),
    })
    i = from.i
    j = from.j
  }
  return beads.reverse()
}
