import { Link } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { yearOf } from '@/domain/corpus/format'
import { sessionSummaries, topicSessionMatrix } from '@/domain/corpus/overview'
import type { CorpusSummary } from '@/domain/corpus/summary'
import { SessionSummaryCard } from '@/components/corpus/session-summary-card'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { OverviewSearch } from './overview-search'
import { ReadingGuide } from './reading-guide'
import { TopicSessionMap } from './topic-session-map'

const sectionHeading = 'font-serif text-2xl font-semibold tracking-tight'

/** The front page: what the corpus holds, the topic × session map, search, and how to read. */
export function OverviewPage({ summary }: { summary: CorpusSummary }) {
  useDocumentTitle('Overview')
  const summaries = sessionSummaries(summary)
  const matrix = topicSessionMatrix(summary)
  const years = matrix.sessions.map((s) => yearOf(s.date))
  const speakers = summary.speakerCount
  const languagePolicy = summary.topics.find((t) => t.id === 'language-policy')

  return (
    <div className="space-y-12">
      <header className="max-w-3xl space-y-4">
        <PageHeading eyebrow="Assembly of People of Kazakhstan">
          What the President said, statement by statement
        </PageHeading>
        <p className="text-lg leading-relaxed text-slate-800 dark:text-slate-200">
          {summary.statementCount} statements by President Kassym-Jomart Tokayev
          {speakers > 1 ? ' and others' : ''} at {summary.sessions.length} sessions of the Assembly
          {years.length > 0 ? ` (${years.join(' and ')})` : ''}, each quoted verbatim from one of{' '}
          {summary.sources.length} source documents, with the place it stands in its source and the
          other documents that report it.
        </p>
      </header>

      <section
        aria-labelledby="overview-search"
        className="rounded-lg bg-slate-100 p-5 dark:bg-slate-900"
      >
        <h2 id="overview-search" className="sr-only">
          Search
        </h2>
        <OverviewSearch />
      </section>

      <section aria-labelledby="overview-sessions">
        <h2 id="overview-sessions" className={sectionHeading}>
          The sessions
        </h2>
        {summaries.length === 0 ? (
          <p className="mt-3">The corpus holds no sessions yet.</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {summaries.map((summary) => (
              <li key={summary.session.id}>
                <SessionSummaryCard summary={summary} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="overview-map" className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div>
          <h2 id="overview-map" className={sectionHeading}>
            Topics by session
          </h2>
          <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
            How many statements touch each topic at each session. Open a count to read those
            statements, or a topic to compare its two sessions side by side.
          </p>
          <div className="mt-4">
            <TopicSessionMap matrix={matrix} />
          </div>
        </div>
        <aside
          aria-labelledby="overview-start"
          className="self-start rounded-lg border border-slate-200 p-5 dark:border-slate-800"
        >
          <h2 id="overview-start" className="text-lg font-semibold">
            Where to start
          </h2>
          <ol className="mt-3 list-decimal space-y-3 pl-5 text-sm leading-relaxed">
            <li>
              Pick a topic, e.g.{' '}
              {languagePolicy ? (
                <Link
                  to="/topics/$topicId"
                  params={{ topicId: 'language-policy' }}
                  className={textLinkClass}
                >
                  {languagePolicy.label}
                </Link>
              ) : (
                <Link to="/topics" className={textLinkClass}>
                  one of the topics
                </Link>
              )}
              : its page sets what was said in {years.join(' and ')} side by side.
            </li>
            <li>
              Open a statement to read it highlighted in its paragraph, see which other sources
              report it and how their wording differs.
            </li>
            <li>
              Every page has its own address: copy it from the browser, or use “Copy link” on a
              statement, and whoever opens it sees exactly what you see.
            </li>
          </ol>
        </aside>
      </section>

      <section aria-labelledby="overview-guide">
        <h2 id="overview-guide" className={sectionHeading}>
          How to read a statement
        </h2>
        <div className="mt-4">
          <ReadingGuide />
        </div>
      </section>
    </div>
  )
}
