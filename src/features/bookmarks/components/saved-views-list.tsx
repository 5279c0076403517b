import { useBookmarksStore } from '../store/use-bookmarks-store'
import { formatDate } from '@/domain/corpus/format'
import { textLinkClass } from '@/components/text-link-class'
import { appHref, checkAppPath } from '@/domain/url/app-path'
import { buttonClass } from '@/components/button-styles'

/** Named explorer views the user saved; each opens the explorer exactly as it was. */
export function SavedViewsList() {
  const views = useBookmarksStore((s) => s.savedViews)
  const list = Object.values(views).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  if (list.length === 0)
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        No saved views yet. In the quote explorer, “Save this view” keeps a search with its filters
        here.
      </p>
    )
  return (
    <ul className="space-y-2">
      {list.map((view) => (
        <li key={view.id} className="flex flex-wrap items-center justify-between gap-2">
          <span className="min-w-0">
            <SavedViewLink name={view.name} url={view.url} />{' '}
            <span className="text-xs text-slate-600 dark:text-slate-400">
              saved {formatDate(view.createdAt)}
            </span>
          </span>
          <button
            type="button"
            className={buttonClass}
            aria-label={`Delete saved view “${view.name}”`}
            onClick={() => useBookmarksStore.getState().removeView(view.id)}
          >
            Delete
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
  const check = checkAppPath(url)
  if (!check.ok)
    return (
      <span className="break-words">
        {name}{' '}
        <span className="text-xs text-red-800 dark:text-red-300">
          (not opened: {check.reason}, not a page of this app)
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
