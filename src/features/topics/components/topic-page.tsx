import { useId, type ReactNode } from 'react'
import { PageHeading } from '@/components/page-heading'
import { yearOf } from '@/domain/corpus/format'
import { readingMessages } from '@/components/corpus/reading-messages'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { useT } from '@/i18n/catalog'
import { topicQuotes } from '@/domain/corpus/grouping'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Quote, Session, Topic } from '@/domain/corpus/schema'
import { compareAcrossSessions } from '@/domain/corpus/topic-comparison'
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
import { OwnDocumentsElsewhere } from '@/components/corpus/own-documents-elsewhere'
import { BookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { SessionBadge, sessionTone } from '@/components/corpus/session-badge'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { ExportView } from '@/components/export/export-view'

interface TopicPageProps {
  model: CorpusModel
  topic: Topic
  search: QuoteFiltersSearch
  rawSearch: Record<string, unknown>
  onSearchChange: (search: QuoteFiltersSearch) => void
}

const NO_FACETS = { session: [], kind: [], source: [], speaker: [], origin: [] }

/**
 * One topic, its sessions side by side (2022 | 2023): points made in both sessions are
 * aligned in one row, the rest listed under their session.
 */
export function TopicPage({ model, topic, search, rawSearch, onSearchChange }: TopicPageProps) {
  const t = useT(readingMessages)
  const { date, list, locale, topicLabel, topicDescription } = useCorpusTerms()
  const label = topicLabel(topic)
  useDocumentTitle(t('topic.title', { topic: label }))
  const scoped = scopeFilters(sanitizeFilters(search, model, rawSearch), {
    facet: 'topic',
    value: topic.id,
    label: t('scope.topic', { topic: label }),
  })
  const { filters } = scoped
  const all = topicQuotes(model, topic.id)
  const shown = applyFacets(all, filters, model.workspaceSourceIds)
  const sessions =
    filters.session.length > 0
      ? model.sessions.filter((s) => filters.session.includes(s.id))
      : model.sessions
  const comparison = compareAcrossSessions(model, shown, sessions)
  const setFilters = (next: QuoteFilters) => onSearchChange(filtersToSearch(next))
  const columns = sessions.length > 1 ? 'md:grid-cols-2' : ''

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <PageHeading eyebrow={t('topic.eyebrow')}>{label}</PageHeading>
        <p className="text-lg leading-relaxed text-slate-800 dark:text-slate-200">
          {topicDescription(topic)}
        </p>
        <p className="text-slate-700 dark:text-slate-300">
          {t('topic.counts', {
            total: all.length,
            perSession: model.sessions
              .map((s) =>
                t('topic.atSession', {
                  count: all.filter((q) => q.sessionId === s.id).length,
                  roman: s.roman,
                  year: yearOf(s.date),
                }),
              )
              .join(', '),
          })}
        </p>
      </header>

      <FacetFilters
        layout="wide"
        groups={facetOptions(
          model,
          all,
          filters,
          ['session', 'kind', 'source', 'speaker', 'origin'],
          locale,
        )}
        filters={filters}
        onToggle={(facet, value) => setFilters(toggleFacetValue(filters, facet, value))}
        onClear={() => setFilters({ ...filters, ...NO_FACETS })}
        summary={t('filters.showing', { shown: shown.length, total: all.length })}
      />
      <div className="flex flex-wrap items-center gap-4">
        <ExplorerLink search={scoped.explorerSearch}>{t('filters.openInExplorer')}</ExplorerLink>
        {shown.length > 0 ? (
          <ExportView
            model={model}
            view={{
              title: `Topic: ${topic.label}`,
              scope: { facet: 'topic', value: topic.id },
              filters,
            }}
            quotes={() => shown}
          />
        ) : null}
      </div>
      <IgnoredParamsNotice ignored={scoped.ignored} />
      {filters.origin.includes('workspace') && model.workspaceSourceIds.size === 0 ? (
        <OwnDocumentsElsewhere />
      ) : null}

      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 p-6 text-center">
          {all.length === 0 ? t('topic.noneTagged') : t('topic.noMatch')}
        </p>
      ) : null}

      {comparison.aligned.length > 0 ? (
        <section aria-labelledby="topic-echoed" className="space-y-4">
          <div>
            <h2 id="topic-echoed" className="font-serif text-2xl font-semibold tracking-tight">
              {t('topic.echoed', { count: sessions.length })}
            </h2>
            <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300">
              {t('topic.echoedIntro', { years: list(sessions.map((s) => yearOf(s.date))) })}
            </p>
          </div>
          <ol className="space-y-6">
            {comparison.aligned.map((row, i) => (
              <li
                key={row.cells.flat()[0]?.id ?? i}
                className="rounded-lg border border-slate-200 bg-slate-50 p-2 sm:p-4 dark:border-slate-800 dark:bg-slate-900/50"
              >
                <p className="mb-3 text-sm font-semibold text-slate-700 dark:text-slate-300">
                  {t('topic.point', { n: i + 1, total: comparison.aligned.length })}
                </p>
                <div className={`grid gap-4 ${columns}`}>
                  {row.cells.map((cell, col) => (
                    <SessionCell
                      key={sessions[col]?.id ?? col}
                      session={sessions[col]}
                      allSessions={model.sessions}
                    >
                      {cell.length === 0 ? (
                        <p className="text-sm text-slate-600 dark:text-slate-400">
                          {t('topic.notReported')}
                        </p>
                      ) : (
                        <QuoteList quotes={cell} model={model} headingLevel={4} />
                      )}
                    </SessionCell>
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {comparison.unaligned.some((c) => c.length > 0) ? (
        <section aria-labelledby="topic-single" className="space-y-4">
          <h2 id="topic-single" className="font-serif text-2xl font-semibold tracking-tight">
            {comparison.aligned.length > 0 ? t('topic.saidOnce') : t('topic.bySession')}
          </h2>
          <div className={`grid gap-6 ${columns}`}>
            {comparison.unaligned.map((cell, col) => {
              const session = sessions[col]
              return (
                <section
                  key={session?.id ?? col}
                  aria-labelledby={`topic-col-${session?.id}`}
                  className={`min-w-0 border-t-4 pt-3 ${session ? sessionTone(session.id, model.sessions).rule : ''}`}
                >
                  <h3 id={`topic-col-${session?.id}`} className="text-lg font-semibold">
                    {session
                      ? t('topic.column', { roman: session.roman, date: date(session.date) })
                      : ''}
                  </h3>
                  {cell.length === 0 ? (
                    <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                      {t('topic.nothingElse')}
                    </p>
                  ) : (
                    <div className="mt-3">
                      <QuoteList quotes={cell} model={model} headingLevel={4} />
                    </div>
                  )}
                </section>
              )
            })}
          </div>
        </section>
      ) : null}
    </div>
  )
}

function SessionCell({
  session,
  allSessions,
  children,
}: {
  session?: Session
  /** The corpus's sessions, for the badge's colour. */
  allSessions: readonly Session[]
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <div role="group" aria-labelledby={session ? headingId : undefined} className="min-w-0">
      {session ? (
        <h3 id={headingId} className="mb-2">
          <SessionBadge session={session} sessions={allSessions} />
        </h3>
      ) : null}
      {children}
    </div>
  )
}

function QuoteList({
  quotes,
  model,
  headingLevel,
}: {
  quotes: Quote[]
  model: CorpusModel
  headingLevel: 3 | 4
}) {
  return (
    <ul className="space-y-3">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <QuoteCard
            quote={quote}
            model={model}
            headingLevel={headingLevel}
            showSession={false}
            actions={<BookmarkToggle quoteId={quote.id} />}
          />
        </li>
      ))}
    </ul>
  )
}
