import { describe, expect, it } from 'vitest'
import { sessionSummaries, topicSessionMatrix } from '@/domain/corpus/overview'
import { summarizeCorpus } from '@/domain/corpus/summary'
import { readingCorpus } from '../../fixtures/reading-corpus'

// The list pages read the summary the corpus builder writes beside the corpus.
const readingSummary = summarizeCorpus(readingCorpus)

describe('sessionSummaries', () => {
  it('lists sessions in number order with their documents and statement counts', () => {
    const summaries = sessionSummaries(readingSummary)
    expect(summaries.map((s) => s.session.roman)).toEqual(['XXXI', 'XXXII'])
    expect(summaries.map((s) => s.sources.map((src) => src.id))).toEqual([
      ['factsheet-2022', 'article-2022'],
      ['factsheet-2023', 'press-release-2023'],
    ])
    expect(summaries.map((s) => s.statementCount)).toEqual([6, 6])
    expect(summaries.map((s) => s.directCount)).toEqual([2, 2])
  })

  it('keeps sessions in number order even when the corpus lists them otherwise', () => {
    const reversed = summarizeCorpus({
      ...readingCorpus,
      sessions: [...readingCorpus.sessions].reverse(),
    })
    expect(sessionSummaries(reversed).map((s) => s.session.id)).toEqual(['31', '32'])
  })
})

describe('topicSessionMatrix', () => {
  it('counts each topic per session, a statement counting under each of its topics', () => {
    const matrix = topicSessionMatrix(readingSummary)
    const row = (id: string) => matrix.rows.find((r) => r.topic.id === id)
    expect(matrix.sessions.map((s) => s.id)).toEqual(['31', '32'])
    expect(row('language-policy')?.counts).toEqual([3, 3])
    expect(row('unity-and-harmony')?.counts).toEqual([2, 1])
    expect(row('political-reform')?.counts).toEqual([0, 2])
    expect(row('awards-and-honours')?.counts).toEqual([0, 0])
    expect(row('language-policy')?.total).toBe(6)
    expect(matrix.max).toBe(3)
  })

  it('keeps the curated topic order and counts each statement once in the session totals', () => {
    const matrix = topicSessionMatrix(readingSummary)
    expect(matrix.rows.map((r) => r.topic.id)).toEqual(readingCorpus.topics.map((t) => t.id))
    expect(matrix.sessionTotals).toEqual([6, 6])
  })
})

describe('summarizeCorpus', () => {
  it('counts statements per topic and session the way the matrix reads them', () => {
    const counts = (topicId: string) =>
      Object.values(readingSummary.topicBySession[topicId] ?? {}).reduce((a, b) => a + b, 0)
    expect(counts('language-policy')).toBe(6)
    expect(counts('countering-extremism')).toBe(2)
    expect(counts('awards-and-honours')).toBe(0)
    expect(readingSummary.statementCount).toBe(readingCorpus.quotes.length)
  })

  it('carries no source text: the summary stays small however large the corpus', () => {
    expect(readingSummary.sources.every((s) => !('text' in s))).toBe(true)
    expect(JSON.stringify(readingSummary).length).toBeLessThan(
      JSON.stringify(readingCorpus).length / 2,
    )
  })
})
