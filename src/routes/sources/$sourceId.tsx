import { createFileRoute, notFound, redirect } from '@tanstack/react-router'
import { originOf } from '@/domain/corpus/model'
import { linkedOrigin, OriginSearchSchema } from '@/domain/corpus/origin'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { OwnDocumentNotFound } from '@/features/shell/components/own-document-not-found'
import { SourcePage } from '@/features/sources/components/source-page'

export const Route = createFileRoute('/sources/$sourceId')({
  staticData: { bookmarkControls: true },
  validateSearch: OriginSearchSchema,
  loaderDeps: ({ search }) => ({ origin: linkedOrigin(search) }),
  loader: async ({ params, deps, location }) => {
    const model = await loadCorpus()
    const source = model.sourceById.get(params.sourceId)
    if (!source) throw notFound()
    // One of the user's own documents: its address says so (see OriginSearchSchema).
    if (originOf(model, source.id) === 'workspace' && deps.origin !== 'workspace')
      throw redirect({
        to: '/sources/$sourceId',
        params,
        search: { origin: ['workspace'] },
        hash: location.hash,
        replace: true,
      })
    return { model, source }
  },
  notFoundComponent: function SourceNotFound() {
    const { sourceId } = Route.useParams()
    const origin = linkedOrigin(Route.useSearch())
    return <OwnDocumentNotFound kind="source" id={sourceId} origin={origin} />
  },
  component: function SourceRoute() {
    const { model, source } = Route.useLoaderData()
    return <SourcePage model={model} source={source} />
  },
})
