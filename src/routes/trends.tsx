import { createFileRoute, useRouterState } from '@tanstack/react-router'
import { TrendsSearchSchema } from '@/domain/reading/search-schemas'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { TrendsPage } from '@/features/words/components/trends-page'

export const Route = createFileRoute('/trends')({
  validateSearch: TrendsSearchSchema,
  loader: () => loadCorpus(),
  component: function TrendsRoute() {
    const navigate = Route.useNavigate()
    const rawSearch = useRouterState({ select: (s) => s.location.search })
    return (
      <TrendsPage
        model={Route.useLoaderData()}
        search={Route.useSearch()}
        rawSearch={rawSearch}
        onSearchChange={(search) => void navigate({ search, resetScroll: false })}
      />
    )
  },
})
