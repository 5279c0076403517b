import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { CorpusModel } from '@/domain/corpus/model'
import {
  FILTER_FACETS,
  filtersToSearch,
  noFacets,
  sanitizeFilters,
  toggleValue,
  unknownParams,
  type FilterFacet,
  type QuoteFilters,
  type QuoteFiltersSearch,
  type SortOrder,
} from '@/domain/filters/quote-filters'
import { ExportView } from '@/components/export/export-view'
import { searchClientFor } from '../search/search-client'
import { useSearchResults } from '../search/use-search-results'
import { EmptyResults } from './empty-results'
import { ExplorerFacets } from './explorer-facets'
import { IgnoredParamsNotice } from '@/components/ignored-params-notice'
import { ResultList, type ResultListHandle } from './result-list'
import { SearchBox } from './search-box'
import { quoteQuery } from './quote-query'
import { OwnDocumentsElsewhere } from '@/components/corpus/own-documents-elsewhere'
import { RelatedViews, WordToolsLinks } from './related-views'
import { SortSelect } from './sort-select'
import { useT } from '@/i18n/catalog'
import { explorerMessages } from '../messages'

export type SearchUpdate = (previous: QuoteFiltersSearch) => QuoteFiltersSearch
/** Writes to the URL: `replace` for typing (no history entry per keystroke), push otherwise. */
export type SearchChange = (update: SearchUpdate, options: { replace: boolean }) => void

interface QuoteExplorerProps {
  model: CorpusModel
  search: QuoteFiltersSearch
  rawSearch: Record<string, unknown>
  onSearchChange: SearchChange
}

/**
 * The explorer over a loaded corpus. The URL owns every filter: this component reads them
 * from `search` and writes changes back through `onSearchChange`; nothing else keeps a copy.
 * The one exception is the text box's own value while typing, which mirrors `?q=`: each
 * keystroke searches as soon as its character is on screen, and the URL follows as soon as
 * typing pauses (URL_WRITE_DELAY), the box loses focus, or any other filter changes — with
 * `replace`, so typing adds no history entries. Writing the address on every keystroke costs the main thread a history update and
 * a router pass per key, time the results need.
 *
 * A keystroke does not render anything by itself: the box is uncontrolled, and `text` (what
 * the view shows results for) changes in the same render as the answer that goes with it.
 * So each keystroke costs one render, when there is something new to show.
 */
export function QuoteExplorer({ model, search, rawSearch, onSearchChange }: QuoteExplorerProps) {
  const t = useT(explorerMessages)
  const { filters, ignored } = useMemo(() => {
    const sanitized = sanitizeFilters(search, model, rawSearch)
    return {
      filters: sanitized.filters,
      ignored: [...sanitized.ignored, ...unknownParams(rawSearch)],
    }
  }, [search, model, rawSearch])

  /** The text the results on screen are for. */
  const [text, setText] = useState(filters.q)
  const [initialText] = useState(filters.q)
  /** The text in the box, which the URL has or is about to get. */
  const typed = useRef(filters.q)
  const inputRef = useRef<HTMLInputElement>(null)
  const setBoxText = (value: string) => {
    if (inputRef.current && inputRef.current.value !== value) inputRef.current.value = value
  }
  const pendingWrite = useRef<ReturnType<typeof setTimeout> | null>(null)
  const cancelPendingWrite = () => {
    if (pendingWrite.current !== null) clearTimeout(pendingWrite.current)
    pendingWrite.current = null
  }
  // Back/forward (or a link) changed ?q=: show it in the box.
  useEffect(() => {
    if (filters.q !== typed.current) {
      cancelPendingWrite()
      typed.current = filters.q
      setBoxText(filters.q)
      setText(filters.q)
    }
  }, [filters.q])
  useEffect(() => cancelPendingWrite, [])

  const listRef = useRef<ResultListHandle>(null)
  const [facetsOpen, setFacetsOpen] = useState(false)
  const facetsId = useId()

  const change = (next: Partial<QuoteFilters>, replace = false) => {
    cancelPendingWrite() // this write carries the typed text too
    setText(next.q ?? typed.current) // the new results are for the box's text, answered or not
    onSearchChange(
      (previous) =>
        filtersToSearch({
          ...sanitizeFilters(previous, model).filters,
          q: typed.current,
          ...next,
        }),
      { replace },
    )
  }
  const flushTyping = () => {
    if (pendingWrite.current !== null) change({}, true)
  }

  const onType = (value: string) => {
    typed.current = value
    setBoxText(value)
    cancelPendingWrite()
    pendingWrite.current = setTimeout(() => change({}, true), URL_WRITE_DELAY)
    searchNow({ ...filters, q: value }, () => setText(value))
  }

  // Stable across keystrokes, so the facet groups re-render only when their counts change.
  const latest = useRef({ filters, change })
  useLayoutEffect(() => {
    latest.current = { filters, change }
  })
  const onToggle = useCallback((facet: FilterFacet, value: string) => {
    const { filters: current, change: apply } = latest.current
    apply({ [facet]: toggleValue(current[facet] as string[], value) })
  }, [])

  const focusSearch = useCallback(() => inputRef.current?.focus(), [])

  const request = useMemo(() => ({ ...filters, q: text }), [filters, text])
  const { answer, answered, pending, searchNow } = useSearchResults(model, request)
  const order = answer?.result.order ?? null
  const activeFacets = FILTER_FACETS.filter((f) => (filters[f] as string[]).length > 0)
  const activeCount = activeFacets.reduce((n, f) => n + (filters[f] as string[]).length, 0)
  const hasQuery = text.trim() !== ''

  const total = model.corpus.quotes.length
  const askedQuery = answered?.q.trim() ?? ''
  const counted = {
    shown: order?.length ?? 0,
    total,
    query: quoteQuery(askedQuery),
    facets: activeFacets.map((facet) => t(`facet.${facet}`)).join(', '),
  }
  const summary =
    order === null
      ? t('summary.preparing')
      : !askedQuery && activeCount === 0
        ? t('summary.all', counted)
        : askedQuery
          ? t(activeFacets.length > 0 ? 'summary.matchFiltered' : 'summary.match', counted)
          : t('summary.filtered', counted)
  const announced = useDebounced(summary, 600)

  return (
    <div className="flex flex-col gap-5">
      <IgnoredParamsNotice ignored={ignored} />
      {filters.origin.includes('workspace') && model.workspaceSourceIds.size === 0 ? (
        <OwnDocumentsElsewhere />
      ) : null}
      <SearchBox
        initialValue={initialText}
        onChange={onType}
        onDone={flushTyping}
        inputRef={inputRef}
        onEnterResults={() => listRef.current?.focusResult(0)}
      />

      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-b border-slate-200 pb-3 dark:border-slate-800">
        <p
          aria-hidden="true"
          data-result-count={order?.length}
          data-result-query={answered?.q}
          data-search-mode={order === null ? undefined : searchClientFor(model).mode()}
          className="text-base font-medium text-slate-900 dark:text-slate-100"
        >
          {summary}
        </p>
        <p className="sr-only" aria-live="polite" role="status">
          {announced}
        </p>
        <div className="flex min-w-0 max-w-full flex-wrap items-center gap-3">
          <SortSelect
            value={filters.sort}
            hasQuery={hasQuery}
            onChange={(sort: SortOrder) => change({ sort })}
          />
          {activeCount > 0 || hasQuery ? (
            <button
              type="button"
              onClick={() => {
                typed.current = ''
                setBoxText('')
                change({ q: '', ...noFacets() })
              }}
              className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              {t('filters.clearAll')}
            </button>
          ) : null}
        </div>
      </div>

      {order !== null && order.length > 0 ? (
        <ExportView
          model={model}
          view={{
            title: 'Quote explorer',
            filters: { ...filters, q: askedQuery },
          }}
          quotes={() => Array.from(order, (i) => model.corpus.quotes[i]!)}
        />
      ) : null}
      <RelatedViews model={model} filters={filters} />
      <WordToolsLinks query={askedQuery} />

      <div className="grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <section aria-labelledby={`${facetsId}-heading`} className="min-w-0">
          <h2
            id={`${facetsId}-heading`}
            className="sr-only lg:not-sr-only lg:mb-3 lg:text-lg lg:font-semibold"
          >
            {t('filters.heading')}
          </h2>
          <button
            type="button"
            aria-expanded={facetsOpen}
            aria-controls={facetsId}
            onClick={() => setFacetsOpen((open) => !open)}
            className="w-full rounded border border-slate-400 px-3 py-2 text-left font-medium lg:hidden dark:border-slate-600"
          >
            {activeCount > 0
              ? t('filters.active', {
                  label: t(facetsOpen ? 'filters.hide' : 'filters.show'),
                  count: activeCount,
                })
              : t(facetsOpen ? 'filters.hide' : 'filters.show')}
          </button>
          <div id={facetsId} className={`${facetsOpen ? 'mt-4 block' : 'hidden'} lg:mt-0 lg:block`}>
            <ExplorerFacets
              model={model}
              filters={filters}
              counts={answer?.result.facetCounts ?? null}
              onToggle={onToggle}
            />
          </div>
        </section>

        <section aria-labelledby={`${facetsId}-results`} aria-busy={pending} className="min-w-0">
          <h2 id={`${facetsId}-results`} className="sr-only">
            {t('results.heading')}
          </h2>
          {order === null ? (
            <p role="status" className="py-6 text-slate-700 dark:text-slate-300">
              {t('results.preparing')}
            </p>
          ) : order.length === 0 ? (
            <EmptyResults
              query={answered?.q.trim() ?? ''}
              filters={filters}
              model={model}
              counts={answer!.result.facetCounts}
              onRemoveFacet={(facet) => change({ [facet]: [] })}
              onClearQuery={() => onType('')}
            />
          ) : (
            <ResultList
              ref={listRef}
              model={model}
              order={order}
              highlight={answer!.result.highlight}
              onLeave={focusSearch}
            />
          )}
        </section>
      </div>
    </div>
  )
}

/** How long typing must pause before the address bar follows, in milliseconds. */
const URL_WRITE_DELAY = 300

/** The value, once it has stopped changing for `ms`: a screen reader hears the settled count. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}
