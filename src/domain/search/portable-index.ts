/**
 * The search indexes as data that can cross from a Web Worker to the page: the worker builds
 * them (a second of work at 100,000 statements) and hands them over, and the page answers each
 * keystroke itself, in the keystroke's own task. The big parts are typed arrays, which move
 * without being copied; the two maps are rebuilt on arrival (tens of milliseconds at 100,000
 * statements), because a class instance loses its methods on the way.
 */
import { FILTER_FACETS, type FilterFacet } from '../filters/quote-filters'
import SearchableMap from 'minisearch/SearchableMap'
import type { FacetColumn, FacetTable } from './facet-table'
import type { TextIndex } from './text-index'

export interface SearchIndexes {
  readonly text: TextIndex
  readonly facets: FacetTable
}

export interface PortableIndexes {
  readonly text: Omit<TextIndex, 'dictionary'>
  readonly facets: Omit<FacetTable, 'columns'> & {
    readonly columns: Readonly<Record<FilterFacet, Omit<FacetColumn, 'valueNumber'>>>
  }
}

/** The indexes as portable data, and the buffers to transfer with it (not copy). */
export function toPortable({ text, facets }: SearchIndexes): {
  data: PortableIndexes
  transfer: ArrayBuffer[]
} {
  const { dictionary: _dictionary, ...portableText } = text
  const columns = {} as Record<FilterFacet, Omit<FacetColumn, 'valueNumber'>>
  for (const facet of FILTER_FACETS) {
    const { valueNumber: _valueNumber, ...column } = facets.columns[facet]
    columns[facet] = column
  }
  const data: PortableIndexes = { text: portableText, facets: { ...facets, columns } }
  const arrays = [
    text.alphabetical,
    text.postingStart,
    text.postingDoc,
    text.postingCount,
    text.docLength,
    text.irregularSpace,
    ...FILTER_FACETS.flatMap((f) => [facets.columns[f].start, facets.columns[f].valueOf]),
    ...Object.values(facets.orders),
    ...Object.values(facets.ranks),
  ]
  // A buffer can be listed once only, and only a whole buffer moves.
  const transfer = [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]
  return { data, transfer }
}

/** The indexes again, from portable data (the maps rebuilt). */
export function fromPortable({ text, facets }: PortableIndexes): SearchIndexes {
  const dictionary = new SearchableMap<number>()
  text.termStems.forEach((stem, term) => dictionary.set(stem, term))
  const columns = {} as Record<FilterFacet, FacetColumn>
  for (const facet of FILTER_FACETS) {
    const column = facets.columns[facet]
    columns[facet] = { ...column, valueNumber: new Map(column.values.map((v, i) => [v, i])) }
  }
  return { text: { ...text, dictionary }, facets: { ...facets, columns } }
}
