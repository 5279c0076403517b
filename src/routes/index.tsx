import { createFileRoute } from '@tanstack/react-router'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { OverviewPage } from '@/features/overview/components/overview-page'

export const Route = createFileRoute('/')({
  loader: () => loadCorpus(),
  component: function OverviewRoute() {
    return <OverviewPage model={Route.useLoaderData()} />
  },
})
