import { createFileRoute } from '@tanstack/react-router'
import { BookmarksSearchSchema } from '@/domain/bookmarks/bookmarks-search'
import { BookmarksPage } from '@/features/bookmarks/components/bookmarks-page'
import { loadCorpus } from '@/features/corpus/load-corpus'

export const Route = createFileRoute('/bookmarks/')({
  validateSearch: BookmarksSearchSchema,
  loader: () => loadCorpus(),
  component: function BookmarksRoute() {
    const navigate = Route.useNavigate()
    return (
      <BookmarksPage
        model={Route.useLoaderData()}
        search={Route.useSearch()}
        onSearchChange={(search) => void navigate({ search, resetScroll: false })}
      />
    )
  },
})
