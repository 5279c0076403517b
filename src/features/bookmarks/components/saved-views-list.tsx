import { useBookmarksStore } from '../store/use-bookmarks-store'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { textLinkClass } from '@/components/text-link-class'
import { appHref, checkAppPath } from '@/domain/url/app-path'
import { buttonClass } from '@/components/button-styles'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

/** Named explorer views the user saved; each opens the explorer exactly as it was. */
export function SavedViewsList() {
  const t = useT(bookmarksMessages)
  const { date } = useCorpusTerms()
  const views = useBookmarksStore((s) => s.savedViews)
  const list = Object.values(views).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  if (list.length === 0)
    return <p className="text-sm text-slate-700 dark:text-slate-300">{t('views.none')}</p>
  return (
    <ul className="space-y-2">
      {list.map((view) => (
        <li key={view.id} className="flex flex-wrap items-center justify-between gap-2">
          <span className="min-w-0">
            <SavedViewLink name={view.name} url={view.url} />{' '}
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {t('views.saved', { date: date(view.createdAt) })}
            </span>
          </span>
          <button
            type="button"
            className={buttonClass}
            aria-label={t('views.deleteLabel', { name: view.name })}
            onClick={() => useBookmarksStore.getState().removeView(view.id)}
          >
            {t('views.delete')}
          </button>
        </li>
      ))}
    </ul>
  )
}

/**
 * A plain link (saved URLs carry their own query string, which the router would re-encode),
 * and only to a page of this app: stored data is checked again here, and anything else is
 * shown as text with the reason, never as a link.
 */
function SavedViewLink({ name, url }: { name: string; url: string }) {
  const t = useT(bookmarksMessages)
  const check = checkAppPath(url)
  if (!check.ok)
    return (
      <span className="break-words">
        {name}{' '}
        <span className="text-xs text-red-800 dark:text-red-300">
          {t('views.notOpened', { reason: check.reason })}
        </span>
      </span>
    )
  return (
    <a
      href={appHref(import.meta.env.BASE_URL, check.path)}
      className={`${textLinkClass} break-words`}
    >
      {name}
    </a>
  )
}
