import { createFileRoute } from '@tanstack/react-router'
import { loadCorpusSummary } from '@/features/corpus/load-corpus-summary'
import { OverviewPage } from '@/features/overview/components/overview-page'

export const Route = createFileRoute('/')({
  loader: () => loadCorpusSummary(),
  component: function OverviewRoute() {
    return <OverviewPage summary={Route.useLoaderData()} />
  },
})
