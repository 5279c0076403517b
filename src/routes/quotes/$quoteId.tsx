import { createFileRoute, notFound, redirect } from '@tanstack/react-router'
import { originOf } from '@/domain/corpus/model'
import { linkedOrigin, OriginSearchSchema } from '@/domain/corpus/origin'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { QuotePage } from '@/features/quotes/components/quote-page'
import { OwnDocumentNotFound } from '@/features/shell/components/own-document-not-found'

export const Route = createFileRoute('/quotes/$quoteId')({
  staticData: { bookmarkControls: true },
  validateSearch: OriginSearchSchema,
  loaderDeps: ({ search }) => ({ origin: linkedOrigin(search) }),
  loader: async ({ params, deps }) => {
    const model = await loadCorpus()
    const quote = model.quoteById.get(params.quoteId)
    if (!quote) throw notFound()
    // A statement of the user's own documents: its address says so (see OriginSearchSchema).
    if (originOf(model, quote.sourceId) === 'workspace' && deps.origin !== 'workspace')
      throw redirect({
        to: '/quotes/$quoteId',
        params,
        search: { origin: ['workspace'] },
        replace: true,
      })
    return { model, quote }
  },
  notFoundComponent: function QuoteNotFound() {
    const { quoteId } = Route.useParams()
    const origin = linkedOrigin(Route.useSearch())
    return <OwnDocumentNotFound kind="statement" id={quoteId} origin={origin} />
  },
  component: function QuoteRoute() {
    const { model, quote } = Route.useLoaderData()
    return <QuotePage model={model} quote={quote} />
  },
})
