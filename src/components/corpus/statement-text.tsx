import type { ReactNode } from 'react'
import type { QuoteKind } from '@/domain/corpus/schema'

/**
 * The statement set for reading. A direct quote is the speaker's words, so it stands in
 * curly quotation marks; a reported statement is the source's wording, so it has none and
 * a dashed rule instead of a solid one.
 */
export function StatementText({
  kind,
  children,
  size = 'lg',
  lang,
}: {
  kind: QuoteKind
  children: ReactNode
  size?: 'lg' | 'xl'
  /** The statement's language, when it may differ from the interface's (screen readers). */
  lang?: string
}) {
  const text = size === 'xl' ? 'text-xl sm:text-2xl' : 'text-lg'
  if (kind === 'direct') {
    return (
      <blockquote
        lang={lang}
        className={`max-w-prose border-l-4 border-slate-800 pl-4 font-serif leading-relaxed text-slate-950 dark:border-slate-200 dark:text-slate-50 ${text}`}
      >
        <p>“{children}”</p>
      </blockquote>
    )
  }
  return (
    <p
      lang={lang}
      className={`max-w-prose border-l-4 border-dashed border-slate-400 pl-4 font-serif leading-relaxed text-slate-800 dark:border-slate-500 dark:text-slate-200 ${text}`}
    >
      {children}
    </p>
  )
}
