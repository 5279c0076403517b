import { createFileRoute } from '@tanstack/react-router'
import { loadCorpusSummary } from '@/features/corpus/load-corpus-summary'
import { TopicsPage } from '@/features/topics/components/topics-page'

export const Route = createFileRoute('/topics/')({
  loader: () => loadCorpusSummary(),
  component: function TopicsRoute() {
    return <TopicsPage summary={Route.useLoaderData()} />
  },
})
