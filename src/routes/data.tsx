import { createFileRoute } from '@tanstack/react-router'
import { loadPublishedCorpus } from '@/features/corpus/load-corpus'
import { DataPage } from '@/features/data/components/data-page'

export const Route = createFileRoute('/data')({
  loader: () => loadPublishedCorpus(),
  component: function DataRoute() {
    return <DataPage model={Route.useLoaderData()} />
  },
})
