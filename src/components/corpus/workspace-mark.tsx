import { useT } from '@/i18n/catalog'
import { originMessages } from './origin-messages'

/**
 * Marks a statement or a source that is one of the user's own documents (saved in this
 * browser), wherever it appears beside published ones. `explained`: with a sentence that says
 * what that means (on the document's and the statement's own pages).
 */
export function WorkspaceMark({ explained = false }: { explained?: boolean }) {
  const t = useT(originMessages)
  const badge = (
    <span
      data-workspace-mark
      className="inline-block rounded border border-violet-800 px-1.5 py-0.5 text-xs font-semibold text-violet-900 dark:border-violet-300 dark:text-violet-200"
    >
      {t('mark')}
    </span>
  )
  if (!explained) return badge
  return (
    <p className="flex max-w-prose flex-wrap items-baseline gap-2 text-sm text-slate-700 dark:text-slate-300">
      {badge}
      <span>{t('mark.explained')}</span>
    </p>
  )
}
