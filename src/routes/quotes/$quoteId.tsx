import { createFileRoute, notFound } from '@tanstack/react-router'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { QuotePage } from '@/features/quotes/components/quote-page'
import { NotFound } from '@/features/shell/components/not-found'

export const Route = createFileRoute('/quotes/$quoteId')({
  staticData: { bookmarkControls: true },
  loader: async ({ params }) => {
    const model = await loadCorpus()
    const quote = model.quoteById.get(params.quoteId)
    if (!quote) throw notFound()
    return { model, quote }
  },
  notFoundComponent: function QuoteNotFound() {
    return <NotFound missing={{ kind: 'statement', id: Route.useParams().quoteId }} />
  },
  component: function QuoteRoute() {
    const { model, quote } = Route.useLoaderData()
    return <QuotePage model={model} quote={quote} />
  },
})
