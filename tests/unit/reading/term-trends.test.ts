import { describe, expect, it } from 'vitest'
import { kwicLines } from '@/domain/reading/kwic'
import { analyseText, parseTerm, wordCount } from '@/domain/reading/term-match'
import { termTrends } from '@/domain/reading/term-trends'
import { wordsCorpus, wordsModel } from '../../fixtures/words-corpus'

const terms = (...typed: string[]) => typed.map((t) => parseTerm(t)!)

describe('termTrends', () => {
  const trends = termTrends(wordsModel, terms('unity', 'единство', 'бірлік', '"kazakh language"'))

  it('counts the words of each session’s statements, as the denominator', () => {
    const wordsOf = (sessionId: string) =>
      wordsCorpus.quotes
        .filter((q) => q.sessionId === sessionId)
        .reduce((n, q) => {
          const language = wordsCorpus.sources.find((s) => s.id === q.sourceId)!.language
          return n + wordCount(analyseText(q.text, language))
        }, 0)
    expect(trends.sessions.map((s) => [s.roman, s.statements, s.words])).toEqual([
      ['XXXI', 6, wordsOf('31')],
      ['XXXII', 5, wordsOf('32')],
    ])
    // Hand-counted: 11 + 14 + 11 English words, 6 + 13 + 10 Russian ones.
    expect(trends.sessions[0]!.words).toBe(65)
  })

  it('counts occurrences per session, absolute and per 1,000 words', () => {
    const [unity, edinstvo, birlik, exact] = trends.series
    expect(unity!.counts).toEqual([2, 1])
    expect(edinstvo!.counts).toEqual([3, 0])
    expect(birlik!.counts).toEqual([0, 3])
    expect(exact!.counts).toEqual([1, 0])
    const [w31, w32] = trends.sessions.map((s) => s.words)
    expect(unity!.per1000).toEqual([(2 * 1000) / w31!, (1 * 1000) / w32!])
    expect(unity!.total).toBe(3)
  })

  it('counts what the KWIC view lists, line for line', () => {
    for (const series of trends.series) {
      for (const [i, session] of trends.sessions.entries()) {
        const lines = kwicLines(wordsModel, series.term, { sessions: [session.id] })
        expect(series.counts[i], `${series.term.label} at ${session.roman}`).toBe(lines.length)
      }
    }
  })

  it('has no rate for a session without statements', () => {
    const oneSession = {
      ...wordsModel,
      corpus: {
        ...wordsModel.corpus,
        quotes: wordsModel.corpus.quotes.filter((q) => q.sessionId === '31'),
      },
    }
    const { sessions, series } = termTrends(oneSession, terms('unity'))
    expect(sessions[1]!.words).toBe(0)
    expect(series[0]!.counts).toEqual([2, 0])
    expect(series[0]!.per1000[1]).toBeNull()
  })
})
