/** Step 6 — the build's report: per source counts, overrides, links, and the warnings. */
import type { Corpus, Quote } from '../../schema'
import type { Problem } from '../problems'
import type { OverridesOutcome } from './overrides'
import type { Draft } from './read-documents'
import type { Linked } from './tag-and-link'

export interface SourceReport {
  sourceId: string
  file: string
  language: string
  direct: number
  reported: number
  /** Passages left out (not statements), by reason. */
  leftOut: number
  speakers: string[]
  corroborations: number
  echoes: number
}

export interface BuildReport {
  sources: SourceReport[]
  /** Override keys that name no statement of this build (stale after an edit of the text?). */
  unusedOverrides: string[]
  overridesApplied: number
  excluded: number
  /** Linked pairs of quote ids, each pair once. */
  corroborationPairs: [string, string][]
  echoPairs: [string, string][]
  /** What the build read past: imperfect text, a guessed language (file, line, what to do). */
  warnings: Problem[]
}

export function buildReport(
  corpus: Corpus,
  drafts: readonly Draft[],
  links: Linked,
  overrides: OverridesOutcome,
  leftOut: ReadonlyMap<string, number>,
  warnings: Problem[],
): BuildReport {
  const pairIds = (pairs: { a: number; b: number }[]) =>
    pairs.map((p) => [drafts[p.a]?.id, drafts[p.b]?.id] as [string, string])
  const quotesBySource = new Map<string, Quote[]>()
  for (const q of corpus.quotes) {
    const list = quotesBySource.get(q.sourceId)
    if (list) list.push(q)
    else quotesBySource.set(q.sourceId, [q])
  }
  return {
    sources: corpus.sources.map((s) => {
      const own = quotesBySource.get(s.id) ?? []
      return {
        sourceId: s.id,
        file: s.file,
        language: s.language,
        direct: own.filter((q) => q.kind === 'direct').length,
        reported: own.filter((q) => q.kind === 'reported').length,
        leftOut: leftOut.get(s.id) ?? 0,
        speakers: [...new Set(own.map((q) => q.speakerId))].sort(),
        corroborations: own.reduce((n, q) => n + q.corroboratedBy.length, 0),
        echoes: own.reduce((n, q) => n + q.echoes.length, 0),
      }
    }),
    unusedOverrides: overrides.unused,
    overridesApplied: overrides.applied,
    excluded: overrides.excluded,
    corroborationPairs: pairIds(links.corroborations),
    echoPairs: pairIds(links.echoPairs),
    warnings,
  }
}
