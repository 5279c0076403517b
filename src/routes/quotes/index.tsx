import { createFileRoute, useRouterState } from '@tanstack/react-router'
import { QuoteFiltersSearchSchema } from '@/domain/filters/quote-filters'
import { SaveViewButton } from '@/features/bookmarks/components/save-view-button'
import { ExplorerPage } from '@/features/explorer/components/explorer-page'
import { preloadExplorer } from '@/features/explorer/search/preload-explorer'

export const Route = createFileRoute('/quotes/')({
  staticData: { bookmarkControls: true },
  validateSearch: QuoteFiltersSearchSchema,
  loader: preloadExplorer,
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
