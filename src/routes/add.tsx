import { createFileRoute } from '@tanstack/react-router'
import { AddPage } from '@/features/add/components/add-page'
import { loadPublishedCorpus } from '@/features/corpus/load-corpus'

export const Route = createFileRoute('/add')({
  loader: () => loadPublishedCorpus(),
  component: function AddRoute() {
    return <AddPage model={Route.useLoaderData()} />
  },
})
