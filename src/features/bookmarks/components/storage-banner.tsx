import { Link, useLocation } from '@tanstack/react-router'
import { useState } from 'react'
import { textLinkClass } from '@/components/text-link-class'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { useT } from '@/i18n/catalog'
import { bookmarkBannerMessages } from '../banner-messages'

/**
 * A one-line warning on every page when bookmarks are at risk (not being stored, or stored
 * data kept aside), so nobody learns it only after their work is gone. The bookmarks pages
 * show the full notices themselves.
 */
export function BookmarkStorageBanner() {
  const t = useT(bookmarkBannerMessages)
  const pathname = useLocation({ select: (l) => l.pathname })
  const health = useBookmarksStore((s) => s.storageHealth)
  const quarantined = useBookmarksStore((s) => s.quarantined.length)
  const hasBookmarks = useBookmarksStore((s) => Object.keys(s.bookmarks).length > 0)
  const [dismissed, setDismissed] = useState(false)

  if (dismissed || /\/bookmarks(\/|$)/.test(pathname)) return null
  const message =
    quarantined > 0 ? t('unreadable') : health !== 'ok' && hasBookmarks ? t('notSaved') : null
  if (!message) return null
  return (
    <div className="border-b border-amber-400 bg-amber-50 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
        <span>{message}</span>
        <Link to="/bookmarks" className={`${textLinkClass} font-medium dark:text-amber-200`}>
          {quarantined > 0 ? t('review') : t('export')}
        </Link>
        <button
          type="button"
          onClick={() => setDismissed(true)}
          className="ml-auto rounded px-2 py-0.5 underline underline-offset-2"
        >
          {t('dismiss')}
        </button>
      </p>
    </div>
  )
}
