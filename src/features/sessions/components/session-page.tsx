import { Link } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { groupByTopic, sessionQuotes } from '@/domain/corpus/grouping'
import { originOf, type CorpusModel } from '@/domain/corpus/model'
import { WorkspaceMark } from '@/components/corpus/workspace-mark'
import { OwnDocumentsElsewhere } from '@/components/corpus/own-documents-elsewhere'
import type { Session } from '@/domain/corpus/schema'
import { facetOptions } from '@/domain/filters/facet-options'
import {
  filtersToSearch,
  sanitizeFilters,
  type QuoteFilters,
  type QuoteFiltersSearch,
} from '@/domain/filters/quote-filters'
import { applyFacets, scopeFilters, toggleFacetValue } from '@/domain/filters/scoped-filters'
import { IgnoredParamsNotice } from '@/components/ignored-params-notice'
import { ExplorerLink } from '@/components/corpus/explorer-link'
import { FacetFilters } from '@/components/corpus/facet-filters'
import { QuoteCard } from '@/components/corpus/quote-card'
import { BookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { SessionBadge } from '@/components/corpus/session-badge'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { SourceLink } from '@/components/corpus/corpus-links'
import { ExportView } from '@/components/export/export-view'
import { readingMessages } from '@/components/corpus/reading-messages'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { useT } from '@/i18n/catalog'
import { formatDate } from '@/domain/corpus/format'

interface SessionPageProps {
  model: CorpusModel
  session: Session
  /** The validated search params, and the raw ones (to report what was ignored). */
  search: QuoteFiltersSearch
  rawSearch: Record<string, unknown>
  onSearchChange: (search: QuoteFiltersSearch) => void
}

/** One session: what it was, its documents, and its statements grouped by topic, filterable. */
export function SessionPage({
  model,
  session,
  search,
  rawSearch,
  onSearchChange,
}: SessionPageProps) {
  const t = useT(readingMessages)
  const terms = useCorpusTerms()
  const { date, sessionName, sourceKindName, locale, topicLabel } = terms
  const theme = terms.sessionTheme(session)
  const place = terms.sessionPlace(session)
  useDocumentTitle(t('session.title', { roman: session.roman, date: date(session.date) }))
  const scoped = scopeFilters(sanitizeFilters(search, model, rawSearch), {
    facet: 'session',
    value: session.id,
    label: t('scope.session', { roman: session.roman }),
  })
  const { filters } = scoped
  const all = sessionQuotes(model, session.id)
  const shown = applyFacets(all, filters, model.workspaceSourceIds)
  const groups = groupByTopic(model, shown, filters.topic)
  const sources = model.corpus.sources.filter((s) => s.sessionId === session.id)
  const setFilters = (next: QuoteFilters) => onSearchChange(filtersToSearch(next))

  return (
    <div className="space-y-8">
      <header className="space-y-4">
        <PageHeading eyebrow={t('session.eyebrow')}>{sessionName(session)}</PageHeading>
        <SessionBadge session={session} sessions={model.sessions} />
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t('session.date')}</dt>
          <dd>{date(session.date)}</dd>
          {place ? (
            <>
              <dt className="font-medium text-slate-600 dark:text-slate-400">
                {t('session.place')}
              </dt>
              <dd>{place}</dd>
            </>
          ) : null}
          {theme ? (
            <>
              <dt className="font-medium text-slate-600 dark:text-slate-400">
                {t('session.theme')}
              </dt>
              <dd className="font-serif text-lg leading-snug">
                {terms.t('session.themeQuoted', { theme })}
              </dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600 dark:text-slate-400">
            {t('session.statements')}
          </dt>
          <dd>
            {t('session.statementCount', { statements: all.length, sources: sources.length })}
          </dd>
        </dl>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside className="space-y-6 lg:col-start-2 lg:row-start-1" aria-label={t('session.aside')}>
          <section aria-labelledby="session-sources">
            <h2 id="session-sources" className="text-base font-semibold">
              {t('session.sources')}
            </h2>
            <ul className="mt-2 space-y-3 text-sm">
              {sources.map((source) => (
                <li key={source.id}>
                  <SourceLink source={source} />
                  {originOf(model, source.id) === 'workspace' ? (
                    <>
                      {' '}
                      <WorkspaceMark />
                    </>
                  ) : null}
                  <span className="block text-slate-600 dark:text-slate-400">
                    {sourceKindName(source.kind)} · {date(source.date)} ·{' '}
                    {t('session.sourceStatements', {
                      count: model.quotesBySource.get(source.id)?.length ?? 0,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <FacetFilters
            groups={facetOptions(
              model,
              all,
              filters,
              ['topic', 'kind', 'source', 'speaker', 'origin'],
              locale,
            )}
            filters={filters}
            onToggle={(facet, value) => setFilters(toggleFacetValue(filters, facet, value))}
            onClear={() =>
              setFilters({ ...filters, topic: [], kind: [], source: [], speaker: [], origin: [] })
            }
            summary={t('filters.showing', { shown: shown.length, total: all.length })}
          />
          <ExplorerLink search={scoped.explorerSearch}>{t('filters.openInExplorer')}</ExplorerLink>
          {shown.length > 0 ? (
            <ExportView
              model={model}
              view={{
                title: `${session.roman} session (${formatDate(session.date)})`,
                scope: { facet: 'session', value: session.id },
                filters,
              }}
              quotes={() => groups.flatMap((g) => g.quotes)}
            />
          ) : null}
        </aside>

        <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
          <IgnoredParamsNotice ignored={scoped.ignored} />
          {filters.origin.includes('workspace') && model.workspaceSourceIds.size === 0 ? (
            <OwnDocumentsElsewhere />
          ) : null}
          {groups.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-400 p-6 text-center">
              {t('session.noMatch')}{' '}
              <button
                type="button"
                className={`${textLinkClass} font-medium`}
                onClick={() =>
                  setFilters({ ...filters, topic: [], kind: [], source: [], speaker: [] })
                }
              >
                {t('filters.clear')}
              </button>
            </p>
          ) : (
            groups.map((group) => (
              <section
                key={group.topic?.id ?? 'untagged'}
                aria-labelledby={`group-${group.topic?.id ?? 'untagged'}`}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 pb-2 dark:border-slate-800">
                  <h2
                    id={`group-${group.topic?.id ?? 'untagged'}`}
                    className="font-serif text-2xl font-semibold tracking-tight"
                  >
                    {group.topic ? topicLabel(group.topic) : t('session.otherStatements')}{' '}
                    <span className="font-sans text-base font-normal text-slate-600 dark:text-slate-400">
                      ({group.quotes.length})
                    </span>
                  </h2>
                  {group.topic ? (
                    <Link
                      to="/topics/$topicId"
                      params={{ topicId: group.topic.id }}
                      className={`${textLinkClass} text-sm`}
                    >
                      {t('session.compareTopic', { topic: topicLabel(group.topic) })}
                    </Link>
                  ) : null}
                </div>
                <ul className="mt-4 space-y-4">
                  {group.quotes.map((quote) => (
                    <li key={quote.id}>
                      <QuoteCard
                        quote={quote}
                        model={model}
                        showSession={false}
                        actions={<BookmarkToggle quoteId={quote.id} />}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </div>
      </div>
    </div>
  )
}
