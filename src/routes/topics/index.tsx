import { createFileRoute } from '@tanstack/react-router'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { TopicsPage } from '@/features/topics/components/topics-page'

export const Route = createFileRoute('/topics/')({
  loader: () => loadCorpus(),
  component: function TopicsRoute() {
    return <TopicsPage model={Route.useLoaderData()} />
  },
})
