import { describe, expect, it } from 'vitest'
import { sessionSummaries, topicCounts, topicSessionMatrix } from '@/domain/corpus/overview'
import { buildCorpusModel } from '@/domain/corpus/model'
import { readingCorpus, readingModel } from '../../fixtures/reading-corpus'

describe('sessionSummaries', () => {
  it('lists sessions in number order with their documents and statement counts', () => {
    const summaries = sessionSummaries(readingModel)
    expect(summaries.map((s) => s.session.roman)).toEqual(['XXXI', 'XXXII'])
    expect(summaries.map((s) => s.sources.map((src) => src.id))).toEqual([
      ['factsheet-2022', 'article-2022'],
      ['factsheet-2023', 'press-release-2023'],
    ])
    expect(summaries.map((s) => s.statementCount)).toEqual([6, 6])
    expect(summaries.map((s) => s.directCount)).toEqual([2, 2])
  })

  it('keeps sessions in number order even when the corpus lists them otherwise', () => {
    const reversed = buildCorpusModel({
      ...readingCorpus,
      sessions: [...readingCorpus.sessions].reverse(),
    })
    expect(sessionSummaries(reversed).map((s) => s.session.id)).toEqual(['31', '32'])
  })
})

describe('topicSessionMatrix', () => {
  it('counts each topic per session, a statement counting under each of its topics', () => {
    const matrix = topicSessionMatrix(readingModel)
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
    const matrix = topicSessionMatrix(readingModel)
    expect(matrix.rows.map((r) => r.topic.id)).toEqual(readingCorpus.topics.map((t) => t.id))
    expect(matrix.sessionTotals).toEqual([6, 6])
  })
})

describe('topicCounts', () => {
  it('counts statements per topic over all sessions, zero included', () => {
    const counts = topicCounts(readingModel)
    expect(counts.get('language-policy')).toBe(6)
    expect(counts.get('countering-extremism')).toBe(2)
    expect(counts.get('awards-and-honours')).toBe(0)
  })
})
