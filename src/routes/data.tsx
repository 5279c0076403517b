import { createFileRoute } from '@tanstack/react-router'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { DataPage } from '@/features/data/components/data-page'

export const Route = createFileRoute('/data')({
  loader: () => loadCorpus(),
  component: function DataRoute() {
    return <DataPage model={Route.useLoaderData()} />
  },
})
