import { Link, useLocation } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'

interface NotFoundProps {
  /** What was looked for, e.g. `Session 99` or `Quote "abc"`; defaults to the path. */
  what?: string
}

export function NotFound({ what }: NotFoundProps) {
  const location = useLocation()
  return (
    <section className="mx-auto max-w-2xl py-12">
      <PageHeading>Not found</PageHeading>
      <p className="mt-4 text-lg">
        {what ? (
          `${what} is not in the corpus.`
        ) : (
          <>
            There is no page at <code className="break-all">{location.pathname}</code>.
          </>
        )}
      </p>
      <p className="mt-4">
        Try the{' '}
        <Link to="/" className="text-cyan-800 underline dark:text-cyan-300">
          overview
        </Link>
        , browse{' '}
        <Link to="/sessions" className="text-cyan-800 underline dark:text-cyan-300">
          sessions
        </Link>{' '}
        or{' '}
        <Link to="/topics" className="text-cyan-800 underline dark:text-cyan-300">
          topics
        </Link>
        , or{' '}
        <Link to="/quotes" className="text-cyan-800 underline dark:text-cyan-300">
          search all statements
        </Link>
        .
      </p>
    </section>
  )
}
