/**
 * Linking's data and its decision: the items compared (one per statement), the thresholds of a
 * corroboration and of an echo, the evidence scored for a pair (link-evidence.ts), and
 * `isSameClaim`, which reads that evidence against the thresholds (link.ts explains them).
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
