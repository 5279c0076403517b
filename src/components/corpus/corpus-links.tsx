import { Link } from '@tanstack/react-router'
import { textLinkClass } from '@/components/text-link-class'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Session, Source } from '@/domain/corpus/schema'
import { languageOf } from '@/domain/language/languages'
import { useCorpusTerms } from './use-corpus-terms'

/** "XXXII session, 27 April 2023[, Astana]", the session linked to its page. */
export function SessionLink({
  session,
  withPlace = false,
}: {
  session: Session
  withPlace?: boolean
}) {
  const { sessionName, date, sessionPlace } = useCorpusTerms()
  const place = withPlace ? sessionPlace(session) : null
  return (
    <>
      <Link to="/sessions/$number" params={{ number: session.id }} className={textLinkClass}>
        {sessionName(session)}
      </Link>
      , {date(session.date)}
      {place ? `, ${place}` : ''}
    </>
  )
}

/** A statement's topics, each linked to its topic page. */
export function TopicLinks({
  topicIds,
  model,
}: {
  topicIds: readonly string[]
  model: CorpusModel
}) {
  const { topicLabel } = useCorpusTerms()
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {topicIds.map((topicId) => {
        const topic = model.topicById.get(topicId)
        return (
          <li key={topicId}>
            <Link to="/topics/$topicId" params={{ topicId }} className={textLinkClass}>
              {topic ? topicLabel(topic) : topicId}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}

/**
 * A source document's title linked to its page (at one statement's place when `quoteId` is
 * given), optionally followed by its kind: "Factsheet on … (Factsheet)".
 */
export function SourceLink({
  source,
  quoteId,
  withKind = false,
}: {
  source: Pick<Source, 'id' | 'title' | 'kind'> & { language?: string }
  quoteId?: string
  withKind?: boolean
}) {
  const { sourceKindName } = useCorpusTerms()
  return (
    <>
      <Link
        to="/sources/$sourceId"
        params={{ sourceId: source.id }}
        hash={quoteId ? `q-${quoteId}` : undefined}
        lang={source.language ? languageOf(source.language) : undefined}
        className={textLinkClass}
      >
        {source.title}
      </Link>
      {withKind ? (
        <>
          {' '}
          <span className="text-slate-600 dark:text-slate-400">
            ({sourceKindName(source.kind)})
          </span>
        </>
      ) : null}
    </>
  )
}
