import { createFileRoute, notFound } from '@tanstack/react-router'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { NotFound } from '@/features/shell/components/not-found'
import { SourcePage } from '@/features/sources/components/source-page'

export const Route = createFileRoute('/sources/$sourceId')({
  staticData: { bookmarkControls: true },
  loader: async ({ params }) => {
    const model = await loadCorpus()
    const source = model.sourceById.get(params.sourceId)
    if (!source) throw notFound()
    return { model, source }
  },
  notFoundComponent: function SourceNotFound() {
    return <NotFound missing={{ kind: 'source', id: Route.useParams().sourceId }} />
  },
  component: function SourceRoute() {
    const { model, source } = Route.useLoaderData()
    return <SourcePage model={model} source={source} />
  },
})
