import { describe, expect, it } from 'vitest'
import { sessionQuotes } from '@/domain/corpus/grouping'
import { facetOptions, shorten } from '@/domain/filters/facet-options'
import { sanitizeFilters } from '@/domain/filters/quote-filters'
import { applyFacets, scopeFilters, toggleFacetValue } from '@/domain/filters/scoped-filters'
import { readingModel } from '../../fixtures/reading-corpus'

const session32 = { facet: 'session', value: '32', label: 'the XXXII session' } as const

describe('scopeFilters', () => {
  it('applies the facets and links to the explorer with the page’s scope added', () => {
    const scoped = scopeFilters(sanitizeFilters({ kind: ['direct'] }, readingModel), session32)
    expect(scoped.filters.kind).toEqual(['direct'])
    expect(scoped.filters.session).toEqual([])
    expect(scoped.ignored).toEqual([])
    expect(scoped.explorerSearch).toEqual({
      q: undefined,
      session: ['32'],
      topic: undefined,
      kind: ['direct'],
      speaker: undefined,
      source: undefined,
      sort: undefined,
    })
  })

  it('reports another session and a text query as not applied, but keeps the query for the explorer', () => {
    const scoped = scopeFilters(
      sanitizeFilters({ session: ['31', '32'], q: 'language' }, readingModel),
      session32,
    )
    expect(scoped.ignored.map((i) => [i.param, i.value])).toEqual([
      ['session', '31'],
      ['q', 'language'],
    ])
    expect(scoped.ignored.map((i) => i.reason)).toEqual([
      { code: 'outside-scope', facet: 'session', value: '31', scope: session32.label },
      { code: 'query-elsewhere', query: 'language' },
    ])
    expect(scoped.explorerSearch.q).toBe('language')
    expect(scoped.explorerSearch.session).toEqual(['32'])
  })

  it('keeps what sanitizeFilters already dropped in the report', () => {
    const scoped = scopeFilters(sanitizeFilters({ topic: ['nonsense'] }, readingModel), session32)
    expect(scoped.ignored.map((i) => i.reason)).toEqual([
      { code: 'unknown-value', facet: 'topic', value: 'nonsense' },
    ])
  })
})

describe('applyFacets and toggleFacetValue', () => {
  it('narrows and widens the statements shown', () => {
    const all = sessionQuotes(readingModel, '32')
    const base = sanitizeFilters({}, readingModel).filters
    const reported = toggleFacetValue(base, 'kind', 'reported')
    expect(applyFacets(all, reported).every((q) => q.kind === 'reported')).toBe(true)
    expect(applyFacets(all, reported)).toHaveLength(4)
    expect(applyFacets(all, toggleFacetValue(reported, 'kind', 'reported'))).toHaveLength(6)
  })
})

describe('facetOptions', () => {
  it('offers the values present on the page, with counts under the other filters', () => {
    const all = sessionQuotes(readingModel, '32')
    const filters = sanitizeFilters({ kind: ['direct'] }, readingModel).filters
    const groups = facetOptions(readingModel, all, filters, ['kind', 'speaker', 'topic'])
    const kind = groups.find((g) => g.facet === 'kind')!
    // Kind counts ignore the kind filter itself: 2 direct and 4 reported in session 32.
    expect(kind.options.map((o) => [o.value, o.count])).toEqual([
      ['direct', 2],
      ['reported', 4],
    ])
    const speaker = groups.find((g) => g.facet === 'speaker')!
    expect(speaker.options.map((o) => [o.value, o.count])).toEqual([
      ['tokayev', 1],
      ['tanzila-khashiyeva', 1],
    ])
    const topics = groups.find((g) => g.facet === 'topic')!.options.map((o) => o.value)
    expect(topics).not.toContain('countering-extremism')
    expect(topics).toContain('language-policy')
  })

  it('leaves out a facet with a single value and nothing selected', () => {
    const only2022Factsheet = sessionQuotes(readingModel, '31').filter(
      (q) => q.sourceId === 'factsheet-2022',
    )
    const filters = sanitizeFilters({}, readingModel).filters
    expect(facetOptions(readingModel, only2022Factsheet, filters, ['source', 'speaker'])).toEqual(
      [],
    )
  })
})

describe('shorten', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(shorten('Factsheet on President Tokayev’s participation', 30)).toBe(
      'Factsheet on President…',
    )
    expect(shorten('Short title', 30)).toBe('Short title')
  })
})
