import { createFileRoute, useRouterState } from '@tanstack/react-router'
import { QuoteFiltersSearchSchema } from '@/domain/filters/quote-filters'
import { SaveViewButton } from '@/features/bookmarks/components/save-view-button'
import { ExplorerPage } from '@/features/explorer/components/explorer-page'

export const Route = createFileRoute('/quotes/')({
  staticData: { bookmarkControls: true },
  validateSearch: QuoteFiltersSearchSchema,
  // Start the search worker at once: it loads the corpus and builds its index in parallel.
  // (Imported lazily: a loader stays in the entry chunk, and the search engine must not.)
  loader: () =>
    import('@/features/explorer/search/search-client').then(({ warmUpSearch }) => warmUpSearch()),
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
