import { languageOf } from '@/domain/language/languages'
import { Link, useLocation } from '@tanstack/react-router'
import { useEffect, useMemo } from 'react'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { documentBlocks } from '@/domain/corpus/document'
import { languageName } from '@/domain/corpus/format'
import { originOf, type CorpusModel } from '@/domain/corpus/model'
import { WorkspaceMark } from '@/components/corpus/workspace-mark'
import type { Quote, Source } from '@/domain/corpus/schema'
import { SessionBadge } from '@/components/corpus/session-badge'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { SourceDocument } from './source-document'
import { LeftOutLegend } from './left-out'
import { SessionLink } from '@/components/corpus/corpus-links'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { useT } from '@/i18n/catalog'
import { renderRichText } from '@/i18n/rich-text'
import { sourceMessages } from '../messages'

const NO_QUOTES: readonly Quote[] = []
const dtClass = 'text-sm font-medium text-slate-600 dark:text-slate-400'

/**
 * A source document in full, as cleaned: metadata and provenance, then the text with every
 * extracted statement marked. `#q-<quoteId>` scrolls to one statement, highlights it,
 * moves focus there and announces it.
 */
export function SourcePage({ model, source }: { model: CorpusModel; source: Source }) {
  const t = useT(sourceMessages)
  const terms = useCorpusTerms()
  const kind = terms.sourceKindName(source.kind)
  useDocumentTitle(t('page.title', { title: source.title, kind }))
  const session = model.sessionById.get(source.sessionId)
  const quotes = model.quotesBySource.get(source.id) ?? NO_QUOTES
  const blocks = useMemo(() => documentBlocks(source, quotes), [source, quotes])
  const numberOf = useMemo(() => new Map(quotes.map((q, i) => [q.id, i + 1])), [quotes])
  const hash = useLocation({ select: (location) => location.hash })
  const targetId = hash.startsWith('q-') ? hash.slice(2) : null
  const target = targetId ? quotes.find((q) => q.id === targetId) : undefined
  const direct = quotes.filter((q) => q.kind === 'direct').length

  useEffect(() => {
    if (!target) return
    // After the page has painted and the shell has moved focus to the heading.
    const timer = window.setTimeout(() => {
      const anchor = document.getElementById(`q-${target.id}`)
      anchor?.scrollIntoView?.({ block: 'center' })
      anchor?.focus({ preventScroll: true })
    }, 60)
    return () => window.clearTimeout(timer)
  }, [target])

  return (
    <div className="space-y-8">
      <header className="space-y-4">
        <PageHeading eyebrow={t('page.eyebrow', { kind })}>
          <span lang={languageOf(source.language)}>{source.title}</span>
        </PageHeading>
        {session ? <SessionBadge session={session} sessions={model.sessions} /> : null}
        {originOf(model, source.id) === 'workspace' ? <WorkspaceMark explained /> : null}
      </header>

      <p role="status" className="empty:hidden">
        {targetId && target ? (
          <span className="block max-w-prose rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
            {renderRichText(
              t('target.found', {
                n: numberOf.get(target.id),
                total: quotes.length,
                text: target.text.length > 90 ? `${target.text.slice(0, 90)}…` : target.text,
              }),
              {
                0: (
                  <Link
                    to="/quotes/$quoteId"
                    params={{ quoteId: target.id }}
                    className="underline"
                  />
                ),
              },
            )}
          </span>
        ) : targetId ? (
          <span className="block max-w-prose rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
            {t('target.missing', { id: targetId.slice(0, 64) })}
          </span>
        ) : null}
      </p>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside aria-label={t('about.label')} className="space-y-6 lg:col-start-2 lg:row-start-1">
          <dl className="space-y-3 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
            <div>
              <dt className={dtClass}>{t('about.kind')}</dt>
              <dd>{kind}</dd>
            </div>
            <div>
              <dt className={dtClass}>{t('about.date')}</dt>
              <dd>{terms.date(source.date)}</dd>
            </div>
            {session ? (
              <div>
                <dt className={dtClass}>{t('about.session')}</dt>
                <dd>
                  <SessionLink session={session} />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className={dtClass}>{t('about.language')}</dt>
              <dd>{languageName(source.language, terms.locale)}</dd>
            </div>
            {source.publisher ? (
              <div>
                <dt className={dtClass}>{t('about.publisher')}</dt>
                <dd>{source.publisher}</dd>
              </div>
            ) : null}
            {source.url ? (
              <div>
                <dt className={dtClass}>{t('about.original')}</dt>
                <dd className="break-all">
                  <a href={source.url} className={textLinkClass} rel="noopener noreferrer">
                    {source.url}
                  </a>
                </dd>
              </div>
            ) : null}
            <div>
              <dt className={dtClass}>{t('about.statements')}</dt>
              <dd>
                {t('about.statementCounts', {
                  total: quotes.length,
                  direct,
                  reported: quotes.length - direct,
                })}
              </dd>
            </div>
            <LeftOutLegend count={source.leftOut?.length ?? 0} />
            <div>
              <dt className={dtClass}>{t('about.file')}</dt>
              <dd className="font-mono text-xs break-all">{source.file}</dd>
            </div>
            <div>
              <dt className={dtClass}>{t('about.sha')}</dt>
              <dd className="font-mono text-xs break-all">{source.sha256}</dd>
            </div>
          </dl>
          <div className="space-y-2 text-sm text-slate-700 dark:text-slate-300">
            <p className="font-medium text-slate-900 dark:text-slate-100">{t('marks.heading')}</p>
            <p>
              {renderRichText(t('marks.key'), {
                0: (
                  <span className="bg-slate-100 underline decoration-slate-700 decoration-2 underline-offset-4 dark:bg-slate-800/60 dark:decoration-slate-300" />
                ),
                1: (
                  <span className="bg-slate-100 underline decoration-slate-500 decoration-dashed decoration-2 underline-offset-4 dark:bg-slate-800/60 dark:decoration-slate-400" />
                ),
              })}
            </p>
            <p>{t('marks.provenance')}</p>
          </div>
        </aside>

        <section aria-labelledby="source-text" className="min-w-0 lg:col-start-1 lg:row-start-1">
          <h2 id="source-text" className="sr-only">
            {t('text.heading')}
          </h2>
          <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
            {t('text.intro', { count: quotes.length })}
          </p>
          <SourceDocument
            blocks={blocks}
            quoteById={model.quoteById}
            numberOf={numberOf}
            targetId={target ? target.id : null}
            lang={languageOf(source.language)}
          />
        </section>
      </div>
    </div>
  )
}
