import { useBookmarksStore } from '../store/use-bookmarks-store'
import { formatDate } from '@/domain/corpus/format'
import { textLinkClass } from '@/components/text-link-class'
import { buttonClass } from './notice'

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
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '')
  return (
    <ul className="space-y-2">
      {list.map((view) => (
        <li key={view.id} className="flex flex-wrap items-center justify-between gap-2">
          <span className="min-w-0">
            {/* A plain link: saved URLs include their own query string, which the router would re-encode. */}
            <a href={`${base}${view.url}`} className={`${textLinkClass} break-words`}>
              {view.name}
            </a>{' '}
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
