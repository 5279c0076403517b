import { createFileRoute } from '@tanstack/react-router'
import { CheckSearchSchema } from '@/domain/check/check-search'
import { CheckRoutePage } from '@/features/check/components/check-route-page'
import { loadCorpus } from '@/features/corpus/load-corpus'

export const Route = createFileRoute('/check')({
  validateSearch: CheckSearchSchema,
  loader: () => loadCorpus(),
  component: function CheckRoute() {
    const navigate = Route.useNavigate()
    return (
      <CheckRoutePage
        model={Route.useLoaderData()}
        text={Route.useSearch().text}
        onTextChange={(text) => void navigate({ search: { text }, resetScroll: false })}
      />
    )
  },
})
