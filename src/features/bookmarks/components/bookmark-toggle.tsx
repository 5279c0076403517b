import { useId, useRef, useState } from 'react'
import { snapshotQuote, type BookmarkSnapshot } from '@/domain/bookmarks/bookmark'
import { useCorpus } from '@/features/corpus/use-corpus'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { useNoteDraft } from '../store/use-note-draft'
import { BookmarkIcon } from './bookmark-icon'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'
import { buttonClass, primaryButtonClass } from '@/components/button-styles'

interface BookmarkToggleProps {
  quoteId: string
  /** Offer the quick note editor next to the toggle (default true). */
  withNote?: boolean
  /** Id of an element describing the quote (e.g. its text), so the button's purpose is clear out of context. */
  describedBy?: string
  /** What to save when the quote is not in the loaded corpus (a bookmark's own snapshot). */
  fallbackSnapshot?: BookmarkSnapshot | null
  className?: string
}

/**
 * Bookmark on/off for one statement: a toggle button ("Bookmark" / "Bookmarked", aria-pressed),
 * and once bookmarked, a small note editor. Removing offers an inline undo.
 */
export function BookmarkToggle({
  quoteId,
  withNote = true,
  describedBy,
  fallbackSnapshot = null,
  className = '',
}: BookmarkToggleProps) {
  const t = useT(bookmarksMessages)
  const model = useCorpus()
  const bookmark = useBookmarksStore((s) => s.bookmarks[quoteId])
  const undoEntry = useBookmarksStore((s) => s.undoEntry)
  const [undoId, setUndoId] = useState<number | null>(null)
  const [editing, setEditing] = useState(false)
  const [status, setStatus] = useState('')
  const toggleRef = useRef<HTMLButtonElement>(null)
  const editorId = useId()
  const bookmarked = bookmark !== undefined

  const toggle = () => {
    const store = useBookmarksStore.getState()
    setStatus('')
    if (bookmarked) {
      store.removeBookmark(quoteId)
      setEditing(false)
      setUndoId(useBookmarksStore.getState().undoEntry?.id ?? null)
    } else {
      const quote = model.quoteById.get(quoteId)
      store.addBookmark(quoteId, quote ? snapshotQuote(model, quote) : fallbackSnapshot)
      setUndoId(null)
    }
  }

  const showUndo = undoId !== null && undoEntry?.id === undoId && !bookmarked

  return (
    <div className={`flex flex-wrap items-center gap-2 ${className}`}>
      <button
        ref={toggleRef}
        type="button"
        aria-pressed={bookmarked}
        aria-describedby={describedBy}
        onClick={toggle}
        className={
          bookmarked
            ? 'inline-flex items-center gap-1.5 rounded border border-cyan-800 bg-cyan-800 px-2.5 py-1 text-sm font-medium text-white hover:bg-cyan-900 dark:border-cyan-300 dark:bg-cyan-300 dark:text-slate-950 dark:hover:bg-cyan-200'
            : 'inline-flex items-center gap-1.5 rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:border-cyan-800 hover:text-cyan-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-cyan-300 dark:hover:text-cyan-200'
        }
      >
        <BookmarkIcon filled={bookmarked} />
        {bookmarked ? t('toggle.bookmarked') : t('toggle.bookmark')}
      </button>
      {bookmarked && withNote ? (
        <button
          type="button"
          aria-expanded={editing}
          aria-controls={editing ? editorId : undefined}
          onClick={() => {
            setEditing((open) => !open)
            setStatus('')
          }}
          className="rounded px-2 py-1 text-sm text-cyan-800 underline decoration-dotted underline-offset-4 hover:text-cyan-950 dark:text-cyan-300 dark:hover:text-cyan-100"
        >
          {bookmark.note ? t('toggle.editNote') : t('toggle.addNote')}
        </button>
      ) : null}
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {showUndo ? (
          <>
            {t('toggle.removed')}{' '}
            <button
              type="button"
              onClick={() => {
                useBookmarksStore.getState().runUndo()
                setUndoId(null)
                toggleRef.current?.focus()
              }}
              className="font-medium text-cyan-800 underline underline-offset-2 dark:text-cyan-300"
            >
              {t('toggle.undo')}
            </button>
          </>
        ) : (
          status
        )}
      </span>
      {bookmarked && withNote && editing ? (
        <QuickNoteEditor
          id={editorId}
          quoteId={quoteId}
          initial={bookmark.note}
          onSave={(note, basedOn) => {
            // Based on the note as it was when editing began: if another tab changed it
            // meanwhile, both texts are kept instead of this one replacing the other.
            useBookmarksStore.getState().setNote(quoteId, note, basedOn)
            setEditing(false)
            setStatus(note ? t('toggle.noteSaved') : t('toggle.noteCleared'))
            toggleRef.current?.focus()
          }}
          onCancel={() => {
            setEditing(false)
            toggleRef.current?.focus()
          }}
        />
      ) : null}
    </div>
  )
}

function QuickNoteEditor({
  id,
  quoteId,
  initial,
  onSave,
  onCancel,
}: {
  id: string
  quoteId: string
  initial: string
  onSave: (note: string, basedOn: string) => void
  onCancel: () => void
}) {
  const t = useT(bookmarksMessages)
  const [draft, setDraft] = useState(initial)
  const [basedOn, setBasedOn] = useState(initial)
  const [keptHere, setKeptHere] = useState(false)
  // Removed in another tab while this note is being written: the bookmark stays, with it.
  useNoteDraft(quoteId, draft !== basedOn ? draft : null, basedOn, (saved) => {
    setBasedOn(saved)
    setKeptHere(true)
  })
  const fieldId = useId()
  return (
    <form
      id={id}
      className="w-full max-w-prose space-y-2"
      onSubmit={(event) => {
        event.preventDefault()
        onSave(draft, basedOn)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {t('toggle.noteLabel')}
      </label>
      <textarea
        id={fieldId}
        value={draft}
        // Focus follows the user's own request to write a note.
        autoFocus
        rows={3}
        onChange={(event) => setDraft(event.target.value)}
        className="block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      {keptHere ? (
        <p role="alert" className="text-sm font-medium text-amber-900 dark:text-amber-200">
          {t('toggle.keptHere')}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" className={primaryButtonClass}>
          {t('toggle.save')}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass}>
          {t('toggle.cancel')}
        </button>
      </div>
    </form>
  )
}
