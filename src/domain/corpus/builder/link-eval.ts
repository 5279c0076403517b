/**
 * The linker judged on labelled pairs (the evaluation set's links.json): which of the pairs
 * that must be linked it finds (recall), and which of the pairs that must not be linked it links
 * anyway (false links). Works on annotated statements, not on what extraction made of the
 * documents, so that a linker threshold is fitted apart from extraction. Pure.
 */
import type { Language } from '../../language'
import { CORROBORATION, ECHO, linkStatements, scoreCandidates, type LinkThresholds } from './link'
import { linkItem } from './link-items'

export interface EvalStatement {
  source: string
  text: string
  speaker: string
  sessionId: string
  language: Language
  topicIds?: readonly string[]
}

export interface EvalPair {
  kind: 'corroboration' | 'echo'
  linked: boolean
  a: { source: string; text: string }
  b: { source: string; text: string }
  /** The language of `a`'s document. */
  language: Language
}

export interface PairVerdict extends EvalPair {
  expected: boolean
  found: boolean
  /** The linker's evidence for the pair, for reading. */
  evidence: string
}

export interface LinkScores {
  positives: number
  truePositives: number
  negatives: number
  /** Pairs labelled "not linked" that the linker linked. Must stay 0. */
  falseLinks: number
  precision: number
  recall: number
  /** Links between statements that no labelled pair speaks of (not judged). */
  unlabelledLinks: number
  pairs: PairVerdict[]
}

type Thresholds = { corroboration: LinkThresholds; echo: LinkThresholds }

const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`)

export function evaluateLinks(
  statements: readonly EvalStatement[],
  pairs: readonly EvalPair[],
  thresholds: Thresholds = { corroboration: CORROBORATION, echo: ECHO },
  only: { kind?: EvalPair['kind']; language?: Language } = {},
): LinkScores {
  const { kind, language } = only
  const items = statements.map((s) => linkItem(s.text, s.language, s))
  const index = new Map<string, number>()
  statements.forEach((s, i) => {
    const k = `${s.source}\n${s.text}`
    if (!index.has(k)) index.set(k, i)
  })
  const links = linkStatements(items, thresholds)
  const linked = {
    corroboration: new Set(links.corroborations.map((p) => key(p.a, p.b))),
    echo: new Set(links.echoes.map((p) => key(p.a, p.b))),
  }
  const scored = scoreCandidates(items)
  const evidence = new Map(
    [...scored.corroborations, ...scored.echoes].map((p) => [
      key(p.a, p.b),
      `shared ${p.shared} (specific ${p.specificShared}), overlap ${p.overlap.toFixed(2)}, dice ${p.dice.toFixed(2)}, run ${p.run}${p.sharesTopic ? ', topic' : ''}${p.counter ? `, ${p.counter}` : ''}`,
    ]),
  )
  const labelled = new Set<string>()
  const verdicts: PairVerdict[] = []
  for (const pair of pairs) {
    if ((kind && pair.kind !== kind) || (language && pair.language !== language)) continue
    const a = index.get(`${pair.a.source}\n${pair.a.text}`)
    const b = index.get(`${pair.b.source}\n${pair.b.text}`)
    if (a === undefined || b === undefined) continue
    labelled.add(key(a, b))
    verdicts.push({
      ...pair,
      expected: pair.linked,
      found: linked[pair.kind].has(key(a, b)),
      evidence: evidence.get(key(a, b)) ?? 'not a candidate',
    })
  }
  const positives = verdicts.filter((v) => v.expected).length
  const truePositives = verdicts.filter((v) => v.expected && v.found).length
  const falseLinks = verdicts.filter((v) => !v.expected && v.found).length
  const kinds = kind ? [kind] : (['corroboration', 'echo'] as const)
  let unlabelledLinks = 0
  const inScope = (pair: string) =>
    !language || statements[Number(pair.split(':')[0])]?.language === language
  for (const k of kinds)
    for (const pair of linked[k]) if (!labelled.has(pair) && inScope(pair)) unlabelledLinks++
  return {
    positives,
    truePositives,
    negatives: verdicts.length - positives,
    falseLinks,
    precision: truePositives + falseLinks > 0 ? truePositives / (truePositives + falseLinks) : 1,
    recall: positives > 0 ? truePositives / positives : 1,
    unlabelledLinks,
    pairs: verdicts,
  }
}

/** The thresholds in use, all made stricter (scale > 1) or looser (< 1) together. */
export function scaleThresholds(scale: number): Thresholds {
  const scaled = (t: LinkThresholds): LinkThresholds => ({
    ...t,
    overlap: t.overlap * scale,
    dice: t.dice * scale,
    runOverlap: t.runOverlap * scale,
    topicOverlap: t.topicOverlap * scale,
    paraphraseDice: t.paraphraseDice * scale,
  })
  return { corroboration: scaled(CORROBORATION), echo: scaled(ECHO) }
}

export interface CurvePoint {
  scale: number
  precision: number
  recall: number
  falseLinks: number
}

/** Precision and recall on the labelled pairs as the thresholds scale from 0.5 to 1.5. */
export function linkCurve(
  statements: readonly EvalStatement[],
  pairs: readonly EvalPair[],
): CurvePoint[] {
  const points: CurvePoint[] = []
  for (let step = 0; step <= 10; step++) {
    const scale = 0.5 + step * 0.1
    const r = evaluateLinks(statements, pairs, scaleThresholds(scale))
    points.push({ scale, precision: r.precision, recall: r.recall, falseLinks: r.falseLinks })
  }
  return points
}
