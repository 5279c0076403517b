import { createFileRoute, useRouterState } from '@tanstack/react-router'
import { KwicSearchSchema } from '@/domain/reading/search-schemas'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { KwicPage } from '@/features/words/components/kwic-page'

export const Route = createFileRoute('/kwic')({
  validateSearch: KwicSearchSchema,
  loader: () => loadCorpus(),
  component: function KwicRoute() {
    const navigate = Route.useNavigate()
    const rawSearch = useRouterState({ select: (s) => s.location.search })
    return (
      <KwicPage
        model={Route.useLoaderData()}
        search={Route.useSearch()}
        rawSearch={rawSearch}
        onSearchChange={(search) => void navigate({ search, resetScroll: false })}
      />
    )
  },
})
