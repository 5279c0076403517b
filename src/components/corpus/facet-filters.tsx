import { useId, useState } from 'react'
import type { SourceKind } from '@/domain/corpus/schema'
import type { FilterFacet, QuoteFilters } from '@/domain/filters/quote-filters'
import { useT } from '@/i18n/catalog'
import { useCorpusTerms } from './use-corpus-terms'
import { buttonClass } from '../button-styles'
import { originMessages } from './origin-messages'
import { viewMessages } from './view-messages'

export interface FacetOption {
  value: string
  label: string
  /** The full name, when the label is shortened. */
  title?: string
  /** A source's kind, named after its title. */
  sourceKind?: SourceKind
  /** Statements this value would show with the other filters as they are. */
  count: number
}

export interface FacetGroup {
  facet: FilterFacet
  options: FacetOption[]
}

interface FacetFiltersProps {
  groups: FacetGroup[]
  filters: QuoteFilters
  onToggle: (facet: FilterFacet, value: string) => void
  onClear: () => void
  /** e.g. "Showing 4 of 12 statements". */
  summary: string
  /** `stacked` for a sidebar, `wide` for a full-width bar. */
  layout?: 'stacked' | 'wide'
}

/**
 * Checkbox filters for a page's statements. Each change goes to the URL (the page's owner
 * decides how), so the view can be shared and back/forward restore it.
 */
export function FacetFilters({
  groups,
  filters,
  onToggle,
  onClear,
  summary,
  layout = 'stacked',
}: FacetFiltersProps) {
  const { t, kindName, sourceKindName } = useCorpusTerms()
  const views = useT(viewMessages)
  const origin = useT(originMessages)
  const optionLabel = (facet: FilterFacet, option: FacetOption) =>
    facet === 'kind' && (option.value === 'direct' || option.value === 'reported')
      ? kindName(option.value)
      : facet === 'origin' && (option.value === 'corpus' || option.value === 'workspace')
        ? origin(`value.${option.value}`)
        : option.sourceKind
          ? `${option.label} (${sourceKindName(option.sourceKind)})`
          : option.label
  const headingId = useId()
  const active = groups.some((g) => (filters[g.facet] as string[]).length > 0)
  // Open where there is room (or when filters are on); on a phone the statements come first.
  const [open, setOpen] = useState(() => active || !isNarrowScreen())
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900/60"
    >
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer list-none rounded [&::-webkit-details-marker]:hidden">
          <span className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={headingId} className="text-base font-semibold">
              <span
                aria-hidden="true"
                className="mr-1 inline-block w-3 text-slate-600 dark:text-slate-400"
              >
                {open ? '▾' : '▸'}
              </span>
              {t('facets.heading')}
            </h2>
            <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
              {summary}
            </span>
          </span>
        </summary>
        <div
          className={`mt-3 ${layout === 'wide' ? 'flex flex-wrap gap-x-10 gap-y-4' : 'grid gap-4'}`}
        >
          {groups
            .filter((g) => g.options.length > 0)
            .map((group) => (
              <fieldset
                key={group.facet}
                className={`min-w-0 ${layout === 'wide' ? (group.facet === 'source' ? 'basis-full' : 'grow-0') : ''}`}
              >
                <legend className="mb-1.5 text-sm font-medium text-slate-700 dark:text-slate-300">
                  {views(`facet.${group.facet}`)}
                </legend>
                <div className="flex flex-wrap gap-2">
                  {group.options.map((option) => {
                    const checked = (filters[group.facet] as string[]).includes(option.value)
                    return (
                      <label
                        key={option.value}
                        className="inline-flex max-w-full cursor-pointer sm:max-w-sm items-center gap-2 rounded-2xl border border-slate-300 bg-white px-3 py-1 text-sm hover:border-slate-500 has-[:checked]:border-cyan-800 has-[:checked]:bg-cyan-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600 dark:border-slate-700 dark:bg-slate-950 dark:hover:border-slate-400 dark:has-[:checked]:border-cyan-400 dark:has-[:checked]:bg-cyan-950"
                      >
                        <input
                          type="checkbox"
                          checked={checked}
                          onChange={() => onToggle(group.facet, option.value)}
                          className="h-4 w-4 shrink-0 accent-cyan-800 focus-visible:outline-none dark:accent-cyan-400"
                        />
                        <span className="min-w-0 leading-snug" title={option.title}>
                          {optionLabel(group.facet, option)}
                        </span>{' '}
                        <span className="text-slate-600 tabular-nums dark:text-slate-400">
                          <span aria-hidden="true">{option.count}</span>
                          <span className="sr-only">
                            {t('facets.count', { count: option.count })}
                          </span>
                        </span>
                      </label>
                    )
                  })}
                </div>
              </fieldset>
            ))}
        </div>
        {active ? (
          <button type="button" onClick={onClear} className={`mt-4 ${buttonClass}`}>
            {t('facets.clear')}
          </button>
        ) : null}
      </details>
    </section>
  )
}

function isNarrowScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 639px)').matches
}
