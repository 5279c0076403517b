import { createFileRoute, notFound, useRouterState } from '@tanstack/react-router'
import { QuoteFiltersSearchSchema } from '@/domain/filters/quote-filters'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { SessionPage } from '@/features/sessions/components/session-page'
import { NotFound } from '@/features/shell/components/not-found'

export const Route = createFileRoute('/sessions/$number')({
  staticData: { bookmarkControls: true },
  validateSearch: QuoteFiltersSearchSchema,
  loader: async ({ params }) => {
    const model = await loadCorpus()
    const session = model.sessionById.get(params.number)
    if (!session) throw notFound()
    return { model, session }
  },
  notFoundComponent: function SessionNotFound() {
    return <NotFound missing={{ kind: 'session', id: Route.useParams().number }} />
  },
  component: function SessionRoute() {
    const { model, session } = Route.useLoaderData()
    const navigate = Route.useNavigate()
    const rawSearch = useRouterState({ select: (s) => s.location.search })
    return (
      <SessionPage
        model={model}
        session={session}
        search={Route.useSearch()}
        rawSearch={rawSearch}
        onSearchChange={(search) => void navigate({ search, resetScroll: false })}
      />
    )
  },
})
