import { describe, expect, it } from 'vitest'
import { decodeIndexFile, encodeIndexFile, IndexFileError } from '@/domain/search/index-file'
import {
  buildSearchIndexes,
  createSearchEngine,
  createSearchEngineFrom,
  type SearchRequest,
} from '@/domain/search/search-engine'
import { explorerCorpus } from '../../fixtures/explorer-corpus'
import { searchRequest as request } from './search-request'

// Queries that exercise every part of the indexes: exact words, a prefix, a typo (the term
// dictionary), a phrase (the folded texts), facets (their columns) and every sort order.
const requests: SearchRequest[] = [
  request({ q: 'language' }),
  request({ q: 'kazakh lang' }),
  request({ q: 'harmny' }),
  request({ q: '"state language"' }),
  request({ q: 'unity', session: ['32'] }),
  request({ q: 'unity', topic: ['unity-and-harmony'], kind: ['direct'] }),
  request({ sort: 'date-asc' }),
  request({ sort: 'date-desc', kind: ['direct'] }),
  request({ q: 'the', sort: 'source-order' }),
]

const fileFor = (corpus = explorerCorpus) =>
  encodeIndexFile(buildSearchIndexes(corpus), corpus.quotes)
/** A fresh copy of the file's bytes as the browser hands them over (decoding changes them). */
const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer

describe('the search index file', () => {
  it('answers every request exactly as indexes built in place', () => {
    const loaded = createSearchEngineFrom(
      decodeIndexFile(bufferOf(fileFor()), explorerCorpus.quotes),
    )
    const builtHere = createSearchEngine(explorerCorpus)
    for (const asked of requests) {
      const expected = builtHere.search(asked)
      expect(expected.order.length, asked.q || asked.sort).toBeGreaterThan(0)
      const actual = loaded.search(asked)
      expect([...actual.order], asked.q || asked.sort).toEqual([...expected.order])
      expect(actual.facetCounts).toEqual(expected.facetCounts)
      expect(actual.highlight).toEqual(expected.highlight)
    }
  })

  it('is the same bytes every time for the same corpus', () => {
    expect(Buffer.from(fileFor()).equals(Buffer.from(fileFor()))).toBe(true)
  })

  it('is refused for a corpus it was not built for', () => {
    const fewer = { ...explorerCorpus, quotes: explorerCorpus.quotes.slice(1) }
    expect(() => decodeIndexFile(bufferOf(fileFor()), fewer.quotes)).toThrow(
      /built for other statements/,
    )
  })

  it('is refused when it is not an index file, cut short, or damaged', () => {
    const quotes = explorerCorpus.quotes
    const notAnIndex = new TextEncoder().encode(JSON.stringify(explorerCorpus))
    expect(() => decodeIndexFile(bufferOf(notAnIndex), quotes)).toThrow(/not a search index/)

    const file = fileFor()
    expect(() => decodeIndexFile(bufferOf(file.subarray(0, file.length - 64)), quotes)).toThrow(
      /cut short/,
    )

    // Every byte of the last stored order set to 0xff: statements that do not exist.
    const damaged = file.slice()
    damaged.fill(0xff, damaged.length - 4 * quotes.length)
    expect(() => decodeIndexFile(bufferOf(damaged), quotes)).toThrow(IndexFileError)
    expect(() => decodeIndexFile(bufferOf(damaged), quotes)).toThrow(/orders\.source-order/)
  })
})
