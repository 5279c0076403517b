import { createFileRoute } from '@tanstack/react-router'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { SessionsPage } from '@/features/sessions/components/sessions-page'

export const Route = createFileRoute('/sessions/')({
  loader: () => loadCorpus(),
  component: function SessionsRoute() {
    return <SessionsPage model={Route.useLoaderData()} />
  },
})
