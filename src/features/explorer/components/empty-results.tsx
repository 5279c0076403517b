import type { CorpusModel } from '@/domain/corpus/model'
import { plural } from '@/domain/corpus/format'
import { isLocale, LOCALE_NAMES } from '@/domain/i18n/locales'
import { FILTER_FACETS, type FilterFacet, type QuoteFilters } from '@/domain/filters/quote-filters'
import type { FacetCounts } from '@/domain/search/search-engine'
import { quoteQuery } from './quote-query'

const FACET_NAMES: Record<FilterFacet, string> = {
  session: 'session',
  topic: 'topic',
  kind: 'kind',
  speaker: 'speaker',
  source: 'source',
  lang: 'language',
}

/** No statement matches: say so plainly and offer the ways out. */
export function EmptyResults({
  query,
  filters,
  model,
  counts,
  onRemoveFacet,
  onClearQuery,
}: {
  query: string
  filters: QuoteFilters
  model: CorpusModel
  counts: FacetCounts

  onRemoveFacet: (facet: FilterFacet) => void
  onClearQuery: () => void
}) {
  const active = FILTER_FACETS.filter((f) => (filters[f] as string[]).length > 0)
  // A facet's counts ignore its own selection, so for a one-value-per-statement facet their sum
  // is what removing that filter would show (a statement can have several topics: no sum).
  const withoutFilter = (facet: FilterFacet): number | null =>
    facet === 'topic' ? null : [...counts[facet].values()].reduce((a, b) => a + b, 0)
  const label = (facet: FilterFacet, value: string): string => {
    switch (facet) {
      case 'session':
        return model.sessionById.get(value)?.roman ?? value
      case 'topic':
        return model.topicById.get(value)?.label ?? value
      case 'speaker':
        return model.speakerById.get(value)?.name ?? value
      case 'source':
        return model.sourceById.get(value)?.title ?? value
      case 'kind':
        return value === 'direct' ? 'Direct quote' : 'Reported'
      case 'lang':
        return isLocale(value) ? LOCALE_NAMES[value] : value
    }
  }
  return (
    <div className="rounded-lg border border-dashed border-slate-400 p-6 dark:border-slate-600">
      <p className="text-lg font-semibold">
        No statement matches{query ? ` ${quoteQuery(query)}` : ''}
        {active.length > 0 ? ' with these filters' : ''}.
      </p>
      <ul className="mt-3 flex list-disc flex-col gap-2 pl-5 text-slate-800 dark:text-slate-200">
        {active.map((facet) => (
          <li key={facet}>
            <button
              type="button"
              onClick={() => onRemoveFacet(facet)}
              className="text-left text-cyan-800 underline underline-offset-2 dark:text-cyan-300"
            >
              Remove the {FACET_NAMES[facet]} filter
            </button>{' '}
            <span className="text-slate-700 dark:text-slate-300">
              ({(filters[facet] as string[]).map((v) => label(facet, v)).join(', ')})
              {withoutFilter(facet) !== null
                ? ` would show ${plural(withoutFilter(facet) as number, 'statement')}`
                : ''}
            </span>
          </li>
        ))}
        {query ? (
          <>
            <li>Check the spelling, or use fewer or shorter words.</li>
            <li>An “exact phrase” must match word for word; try it without quotation marks.</li>
            <li>
              <button
                type="button"
                onClick={onClearQuery}
                className="text-left text-cyan-800 underline underline-offset-2 dark:text-cyan-300"
              >
                Clear the search text
              </button>
            </li>
          </>
        ) : null}
      </ul>
    </div>
  )
}
