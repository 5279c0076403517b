import { Link } from '@tanstack/react-router'
import { textLinkClass } from '@/components/text-link-class'
import type { CorpusModel } from '@/domain/corpus/model'
import { filtersToSearch, type QuoteFilters } from '@/domain/filters/quote-filters'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { kwicSearch, splitTerms, trendsSearch } from '@/domain/reading/reading-search'
import { parseTerm } from '@/domain/reading/term-match'
import { useT } from '@/i18n/catalog'
import { explorerMessages } from '../messages'
import { quoteQuery } from './quote-query'

/**
 * Filters carry over the other way too: with one topic (or one session) chosen, a link to
 * that page with the other facet filters kept. The text query stays here: those pages filter
 * by facets only.
 */
export function RelatedViews({ model, filters }: { model: CorpusModel; filters: QuoteFilters }) {
  const t = useT(explorerMessages)
  const { topicLabel } = useCorpusTerms()
  const topic = filters.topic.length === 1 ? model.topicById.get(filters.topic[0]!) : undefined
  const session =
    filters.session.length === 1 ? model.sessionById.get(filters.session[0]!) : undefined
  if (!topic && !session) return null
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {t('related.seeAlso')}{' '}
      {topic ? (
        <Link
          to="/topics/$topicId"
          params={{ topicId: topic.id }}
          search={filtersToSearch({ ...filters, q: '', topic: [], sort: 'relevance' })}
          className={textLinkClass}
        >
          {t('related.topic', { topic: topicLabel(topic) })}
        </Link>
      ) : null}
      {topic && session ? ' · ' : null}
      {session ? (
        <Link
          to="/sessions/$number"
          params={{ number: session.id }}
          search={filtersToSearch({ ...filters, q: '', session: [], sort: 'relevance' })}
          className={textLinkClass}
        >
          {t('related.session', { roman: session.roman })}
        </Link>
      ) : null}
    </p>
  )
}

/**
 * The searched words in the reading tools: each occurrence in context (/kwic), and how often
 * they occur at each session (/trends; terms separated by commas are compared).
 */
export function WordToolsLinks({ query }: { query: string }) {
  const t = useT(explorerMessages)
  const q = query.trim()
  if (!parseTerm(q)) return null
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {t('related.tools')}{' '}
      <Link to="/kwic" search={kwicSearch({ q })} className={textLinkClass}>
        {t('related.inContext', { query: quoteQuery(q) })}
      </Link>
      {' · '}
      <Link to="/trends" search={trendsSearch({ terms: splitTerms(q) })} className={textLinkClass}>
        {t('related.trend', { query: quoteQuery(q) })}
      </Link>
    </p>
  )
}
