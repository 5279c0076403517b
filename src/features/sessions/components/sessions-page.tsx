import { PageHeading } from '@/components/page-heading'
import type { CorpusSummary } from '@/domain/corpus/summary'
import { sessionSummaries } from '@/domain/corpus/overview'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { SessionSummaryCard } from '@/components/corpus/session-summary-card'

/** All sessions in the corpus, oldest first. */
export function SessionsPage({ summary }: { summary: CorpusSummary }) {
  useDocumentTitle('Sessions')
  const summaries = sessionSummaries(summary)
  return (
    <div className="space-y-6">
      <PageHeading eyebrow="Assembly of People of Kazakhstan">Sessions</PageHeading>
      <p className="max-w-prose text-lg leading-relaxed text-slate-800 dark:text-slate-200">
        The Assembly meets once a year. Each session below lists the documents that report the
        President’s speech there; open one to read its statements by topic.
      </p>
      {summaries.length === 0 ? (
        <p>The corpus holds no sessions yet.</p>
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
