import { describe, expect, it } from 'vitest'
import { fromPortable, toPortable } from '@/domain/search/portable-index'
import {
  buildSearchIndexes,
  createSearchEngine,
  createSearchEngineFrom,
  type SearchRequest,
} from '@/domain/search/search-engine'
import { explorerCorpus } from '../../fixtures/explorer-corpus'
import { searchRequest } from './search-request'

const request = searchRequest

// Queries that exercise every part of the indexes: exact words, a prefix, a typo (the term
// dictionary), a phrase (the folded texts), facets (their columns) and every sort order.
const requests: SearchRequest[] = [
  request({ q: 'language' }),
  request({ q: 'kazakh lang' }),
  request({ q: 'harmny' }),
  request({ q: '"state language"' }),
  request({ q: 'unity', session: ['32'] }),
  request({ sort: 'date-asc' }),
  request({ sort: 'date-desc', kind: ['direct'] }),
  request({ q: 'the', sort: 'source-order' }),
]

describe('indexes handed from a worker to the page', () => {
  it('answer every request exactly as indexes built in place', () => {
    const { data, transfer } = toPortable(buildSearchIndexes(explorerCorpus))
    // What postMessage does with them: a structured clone, the typed arrays' buffers moved.
    const received = structuredClone(data, { transfer })
    const handedOver = createSearchEngineFrom(fromPortable(received))
    const builtHere = createSearchEngine(explorerCorpus)
    for (const asked of requests) {
      const expected = builtHere.search(asked)
      expect(expected.order.length, asked.q || asked.sort).toBeGreaterThan(0)
      const actual = handedOver.search(asked)
      expect([...actual.order]).toEqual([...expected.order])
      expect(actual.facetCounts).toEqual(expected.facetCounts)
      expect(actual.highlight).toEqual(expected.highlight)
    }
  })

  it('move their typed arrays rather than copy them', () => {
    const indexes = buildSearchIndexes(explorerCorpus)
    const { data, transfer } = toPortable(indexes)
    structuredClone(data, { transfer })
    expect(indexes.text.postingDoc.length).toBe(0) // detached: the memory went with the message
    expect(indexes.facets.orders['date-desc'].length).toBe(0)
  })
})
