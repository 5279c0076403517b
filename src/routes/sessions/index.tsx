import { createFileRoute } from '@tanstack/react-router'
import { loadCorpusSummary } from '@/features/corpus/load-corpus-summary'
import { SessionsPage } from '@/features/sessions/components/sessions-page'

export const Route = createFileRoute('/sessions/')({
  loader: () => loadCorpusSummary(),
  component: function SessionsRoute() {
    return <SessionsPage summary={Route.useLoaderData()} />
  },
})
