import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  kwicSearch,
  kwicSettings,
  splitTerms,
  trendsSearch,
  trendsSettings,
} from '@/domain/reading/reading-search'
import { KwicSearchSchema, TrendsSearchSchema } from '@/domain/reading/search-schemas'
import { parseSearch, stringifySearch } from '@/domain/url/search-codec'
import { wordsModel } from '../../fixtures/words-corpus'

const kwicFrom = (query: string) => {
  const raw = parseSearch(query)
  return kwicSettings(v.parse(KwicSearchSchema, raw), wordsModel, raw)
}
const trendsFrom = (query: string) => {
  const raw = parseSearch(query)
  return trendsSettings(v.parse(TrendsSearchSchema, raw), raw)
}

describe('the KWIC URL', () => {
  it('reads the term, the order and the sessions', () => {
    const { settings, ignored } = kwicFrom('?q=Kazakh+language&sort=left&session=32')
    expect(settings).toMatchObject({ q: 'Kazakh language', sort: 'left', session: ['32'] })
    expect(settings.term).toMatchObject({ mode: 'stem', label: 'kazakh language' })
    expect(ignored).toEqual([])
  })

  it('never fails on a bad URL: it keeps what it can and says what it left out', () => {
    const raw = { q: ['a', 'b'], sort: 'sideways', session: ['99', '31'], colour: 'red' }
    const { settings, ignored } = kwicSettings(v.parse(KwicSearchSchema, raw), wordsModel, raw)
    expect(settings).toMatchObject({ q: '', term: null, sort: 'source', session: ['31'] })
    expect(ignored.map((i) => i.param).sort()).toEqual(['colour', 'q', 'session', 'sort'])
  })

  it('writes defaults out of the URL', () => {
    expect(stringifySearch(kwicSearch({ q: 'unity', sort: 'source', session: [] }))).toBe(
      '?q=unity',
    )
    expect(stringifySearch(kwicSearch({ q: 'unity', sort: 'right', session: ['31'] }))).toBe(
      '?q=unity&sort=right&session=31',
    )
  })
})

describe('the trends URL', () => {
  it('reads up to five distinct terms, separated by commas', () => {
    const { settings, ignored } = trendsFrom(
      '?terms=unity,Unity,единство,"kazakh language",бірлік,language,policy,zebra&measure=count',
    )
    expect(settings.terms).toEqual(['unity', 'единство', '"kazakh language"', 'бірлік', 'language'])
    expect(settings.queries.map((q) => q.mode)).toEqual(['stem', 'stem', 'exact', 'stem', 'stem'])
    expect(settings.measure).toBe('count')
    expect(ignored.map((i) => i.value)).toEqual(['policy', 'zebra'])
  })

  it('reports a term without a word and a measure it does not know', () => {
    const { settings, ignored } = trendsFrom('?terms=unity,%E2%80%94&measure=loudness')
    expect(settings).toMatchObject({ terms: ['unity'], measure: 'per1000' })
    expect(ignored.map((i) => i.param)).toEqual(['terms', 'measure'])
  })

  it('round-trips through the URL', () => {
    const search = trendsSearch({ terms: splitTerms(' unity , language,, '), measure: 'per1000' })
    expect(stringifySearch(search)).toBe('?terms=unity,language')
    expect(trendsFrom(stringifySearch(search)).settings.terms).toEqual(['unity', 'language'])
  })
})
