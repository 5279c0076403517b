import { createFileRoute, useRouterState } from '@tanstack/react-router'
import { QuoteFiltersSearchSchema } from '@/domain/filters/quote-filters'
import { SaveViewButton } from '@/features/bookmarks/components/save-view-button'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { ExplorerPage } from '@/features/explorer/components/explorer-page'

export const Route = createFileRoute('/quotes/')({
  staticData: { bookmarkControls: true },
  validateSearch: QuoteFiltersSearchSchema,
  // Start both downloads the view needs at once, before its code has even loaded: the
  // corpus, and the search index file the builder wrote.
  loader: () => {
    void loadCorpus().catch(() => {}) // the view shows a failure itself
    void import('@/features/explorer/search/load-search-index').then(
      ({ loadSearchIndexFile }) => loadSearchIndexFile().catch(() => {}), // the search client falls back on a failure
    )
  },
  component: function QuotesRoute() {
    const navigate = Route.useNavigate()
    const rawSearch = useRouterState({ select: (s) => s.location.search })
    const href = useRouterState({ select: (s) => s.location.href })
    const search = Route.useSearch()
    return (
      <ExplorerPage
        search={search}
        rawSearch={rawSearch}
        headerActions={
          <SaveViewButton url={href} suggestedName={search.q?.trim() || 'All statements'} />
        }
        onSearchChange={(update, { replace }) =>
          void navigate({ search: update, replace, resetScroll: false })
        }
      />
    )
  },
})
