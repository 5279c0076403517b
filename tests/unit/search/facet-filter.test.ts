import { describe, expect, it } from 'vitest'
import { FILTER_FACETS, type FilterFacet, type QuoteFilters } from '@/domain/filters/quote-filters'
import {
  countsByValue,
  emptyCounts,
  facetColumns,
  filterAndCount,
  selectedValues,
} from '@/domain/search/facet-filter'
import { createSearchScratch } from '@/domain/search/search-scratch'
import { facetTable } from './scratch-fixtures'

// Five statements: sessions 31, 31, 32, 32, 33; kinds direct, reported, direct, reported, direct.
const facets = facetTable(
  ['31', '31', '32', '32', '33'],
  ['direct', 'reported', 'direct', 'reported', 'direct'],
  [4, 3, 2, 1, 0],
)
const columns = facetColumns(facets)
const none: Pick<QuoteFilters, FilterFacet> = {
  session: [],
  topic: [],
  kind: [],
  speaker: [],
  source: [],
  lang: [],
  origin: [],
}

function run(selection: Partial<typeof none>, candidates: number[]) {
  const scratch = createSearchScratch(facets.size)
  scratch.candidates.set(candidates)
  const counts = emptyCounts(facets)
  const masks = selectedValues(facets, { ...none, ...selection })
  const n = filterAndCount(columns, scratch, candidates.length, masks, counts)
  const byValue = countsByValue(facets, counts)
  return {
    results: [...scratch.candidates.subarray(0, n)],
    session: Object.fromEntries(byValue.session),
    kind: Object.fromEntries(byValue.kind),
  }
}

describe('selectedValues', () => {
  it('is null for a facet with nothing chosen, a mask over its values otherwise', () => {
    const masks = selectedValues(facets, { ...none, session: ['32', 'unknown'] })
    expect(masks[0]).toEqual(Uint8Array.from([0, 1, 0]))
    expect(masks).toHaveLength(FILTER_FACETS.length)
    expect(masks.slice(1)).toEqual(FILTER_FACETS.slice(1).map(() => null))
  })
})

describe('filterAndCount', () => {
  it('with nothing selected, keeps every candidate and counts each value', () => {
    const out = run({}, [0, 2, 4])
    expect(out.results).toEqual([0, 2, 4])
    expect(out.session).toEqual({ '31': 1, '32': 1, '33': 1 })
    expect(out.kind).toEqual({ direct: 3, reported: 0 })
  })

  it("keeps those passing every facet, compacted in their order, and counts a facet's values as if it were not selected", () => {
    const out = run({ session: ['32'], kind: ['direct'] }, [0, 1, 2, 3, 4])
    expect(out.results).toEqual([2])
    // Session counts: the statements that pass the kind filter (0, 2, 4), by session.
    expect(out.session).toEqual({ '31': 1, '32': 1, '33': 1 })
    // Kind counts: the statements that pass the session filter (2, 3), by kind.
    expect(out.kind).toEqual({ direct: 1, reported: 1 })
  })

  it('counts a statement failing two facets nowhere', () => {
    // Statement 1 is session 31 and reported: it fails both selections.
    const out = run({ session: ['32'], kind: ['direct'] }, [1])
    expect(out.results).toEqual([])
    expect(out.session).toEqual({ '31': 0, '32': 0, '33': 0 })
    expect(out.kind).toEqual({ direct: 0, reported: 0 })
  })

  it('reads only the candidates it is given', () => {
    const out = run({ session: ['31'] }, [1, 3])
    expect(out.results).toEqual([1])
    expect(out.session).toEqual({ '31': 1, '32': 1, '33': 0 })
  })
})
