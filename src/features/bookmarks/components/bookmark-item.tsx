import { useId } from 'react'
import type { ResolvedBookmark } from '@/domain/bookmarks/resolve'
import type { CorpusModel } from '@/domain/corpus/model'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { BookmarkedStatement } from './bookmarked-statement'
import { NoteEditor } from './note-editor'
import { buttonClass } from '@/components/button-styles'
import { Notice } from './notice'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

export interface BookmarkItemProps {
  item: ResolvedBookmark
  model: CorpusModel
  position: number
  total: number
  /** Show the move buttons (the collection is in the user's own order). */
  movable: boolean
  onMove: (quoteId: string, direction: 'up' | 'down') => void
  onRemove: (quoteId: string) => void
}

/** One bookmark in the collection: the statement, the note, and what can be done with it. */
export function BookmarkItem({
  item,
  model,
  position,
  total,
  movable,
  onMove,
  onRemove,
}: BookmarkItemProps) {
  const t = useT(bookmarksMessages)
  const headingId = useId()
  const { bookmark, snapshot } = item
  const context = snapshot
    ? t('note.onStatement', {
        text: `${snapshot.text.slice(0, 60)}${snapshot.text.length > 60 ? '…' : ''}`,
      })
    : t('note.onId', { id: bookmark.quoteId })
  return (
    <article
      aria-labelledby={headingId}
      data-bookmark-id={bookmark.quoteId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <BookmarkedStatement item={item} model={model} headingId={headingId} />

      {bookmark.noteConflict ? (
        <Notice tone="warning" className="mt-4" title={t('item.conflictTitle')}>
          <p>{t('item.conflictText')}</p>
          <button
            type="button"
            className={buttonClass}
            onClick={() => useBookmarksStore.getState().acknowledgeNoteConflict(bookmark.quoteId)}
          >
            {t('item.conflictReviewed')}
          </button>
        </Notice>
      ) : null}

      <div className="mt-4">
        <NoteEditor quoteId={bookmark.quoteId} note={bookmark.note} context={context} />
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
        {movable ? (
          <>
            <button
              type="button"
              id={`move-up-${bookmark.quoteId}`}
              className={buttonClass}
              aria-describedby={headingId}
              aria-disabled={position === 0}
              onClick={() => position > 0 && onMove(bookmark.quoteId, 'up')}
            >
              <span aria-hidden="true">↑</span> {t('item.moveUp')}
            </button>
            <button
              type="button"
              id={`move-down-${bookmark.quoteId}`}
              className={buttonClass}
              aria-describedby={headingId}
              aria-disabled={position === total - 1}
              onClick={() => position < total - 1 && onMove(bookmark.quoteId, 'down')}
            >
              <span aria-hidden="true">↓</span> {t('item.moveDown')}
            </button>
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {t('item.position', { position: position + 1, total })}
            </span>
          </>
        ) : null}
        <button
          type="button"
          className={`${buttonClass} ml-auto`}
          aria-describedby={headingId}
          onClick={() => onRemove(bookmark.quoteId)}
        >
          {t('item.remove')}
        </button>
      </div>
    </article>
  )
}
