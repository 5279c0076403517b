/**
 * Stage 5 — link: statements of one speaker that make the same claim.
 *
 * - corroborations: same session, different sources;
 * - echoes: different sessions (the same point made again a year later).
 *
 * Near-linear: candidate pairs come from an inverted index over content stems
 * (link-candidates.ts), and only candidates are scored (link-evidence.ts: overlap, dice, the
 * longest shared run of stems, specific stems, counter-evidence). Corroborations are blocked by
 * session; echoes use one index over the corpus and keep cross-session pairs. The items, the
 * thresholds and the decision are in link-model.ts.
 *
 * A pair is the same claim when it restates (overlap ≥ 0.6 and dice ≥ 0.3) or shares a phrase
 * (run ≥ 3 and overlap ≥ 0.3), always with ≥ 3 shared stems of which ≥ 2 specific. Across
 * sessions the wording drifts more, so an echo may also be a looser restatement (overlap ≥ 0.3,
 * ≥ 3 shared stems, ≥ 1 specific) when both statements carry the same topic, provided that topic
 * is not one most statements carry (a topic on half the corpus proves as little as a frequent
 * word). A shared topic alone never links. The thresholds were tuned by reading every candidate pair
 * of the real corpus; docs/corpus.md lists the pairs they produce.
 */
import { candidatePairs } from './link-candidates'
import { prepare, scorePair, type Prepared } from './link-evidence'
import {
  CORROBORATION,
  ECHO,
  isSameClaim,
  type LinkItem,
  type LinkThresholds,
  type Links,
  type ScoredPair,
} from './link-model'

export { scorePair } from './link-evidence'
export { CORROBORATION, ECHO, isSameClaim } from './link-model'
export type { LinkItem, LinkThresholds, Links, ScoredPair } from './link-model'

/** Candidates share at least this many discriminating stems (every link needs three shared). */
const MIN_CANDIDATE_STEMS = 2
/**
 * Every candidate pair with its evidence (for tuning and reports); with `involving`, only the
 * pairs that have at least one such item (candidate-pairs.ts); `base` prepares the first items
 * once for many calls (link-evidence.ts `prepare`).
 */
export function scoreCandidates(
  items: readonly LinkItem[],
  involving?: (item: number) => boolean,
  base?: Prepared,
): Links {
  const prepared = prepare(items, base)
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
      involving,
    ))
      corroborations.push(score(pair))
  const everything = items.map((_, i) => i)
  const echoes = candidatePairs(
    everything,
    prepared,
    MIN_CANDIDATE_STEMS,
    (a, b) => items[a]?.sessionId !== items[b]?.sessionId && sameSpeaker(a, b),
    involving,
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
  involving?: (item: number) => boolean,
  base?: Prepared,
): Links {
  const scored = scoreCandidates(items, involving, base)
  return {
    corroborations: scored.corroborations.filter((p) => isSameClaim(p, thresholds.corroboration)),
    echoes: scored.echoes.filter((p) => isSameClaim(p, thresholds.echo)),
  }
}
