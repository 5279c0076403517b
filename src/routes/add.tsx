import { createFileRoute } from '@tanstack/react-router'
import { AddPage } from '@/features/add/components/add-page'
import { loadCorpus } from '@/features/corpus/load-corpus'

export const Route = createFileRoute('/add')({
  loader: () => loadCorpus(),
  component: function AddRoute() {
    return <AddPage model={Route.useLoaderData()} />
  },
})
