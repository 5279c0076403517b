import { Link } from '@tanstack/react-router'
import { textLinkClass } from '@/components/text-link-class'
import type { SessionSummary } from '@/domain/corpus/overview'
import type { Session } from '@/domain/corpus/schema'
import { SessionBadge, sessionTone } from './session-badge'
import { SourceLink } from '@/components/corpus/corpus-links'
import { renderRichText } from '@/i18n/rich-text'
import { useCorpusTerms } from './use-corpus-terms'

/** A session at a glance: date, place, theme, its documents and how many statements. */
export function SessionSummaryCard({
  summary,
  sessions,
  headingLevel = 3,
}: {
  summary: SessionSummary
  /** The corpus's sessions, for the session's colour (session-badge.tsx). */
  sessions: readonly Pick<Session, 'id' | 'number'>[]
  headingLevel?: 2 | 3
}) {
  const { session, sources, statementCount, directCount } = summary
  const Heading = `h${headingLevel}` as const
  const { t, date, sessionName, sessionTheme, sessionPlace } = useCorpusTerms()
  const theme = sessionTheme(session)
  const place = sessionPlace(session)
  return (
    <article
      className={`flex h-full flex-col rounded-lg border border-t-4 border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900 ${sessionTone(session.id, sessions).rule}`}
    >
      <SessionBadge session={session} sessions={sessions} className="self-start" />
      <Heading className="mt-2 font-serif text-2xl font-semibold">
        <Link
          to="/sessions/$number"
          params={{ number: session.id }}
          className="hover:underline focus-visible:underline"
        >
          {sessionName(session)}
        </Link>
      </Heading>
      <p className="text-slate-700 dark:text-slate-300">
        {date(session.date)}
        {place ? ` · ${place}` : ''}
      </p>
      {theme ? (
        <p className="mt-3 font-serif text-lg leading-snug">
          <span className="sr-only">{t('session.theme')} </span>
          {t('session.themeQuoted', { theme })}
        </p>
      ) : null}
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {renderRichText(
          t('session.counts', {
            statements: statementCount,
            direct: directCount,
            sources: sources.length,
          }),
          { 0: <strong className="font-semibold text-slate-950 dark:text-white" /> },
        )}
      </p>
      <ul className="mt-1 space-y-1 text-sm">
        {sources.map((source) => (
          <li key={source.id}>
            <SourceLink source={source} withKind />
          </li>
        ))}
      </ul>
      <p className="mt-auto pt-4">
        <Link
          to="/sessions/$number"
          params={{ number: session.id }}
          className={`${textLinkClass} text-sm font-medium`}
        >
          {t('session.allByTopic', { statements: statementCount, roman: session.roman })}
        </Link>
      </p>
    </article>
  )
}
