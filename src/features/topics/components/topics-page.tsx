import { Link } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'
import { yearOf } from '@/domain/corpus/format'
import { readingMessages } from '@/components/corpus/reading-messages'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { useT } from '@/i18n/catalog'
import type { CorpusSummary } from '@/domain/corpus/summary'
import { topicSessionMatrix } from '@/domain/corpus/overview'
import { sessionTone } from '@/components/corpus/session-badge'
import { useDocumentTitle } from '@/hooks/use-document-title'

/** Every topic with its description and how many statements it has per session. */
export function TopicsPage({ summary }: { summary: CorpusSummary }) {
  const t = useT(readingMessages)
  const { topicLabel, topicDescription } = useCorpusTerms()
  useDocumentTitle(t('topics.title'))
  const matrix = topicSessionMatrix(summary)
  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t('topics.eyebrow')}>{t('topics.title')}</PageHeading>
      <p className="max-w-prose text-lg leading-relaxed text-slate-800 dark:text-slate-200">
        {t('topics.intro')}
      </p>
      <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {matrix.rows.map((row) => (
          <li
            key={row.topic.id}
            className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <h2 className="font-serif text-xl font-semibold">
              <Link
                to="/topics/$topicId"
                params={{ topicId: row.topic.id }}
                className="underline decoration-slate-400 underline-offset-4 hover:decoration-slate-900 dark:hover:decoration-slate-100"
              >
                {topicLabel(row.topic)}
              </Link>
            </h2>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{topicDescription(row.topic)}</p>
            <p className="mt-auto pt-4 text-sm font-medium">
              {t('topics.count', { count: row.total })}
            </p>
            <ul className="mt-1 flex flex-wrap gap-2 text-sm" aria-label={t('topics.perSession')}>
              {matrix.sessions.map((session, i) => (
                <li
                  key={session.id}
                  className={`rounded border-l-4 bg-slate-50 px-2 py-0.5 dark:bg-slate-950 ${sessionTone(session.id, summary.sessions).rule}`}
                >
                  {session.roman} · {yearOf(session.date)}:{' '}
                  <span className="font-semibold tabular-nums">{row.counts[i] ?? 0}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  )
}
