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
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { useT } from '@/i18n/catalog'
import { renderRichText } from '@/i18n/rich-text'
import { overviewMessages } from '../messages'
import { TopicSessionMap } from './topic-session-map'

const sectionHeading = 'font-serif text-2xl font-semibold tracking-tight'

/** The front page: what the corpus holds, the topic × session map, search, and how to read. */
export function OverviewPage({ summary }: { summary: CorpusSummary }) {
  const t = useT(overviewMessages)
  const { list, topicLabel } = useCorpusTerms()
  useDocumentTitle(t('title'))
  const summaries = sessionSummaries(summary)
  const matrix = topicSessionMatrix(summary)
  const years = matrix.sessions.map((s) => yearOf(s.date))
  const speakers = summary.speakerCount
  const languagePolicy = summary.topics.find((t) => t.id === 'language-policy')

  return (
    <div className="space-y-12">
      <header className="max-w-3xl space-y-4">
        <PageHeading eyebrow={t('eyebrow')}>{t('heading')}</PageHeading>
        <p className="text-lg leading-relaxed text-slate-800 dark:text-slate-200">
          {t('lead', {
            statements: summary.statementCount,
            others: speakers > 1 ? 'yes' : 'no',
            sessions: summary.sessions.length,
            years: years.length > 0 ? list(years) : 'none',
            sources: summary.sources.length,
          })}
        </p>
      </header>

      <section
        aria-labelledby="overview-search"
        className="rounded-lg bg-slate-100 p-5 dark:bg-slate-900"
      >
        <h2 id="overview-search" className="sr-only">
          {t('search.heading')}
        </h2>
        <OverviewSearch />
      </section>

      <section aria-labelledby="overview-sessions">
        <h2 id="overview-sessions" className={sectionHeading}>
          {t('sessions.heading')}
        </h2>
        {summaries.length === 0 ? (
          <p className="mt-3">{t('sessions.none')}</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {summaries.map((item) => (
              <li key={item.session.id}>
                <SessionSummaryCard summary={item} sessions={summary.sessions} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="overview-map" className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div>
          <h2 id="overview-map" className={sectionHeading}>
            {t('map.heading')}
          </h2>
          <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{t('map.intro')}</p>
          <div className="mt-4">
            <TopicSessionMap matrix={matrix} />
          </div>
        </div>
        <aside
          aria-labelledby="overview-start"
          className="self-start rounded-lg border border-slate-200 p-5 dark:border-slate-800"
        >
          <h2 id="overview-start" className="text-lg font-semibold">
            {t('start.heading')}
          </h2>
          <ol className="mt-3 list-decimal space-y-3 pl-5 text-sm leading-relaxed">
            <li>
              {languagePolicy
                ? renderRichText(
                    t('start.topic', { topic: topicLabel(languagePolicy), years: list(years) }),
                    {
                      0: (
                        <Link
                          to="/topics/$topicId"
                          params={{ topicId: 'language-policy' }}
                          className={textLinkClass}
                        />
                      ),
                    },
                  )
                : renderRichText(t('start.topics', { years: list(years) }), {
                    0: <Link to="/topics" className={textLinkClass} />,
                  })}
            </li>
            <li>{t('start.statement')}</li>
            <li>{t('start.share')}</li>
          </ol>
        </aside>
      </section>

      <section aria-labelledby="overview-guide">
        <h2 id="overview-guide" className={sectionHeading}>
          {t('guide.heading')}
        </h2>
        <div className="mt-4">
          <ReadingGuide />
        </div>
      </section>
    </div>
  )
}
