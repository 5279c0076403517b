import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { buildCorpusModel } from '@/domain/corpus/model'
import {
  filtersToSearch,
  QuoteFiltersSearchSchema,
  sanitizeFilters,
  toggleValue,
  unknownParams,
} from '@/domain/filters/quote-filters'
import { parseSearch, stringifySearch } from '@/domain/url/search-codec'
import { explorerCorpus } from '../../fixtures/explorer-corpus'

const model = buildCorpusModel(explorerCorpus)

/** What a route sees for a query string: parsed by the codec, then validated. */
function fromUrl(query: string) {
  const raw = parseSearch(query)
  const search = v.parse(QuoteFiltersSearchSchema, raw)
  return { raw, ...sanitizeFilters(search, model, raw) }
}

describe('the URL codec', () => {
  it('reads and writes readable lists and spaces', () => {
    const raw = parseSearch('?q=kazakh+language&session=31,32&topic=language-policy')
    expect(raw).toEqual({ q: 'kazakh language', session: ['31', '32'], topic: ['language-policy'] })
    expect(stringifySearch(raw)).toBe('?q=kazakh+language&session=31,32&topic=language-policy')
  })

  it('round-trips quotation marks and markup as text', () => {
    const q = '"national identity" <script>alert(1)</script> ’s'
    expect(parseSearch(stringifySearch({ q }))).toEqual({ q })
  })
})

describe('sanitizeFilters', () => {
  it('keeps what the corpus knows and reports the rest', () => {
    const { filters, ignored } = fromUrl(
      '?session=31,99&topic=nonsense&kind=direct,maybe&speaker=nobody&source=factsheet-2022&sort=sideways',
    )
    expect(filters).toMatchObject({
      session: ['31'],
      topic: [],
      kind: ['direct'],
      speaker: [],
      source: ['factsheet-2022'],
      sort: 'relevance',
    })
    expect(ignored.map((i) => i.reason)).toEqual([
      { code: 'invalid-value', param: 'sort', value: 'sideways' },
      { code: 'unknown-value', facet: 'session', value: '99' },
      { code: 'unknown-value', facet: 'topic', value: 'nonsense' },
      { code: 'unknown-value', facet: 'kind', value: 'maybe' },
      { code: 'unknown-value', facet: 'speaker', value: 'nobody' },
    ])
  })

  it('drops an over-long search text and says so', () => {
    const { filters, ignored } = fromUrl(`?q=${'a'.repeat(600)}`)
    expect(filters.q).toBe('')
    expect(ignored[0]?.reason).toEqual({ code: 'query-too-long', max: 500 })
  })

  it('falls back for values that are not text at all', () => {
    const search = v.parse(QuoteFiltersSearchSchema, { q: 42, session: 'x', sort: ['a'] })
    expect(search).toEqual({ q: undefined, session: undefined, sort: undefined })
  })

  it('reports parameters the page does not use', () => {
    expect(unknownParams({ q: 'x', foo: 'bar' }).map((i) => i.reason)).toEqual([
      { code: 'unknown-param', param: 'foo' },
    ])
  })
})

describe('filtersToSearch', () => {
  it('leaves defaults out of the URL', () => {
    const { filters } = fromUrl('')
    expect(stringifySearch(filtersToSearch(filters))).toBe('')
    expect(stringifySearch(filtersToSearch({ ...filters, q: '   ' }))).toBe('')
    expect(
      stringifySearch(
        filtersToSearch({ ...filters, q: 'unity', session: ['32'], sort: 'date-asc' }),
      ),
    ).toBe('?q=unity&session=32&sort=date-asc')
  })

  it('toggles a value in a list', () => {
    expect(toggleValue(['31'], '32')).toEqual(['31', '32'])
    expect(toggleValue(['31', '32'], '31')).toEqual(['32'])
  })
})
