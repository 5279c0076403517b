import type { CorpusModel } from '@/domain/corpus/model'
import { isLocale, LOCALE_NAMES } from '@/domain/i18n/locales'
import { FILTER_FACETS, type FilterFacet, type QuoteFilters } from '@/domain/filters/quote-filters'
import type { FacetCounts } from '@/domain/search/search-engine'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { originMessages } from '@/components/corpus/origin-messages'
import { useT } from '@/i18n/catalog'
import { explorerMessages } from '../messages'
import { quoteQuery } from './quote-query'

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
  const t = useT(explorerMessages)
  const { kindName, topicLabel, speakerName } = useCorpusTerms()
  const origin = useT(originMessages)
  const active = FILTER_FACETS.filter((f) => (filters[f] as string[]).length > 0)
  // A facet's counts ignore its own selection, so for a one-value-per-statement facet their sum
  // is what removing that filter would show (a statement can have several topics: no sum).
  const withoutFilter = (facet: FilterFacet): number | null =>
    facet === 'topic' ? null : [...counts[facet].values()].reduce((a, b) => a + b, 0)
  const label = (facet: FilterFacet, value: string): string => {
    switch (facet) {
      case 'session':
        return model.sessionById.get(value)?.roman ?? value
      case 'topic': {
        const topic = model.topicById.get(value)
        return topic ? topicLabel(topic) : value
      }
      case 'speaker': {
        const speaker = model.speakerById.get(value)
        return speaker ? speakerName(speaker) : value
      }
      case 'source':
        return model.sourceById.get(value)?.title ?? value
      case 'kind':
        return value === 'direct' || value === 'reported' ? kindName(value) : value
      case 'lang':
        return isLocale(value) ? LOCALE_NAMES[value] : value
      case 'origin':
        return value === 'corpus' || value === 'workspace' ? origin(`value.${value}`) : value
    }
  }
  const values = (facet: FilterFacet) =>
    (filters[facet] as string[]).map((v) => label(facet, v)).join(', ')
  return (
    <div className="rounded-lg border border-dashed border-slate-400 p-6 dark:border-slate-600">
      <p className="text-lg font-semibold">
        {query
          ? t(active.length > 0 ? 'empty.queryFiltered' : 'empty.query', {
              query: quoteQuery(query),
            })
          : t(active.length > 0 ? 'empty.filtered' : 'empty.none')}
      </p>
      <ul className="mt-3 flex list-disc flex-col gap-2 pl-5 text-slate-800 dark:text-slate-200">
        {active.map((facet) => (
          <li key={facet}>
            <button
              type="button"
              onClick={() => onRemoveFacet(facet)}
              className="text-left text-cyan-800 underline underline-offset-2 dark:text-cyan-300"
            >
              {t('empty.remove', { facet })}
            </button>{' '}
            <span className="text-slate-700 dark:text-slate-300">
              {withoutFilter(facet) === null
                ? t('empty.values', { values: values(facet) })
                : t('empty.valuesWouldShow', {
                    values: values(facet),
                    count: withoutFilter(facet),
                  })}
            </span>
          </li>
        ))}
        {query ? (
          <>
            <li>{t('empty.spelling')}</li>
            <li>{t('empty.phrase')}</li>
            <li>
              <button
                type="button"
                onClick={onClearQuery}
                className="text-left text-cyan-800 underline underline-offset-2 dark:text-cyan-300"
              >
                {t('empty.clearQuery')}
              </button>
            </li>
          </>
        ) : null}
      </ul>
    </div>
  )
}
