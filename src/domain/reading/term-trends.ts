/**
 * Term trends: how often each of a few terms occurs at each session, as a count and per 1,000
 * words of that session's statements (the denominator: every word of every statement of the
 * session, counted as the search index counts words). Occurrences are found as the KWIC view
 * finds its lines (term-match.ts), so a count here is the number of lines there.
 */
import type { CorpusModel } from '../corpus/model'
import { analyseText, findTerm, wordCount, type TermQuery } from './term-match'

export interface TrendSession {
  readonly id: string
  readonly number: number
  readonly roman: string
  readonly date: string
  /** Words in the session's statements. */
  readonly words: number
  readonly statements: number
}

export interface TrendSeries {
  readonly term: TermQuery
  /** Occurrences per session, in the order of `sessions`. */
  readonly counts: readonly number[]
  /** Occurrences per 1,000 words; null for a session without statements. */
  readonly per1000: readonly (number | null)[]
  readonly total: number
}

export interface TermTrends {
  /** Every session of the corpus, in order of number. */
  readonly sessions: readonly TrendSession[]
  readonly series: readonly TrendSeries[]
}

export function termTrends(model: CorpusModel, terms: readonly TermQuery[]): TermTrends {
  const sessionIndex = new Map(model.sessions.map((s, i) => [s.id, i]))
  const words = model.sessions.map(() => 0)
  const statements = model.sessions.map(() => 0)
  const counts = terms.map(() => model.sessions.map(() => 0))
  for (const quote of model.corpus.quotes) {
    const at = sessionIndex.get(quote.sessionId)
    if (at === undefined) continue
    const analysed = analyseText(quote.text, model.sourceById.get(quote.sourceId)?.language ?? 'en')
    words[at]! += wordCount(analysed)
    statements[at]! += 1
    terms.forEach((term, t) => {
      counts[t]![at]! += findTerm(analysed, term).length
    })
  }
  return {
    sessions: model.sessions.map((s, i) => ({
      id: s.id,
      number: s.number,
      roman: s.roman,
      date: s.date,
      words: words[i]!,
      statements: statements[i]!,
    })),
    series: terms.map((term, t) => {
      const perSession = counts[t]!
      return {
        term,
        counts: perSession,
        per1000: perSession.map((count, i) => (words[i]! > 0 ? (count * 1000) / words[i]! : null)),
        total: perSession.reduce((a, b) => a + b, 0),
      }
    }),
  }
}
