import { createFileRoute, notFound, useRouterState } from '@tanstack/react-router'
import { QuoteFiltersSearchSchema } from '@/domain/filters/quote-filters'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { NotFound } from '@/features/shell/components/not-found'
import { TopicPage } from '@/features/topics/components/topic-page'

export const Route = createFileRoute('/topics/$topicId')({
  staticData: { bookmarkControls: true },
  validateSearch: QuoteFiltersSearchSchema,
  loader: async ({ params }) => {
    const model = await loadCorpus()
    const topic = model.topicById.get(params.topicId)
    if (!topic) throw notFound()
    return { model, topic }
  },
  notFoundComponent: function TopicNotFound() {
    return <NotFound missing={{ kind: 'topic', id: Route.useParams().topicId }} />
  },
  component: function TopicRoute() {
    const { model, topic } = Route.useLoaderData()
    const navigate = Route.useNavigate()
    const rawSearch = useRouterState({ select: (s) => s.location.search })
    return (
      <TopicPage
        model={model}
        topic={topic}
        search={Route.useSearch()}
        rawSearch={rawSearch}
        onSearchChange={(search) => void navigate({ search, resetScroll: false })}
      />
    )
  },
})
