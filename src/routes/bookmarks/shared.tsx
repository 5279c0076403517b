import { createFileRoute } from '@tanstack/react-router'
import { SharedSearchSchema } from '@/domain/bookmarks/shared-search'
import { SharedCollectionPage } from '@/features/bookmarks/components/shared-collection-page'
import { loadCorpus } from '@/features/corpus/load-corpus'

export const Route = createFileRoute('/bookmarks/shared')({
  staticData: { bookmarkControls: true },
  validateSearch: SharedSearchSchema,
  loader: () => loadCorpus(),
  component: function SharedRoute() {
    return <SharedCollectionPage model={Route.useLoaderData()} search={Route.useSearch()} />
  },
})
