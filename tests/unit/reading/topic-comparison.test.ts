import { describe, expect, it } from 'vitest'
import { topicQuotes } from '@/domain/corpus/grouping'
import { compareAcrossSessions } from '@/domain/corpus/topic-comparison'
import { readingModel } from '../../fixtures/reading-corpus'

const cellIds = (cells: { id: string }[][]) => cells.map((c) => c.map((q) => q.id))

describe('compareAcrossSessions', () => {
  it('aligns echoed statements, with their corroborations, in one row', () => {
    const comparison = compareAcrossSessions(
      readingModel,
      topicQuotes(readingModel, 'language-policy'),
    )
    expect(comparison.aligned.map((row) => cellIds(row.cells))).toEqual([
      [['q31-state-language'], ['q32-language-knowledge']],
      [
        ['q31-language-status', 'q31-article-language'],
        ['q32-not-infringed', 'q32-press-language'],
      ],
    ])
    expect(cellIds(comparison.unaligned)).toEqual([[], []])
  })

  it('lists statements without an echo per session', () => {
    const comparison = compareAcrossSessions(
      readingModel,
      topicQuotes(readingModel, 'unity-and-harmony'),
    )
    expect(comparison.aligned).toEqual([])
    expect(cellIds(comparison.unaligned)).toEqual([
      ['q31-highest-value', 'q31-provocations'],
      ['q32-together'],
    ])
  })

  it('only aligns through statements that are shown', () => {
    const onlyFactsheets = topicQuotes(readingModel, 'language-policy').filter((q) =>
      q.sourceId.startsWith('factsheet'),
    )
    const comparison = compareAcrossSessions(readingModel, onlyFactsheets)
    expect(comparison.aligned.map((row) => cellIds(row.cells))).toEqual([
      [['q31-state-language'], ['q32-language-knowledge']],
      [['q31-language-status'], ['q32-not-infringed']],
    ])
  })

  it('leaves a statement unaligned when its echo is filtered out', () => {
    const only2022 = topicQuotes(readingModel, 'language-policy').filter(
      (q) => q.id !== 'q32-language-knowledge',
    )
    const comparison = compareAcrossSessions(readingModel, only2022)
    expect(cellIds(comparison.unaligned)[0]).toEqual(['q31-state-language'])
  })
})
