import { PageHeading } from '@/components/page-heading'
import type { CorpusSummary } from '@/domain/corpus/summary'
import { sessionSummaries } from '@/domain/corpus/overview'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { SessionSummaryCard } from '@/components/corpus/session-summary-card'
import { readingMessages } from '@/components/corpus/reading-messages'
import { useT } from '@/i18n/catalog'

/** All sessions in the corpus, oldest first. */
export function SessionsPage({ summary }: { summary: CorpusSummary }) {
  const t = useT(readingMessages)
  useDocumentTitle(t('sessions.title'))
  const summaries = sessionSummaries(summary)
  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t('sessions.eyebrow')}>{t('sessions.title')}</PageHeading>
      <p className="max-w-prose text-lg leading-relaxed text-slate-800 dark:text-slate-200">
        {t('sessions.intro')}
      </p>
      {summaries.length === 0 ? (
        <p>{t('sessions.none')}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {summaries.map((item) => (
            <li key={item.session.id}>
              <SessionSummaryCard summary={item} sessions={summary.sessions} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
