import { Component, Suspense, useState, type ReactNode } from 'react'
import { PageHeading } from '@/components/page-heading'
import type { QuoteFiltersSearch } from '@/domain/filters/quote-filters'
import { useCorpus } from '@/features/corpus/use-corpus'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { QuoteExplorer, type SearchChange } from './quote-explorer'
import { quoteQuery } from './quote-query'
import { primaryButtonClass } from '@/components/button-styles'
import { useT } from '@/i18n/catalog'
import { explorerMessages } from '../messages'

export interface ExplorerPageProps {
  /** The validated search params (every field has a fallback). */
  search: QuoteFiltersSearch
  /** The params as the URL had them, to say what was ignored. */
  rawSearch: Record<string, unknown>
  onSearchChange: SearchChange
  /** Actions composed in by the route, e.g. "Save this view" from the bookmarks feature. */
  headerActions?: ReactNode
}

/**
 * `/quotes`: the heading paints at once; the explorer follows when the corpus is loaded, with
 * a clear message while it loads and if it cannot be loaded.
 */
export function ExplorerPage({
  search,
  rawSearch,
  onSearchChange,
  headerActions,
}: ExplorerPageProps) {
  const t = useT(explorerMessages)
  const q = search.q?.trim()
  useDocumentTitle(q ? t('page.titleQuery', { query: quoteQuery(q) }) : t('page.title'))
  const [attempt, setAttempt] = useState(0)
  return (
    <div data-owns-slash className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <PageHeading eyebrow={t('page.eyebrow')}>{t('page.heading')}</PageHeading>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">{t('page.intro')}</p>
        {headerActions}
      </header>
      <CorpusErrorBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
        <Suspense fallback={<CorpusLoading />}>
          <LoadedExplorer search={search} rawSearch={rawSearch} onSearchChange={onSearchChange} />
        </Suspense>
      </CorpusErrorBoundary>
    </div>
  )
}

function LoadedExplorer(props: ExplorerPageProps) {
  const model = useCorpus()
  return <QuoteExplorer model={model} {...props} />
}

/** As tall as the screen: the footer stays out of view, so the results do not push it. */
function CorpusLoading() {
  const t = useT(explorerMessages)
  return (
    <div
      role="status"
      aria-busy="true"
      className="min-h-svh py-8 text-slate-700 dark:text-slate-300"
    >
      <p className="text-lg">{t('page.loading')}</p>
    </div>
  )
}

class CorpusErrorBoundary extends Component<
  { children: ReactNode; onRetry: () => void },
  { error: Error | null }
> {
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    return <CorpusError error={error} onRetry={this.props.onRetry} />
  }
}

function CorpusError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT(explorerMessages)
  return (
    <section
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h2 className="text-lg font-semibold">{t('page.error')}</h2>
      <p className="mt-2">{error.message}</p>
      <p className="mt-2">{t('page.errorAdvice')}</p>
      <button type="button" onClick={onRetry} className={`mt-4 ${primaryButtonClass}`}>
        {t('page.retry')}
      </button>
    </section>
  )
}
