import { Link } from '@tanstack/react-router'
import type { ResolvedBookmark } from '@/domain/bookmarks/resolve'
import type { CorpusModel } from '@/domain/corpus/model'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { textLinkClass } from '@/components/text-link-class'
import { KindLabel } from '@/components/corpus/kind-label'
import { SessionBadge } from '@/components/corpus/session-badge'
import { StatementText } from '@/components/corpus/statement-text'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

/**
 * A bookmarked statement as it reads in the corpus now, or, when the corpus no longer has
 * it, as it was saved, clearly marked so.
 */
export function BookmarkedStatement({
  item,
  model,
  headingId,
  headingLevel = 3,
}: {
  item: ResolvedBookmark
  model: CorpusModel
  headingId: string
  headingLevel?: 2 | 3
}) {
  const t = useT(bookmarksMessages)
  const { date: formatDate } = useCorpusTerms()
  const { snapshot, inCorpus, bookmark } = item
  const Heading = `h${headingLevel}` as const
  const session = snapshot ? model.sessionById.get(snapshot.sessionId) : undefined
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <Heading id={headingId} className="min-w-0 text-base leading-snug font-semibold">
          {snapshot ? snapshot.speakerName : t('statement.byId', { id: bookmark.quoteId })}
        </Heading>
        <div className="flex flex-wrap items-center gap-2">
          {session ? (
            <SessionBadge session={session} sessions={model.sessions} />
          ) : snapshot ? (
            <span className="rounded-full border border-slate-500 px-2 py-0.5 text-xs font-semibold">
              {snapshot.sessionLabel} · {snapshot.date.slice(0, 4)}
            </span>
          ) : null}
          {snapshot ? <KindLabel kind={snapshot.kind} /> : null}
        </div>
      </div>
      {!inCorpus ? (
        <p className="mt-2 inline-flex items-center gap-1.5 rounded border border-dashed border-slate-500 px-2 py-0.5 text-xs font-semibold text-slate-800 dark:border-slate-400 dark:text-slate-200">
          <span aria-hidden="true">⚠</span>
          {snapshot
            ? t('statement.goneSaved', { date: formatDate(bookmark.addedAt) })
            : t('statement.gone')}
        </p>
      ) : null}
      <div className="mt-3">
        {snapshot ? (
          <StatementText kind={snapshot.kind}>{snapshot.text}</StatementText>
        ) : (
          <p className="max-w-prose text-slate-700 italic dark:text-slate-300">
            {t('statement.noText')}
          </p>
        )}
      </div>
      {snapshot ? (
        <dl className="mt-3 grid gap-x-3 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr] dark:text-slate-300">
          <dt className="font-medium text-slate-600 dark:text-slate-400">
            {t('statement.source')}
          </dt>
          <dd className="min-w-0">
            {inCorpus && model.sourceById.has(snapshot.sourceId) ? (
              <Link
                to="/sources/$sourceId"
                params={{ sourceId: snapshot.sourceId }}
                hash={`q-${bookmark.quoteId}`}
                className={textLinkClass}
              >
                {snapshot.sourceTitle}
              </Link>
            ) : (
              snapshot.sourceTitle
            )}
            , {formatDate(snapshot.date)}
          </dd>
          {snapshot.topicLabels.length > 0 ? (
            <>
              <dt className="font-medium text-slate-600 dark:text-slate-400">
                {t('statement.topics')}
              </dt>
              <dd>{snapshot.topicLabels.join(', ')}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600 dark:text-slate-400">
            {t('statement.bookmarked')}
          </dt>
          <dd>{formatDate(bookmark.addedAt)}</dd>
        </dl>
      ) : null}
      {inCorpus ? (
        <p className="mt-3 text-sm">
          <Link
            to="/quotes/$quoteId"
            params={{ quoteId: bookmark.quoteId }}
            className={`${textLinkClass} font-medium`}
          >
            {t('statement.open')}
          </Link>
        </p>
      ) : null}
    </div>
  )
}
