import { Link, useLocation } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { PageHeading } from '@/components/page-heading'
import { useT } from '@/i18n/catalog'
import { renderRichText } from '@/i18n/rich-text'
import { shellMessages } from '../messages'

/** What a not-found page says was looked for. */
export type Missing = { kind: 'statement' | 'topic' | 'session' | 'source'; id: string } | undefined

interface NotFoundProps {
  /** What was looked for; defaults to the path. */
  missing?: Missing
  /** Replaces the heading. */
  heading?: string
  /** Replaces the sentence that says what is missing. */
  explanation?: ReactNode
  /** Said after it. */
  note?: ReactNode
}

const linkClass = 'text-cyan-800 underline dark:text-cyan-300'

export function NotFound({ missing, heading, explanation, note }: NotFoundProps) {
  const t = useT(shellMessages)
  const location = useLocation()
  return (
    <section className="mx-auto max-w-2xl py-12">
      <PageHeading>{heading ?? t('notFound.heading')}</PageHeading>
      <p className="mt-4 text-lg">
        {explanation ??
          (missing
            ? t('notFound.what', { what: t(`notFound.${missing.kind}`, { id: missing.id }) })
            : renderRichText(t('notFound.path', { path: location.pathname }), {
                0: <code className="break-all" />,
              }))}
      </p>
      {note ? <p className="mt-4">{note}</p> : null}
      <p className="mt-4">
        {renderRichText(t('notFound.tryLinks'), {
          0: <Link to="/" className={linkClass} />,
          1: <Link to="/sessions" className={linkClass} />,
          2: <Link to="/topics" className={linkClass} />,
          3: <Link to="/quotes" className={linkClass} />,
        })}
      </p>
    </section>
  )
}
