import { useBookmarksStore } from '../store/use-bookmarks-store'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

/**
 * The last undoable action ("Removed bookmark … Undo"). It stays until the next action or
 * until dismissed: no timer decides for the user how fast they must react.
 */
export function UndoToast({ returnFocusTo }: { returnFocusTo?: () => HTMLElement | null }) {
  const t = useT(bookmarksMessages)
  const entry = useBookmarksStore((s) => s.undoEntry)
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-40 flex justify-center p-4"
    >
      {entry ? (
        <div className="pointer-events-auto flex max-w-xl flex-wrap items-center gap-3 rounded-lg border border-slate-700 bg-slate-900 px-4 py-3 text-sm text-white shadow-lg dark:border-slate-300 dark:bg-slate-100 dark:text-slate-950">
          <span className="min-w-0 break-words">{entry.message}</span>
          <button
            type="button"
            onClick={() => {
              useBookmarksStore.getState().runUndo()
              returnFocusTo?.()?.focus()
            }}
            className="rounded border border-white px-2.5 py-1 font-semibold hover:bg-white hover:text-slate-900 dark:border-slate-900 dark:hover:bg-slate-900 dark:hover:text-white"
          >
            {t('undo.undo')}
          </button>
          <button
            type="button"
            onClick={() => useBookmarksStore.getState().dismissUndo()}
            className="rounded px-2 py-1 underline underline-offset-2"
          >
            {t('undo.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
