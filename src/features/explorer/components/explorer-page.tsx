import { Component, Suspense, useState, type ReactNode } from 'react'
import { PageHeading } from '@/components/page-heading'
import type { QuoteFiltersSearch } from '@/domain/filters/quote-filters'
import { useCorpus } from '@/features/corpus/use-corpus'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { QuoteExplorer, type SearchChange } from './quote-explorer'
import { quoteQuery } from './quote-query'
import { primaryButtonClass } from '@/components/button-styles'

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
  const q = search.q?.trim()
  useDocumentTitle(q ? `${quoteQuery(q)} · Quote explorer` : 'Quote explorer')
  const [attempt, setAttempt] = useState(0)
  return (
    <div data-owns-slash className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <PageHeading eyebrow="Quote explorer">Search the statements</PageHeading>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          Every statement, verbatim, with the source that reports it. The address bar keeps your
          search and filters: copy it to show someone exactly this view.
        </p>
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
  return (
    <div
      role="status"
      aria-busy="true"
      className="min-h-svh py-8 text-slate-700 dark:text-slate-300"
    >
      <p className="text-lg">Loading the statements…</p>
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
    return (
      <section
        role="alert"
        className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <h2 className="text-lg font-semibold">The statements could not be loaded</h2>
        <p className="mt-2">{error.message}</p>
        <p className="mt-2">
          Check your connection and try again; your bookmarks are not affected.
        </p>
        <button type="button" onClick={this.props.onRetry} className={`mt-4 ${primaryButtonClass}`}>
          Try again
        </button>
      </section>
    )
  }
}
