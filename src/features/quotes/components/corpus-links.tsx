import { Link } from '@tanstack/react-router'
import { textLinkClass } from '@/components/text-link-class'
import { formatDate } from '@/domain/corpus/format'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Session } from '@/domain/corpus/schema'

/** "XXXII session, 27 April 2023[, Astana]", the session linked to its page. */
export function SessionLink({
  session,
  withPlace = false,
}: {
  session: Session
  withPlace?: boolean
}) {
  return (
    <>
      <Link to="/sessions/$number" params={{ number: session.id }} className={textLinkClass}>
        {session.roman} session
      </Link>
      , {formatDate(session.date)}
      {withPlace && session.place ? `, ${session.place}` : ''}
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
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {topicIds.map((topicId) => (
        <li key={topicId}>
          <Link to="/topics/$topicId" params={{ topicId }} className={textLinkClass}>
            {model.topicById.get(topicId)?.label ?? topicId}
          </Link>
        </li>
      ))}
    </ul>
  )
}
