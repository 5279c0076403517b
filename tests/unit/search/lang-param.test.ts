import { describe, expect, it } from 'vitest'
import { buildCorpusModel } from '@/domain/corpus/model'
import { QuoteFiltersSearchSchema, sanitizeFilters } from '@/domain/filters/quote-filters'
import { parseSearch, stringifySearch } from '@/domain/url/search-codec'
import * as v from 'valibot'
import { explorerCorpus } from '../../fixtures/explorer-corpus'

describe('the lang URL parameter', () => {
  it('reads as a readable list, like the other facets', () => {
    expect(parseSearch('?lang=ru,kk')).toEqual({ lang: ['ru', 'kk'] })
    expect(stringifySearch({ lang: ['ru', 'kk'] })).toBe('?lang=ru,kk')
  })

  it('keeps a language the corpus has, and says why it ignored one it has not', () => {
    const model = buildCorpusModel(explorerCorpus)
    const raw = parseSearch('?lang=en,de')
    const { filters, ignored } = sanitizeFilters(v.parse(QuoteFiltersSearchSchema, raw), model, raw)
    expect(filters.lang).toEqual(['en'])
    expect(ignored).toEqual([expect.objectContaining({ param: 'lang', value: 'de' })])
  })
})
