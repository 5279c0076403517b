import { describe, expect, it } from 'vitest'
import { groupByTopic, inSourceOrder, sessionQuotes, topicQuotes } from '@/domain/corpus/grouping'
import { readingModel } from '../../fixtures/reading-corpus'

const ids = (xs: { id: string }[]) => xs.map((x) => x.id)

describe('inSourceOrder and sessionQuotes', () => {
  it('reads a session source by source, in the order each source presents its statements', () => {
    expect(ids(sessionQuotes(readingModel, '31'))).toEqual([
      'q31-state-language',
      'q31-language-status',
      'q31-highest-value',
      'q31-provocations',
      'q31-article-language',
      'q31-provocateurs',
    ])
  })

  it('puts a shuffled list back in reading order', () => {
    const quotes = sessionQuotes(readingModel, '32')
    expect(ids(inSourceOrder(readingModel, [...quotes].reverse()))).toEqual(ids(quotes))
  })

  it('returns nothing for a session that has no statements', () => {
    expect(sessionQuotes(readingModel, '99')).toEqual([])
  })
})

describe('groupByTopic', () => {
  it('lists each statement once, under its first topic, in curated topic order', () => {
    const groups = groupByTopic(readingModel, sessionQuotes(readingModel, '31'))
    expect(groups.map((g) => [g.topic?.id, ids(g.quotes)])).toEqual([
      ['unity-and-harmony', ['q31-highest-value']],
      ['language-policy', ['q31-state-language', 'q31-language-status', 'q31-article-language']],
      ['countering-extremism', ['q31-provocations', 'q31-provocateurs']],
    ])
  })

  it('prefers the topic the reader filtered by', () => {
    const groups = groupByTopic(readingModel, sessionQuotes(readingModel, '31'), [
      'unity-and-harmony',
    ])
    const unity = groups.find((g) => g.topic?.id === 'unity-and-harmony')
    expect(ids(unity?.quotes ?? [])).toEqual(['q31-highest-value', 'q31-provocations'])
  })

  it('puts statements without a known topic in a last, topic-less group', () => {
    const untagged = { ...sessionQuotes(readingModel, '32')[0]!, id: 'x', topicIds: ['gone'] }
    const groups = groupByTopic(readingModel, [untagged])
    expect(groups).toEqual([{ topic: null, quotes: [untagged] }])
  })
})

describe('topicQuotes', () => {
  it('finds the statements of a topic in both sessions', () => {
    expect(ids(topicQuotes(readingModel, 'political-reform'))).toEqual([
      'q32-assembly-role',
      'q32-together',
    ])
  })
})
