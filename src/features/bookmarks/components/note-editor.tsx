import { useId, useState } from 'react'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { buttonClass, fieldClass } from '@/components/button-styles'
import { useNoteDraft } from '../store/use-note-draft'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

type SaveState = 'saved' | 'unsaved' | 'just-saved'

/**
 * The note on one bookmark: a labelled text area saved when focus leaves it or with the
 * Save button, with a status that says where things stand. A note changed meanwhile in
 * another tab is never silently replaced: both texts are kept. If another tab removes the
 * bookmark while a note is being written here, the bookmark is kept with the text.
 */
export function NoteEditor({
  quoteId,
  note,
  context,
}: {
  quoteId: string
  note: string
  context: string
}) {
  const t = useT(bookmarksMessages)
  const fieldId = useId()
  const statusId = useId()
  const [draft, setDraft] = useState(note)
  const [basedOn, setBasedOn] = useState(note)
  const [state, setState] = useState<SaveState>('saved')
  const health = useBookmarksStore((s) => s.storageHealth)
  const [keptHere, setKeptHere] = useState(false)
  useNoteDraft(quoteId, state === 'unsaved' ? draft : null, basedOn, (saved) => {
    setBasedOn(saved)
    setKeptHere(true)
    if (saved === draft) setState('saved')
  })

  // The stored note changed elsewhere (another tab, an import): follow it unless the user
  // is in the middle of editing, in which case saving will keep both.
  if (note !== basedOn && draft === basedOn) {
    setBasedOn(note)
    setDraft(note)
  }

  const save = () => {
    useBookmarksStore.getState().setNote(quoteId, draft, basedOn)
    const stored = useBookmarksStore.getState().bookmarks[quoteId]?.note ?? draft
    setBasedOn(stored)
    setDraft(stored)
    setState('just-saved')
  }

  const message =
    state === 'unsaved'
      ? t('note.unsaved')
      : state === 'just-saved'
        ? health === 'ok'
          ? t('note.saved')
          : t('note.inTab')
        : ''

  return (
    // On paper: the note as text (a text area would print cut to its size), or nothing.
    <div className={draft.trim() ? 'max-w-prose' : 'max-w-prose print:hidden'}>
      <label
        htmlFor={fieldId}
        className="block text-sm font-medium text-slate-800 dark:text-slate-200"
      >
        {t('note.label')} <span className="sr-only">{context}</span>
      </label>
      <textarea
        id={fieldId}
        value={draft}
        rows={Math.min(8, Math.max(2, draft.split('\n').length + 1))}
        aria-describedby={statusId}
        onChange={(event) => {
          setDraft(event.target.value)
          setState('unsaved')
        }}
        onBlur={() => {
          if (state === 'unsaved') save()
        }}
        placeholder={t('note.placeholder')}
        className={`mt-1 ${fieldClass} placeholder:text-slate-500 dark:placeholder:text-slate-400`}
      />
      <p className="mt-1 hidden whitespace-pre-wrap print:block">{draft}</p>
      {keptHere ? (
        <p role="alert" className="mt-1.5 text-sm font-medium text-amber-900 dark:text-amber-200">
          {t('note.keptHere')}
        </p>
      ) : null}
      <div className="mt-1.5 flex flex-wrap items-center gap-3">
        <button type="button" onClick={save} className={buttonClass}>
          {t('note.save')}
        </button>
        <span id={statusId} role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {message}
        </span>
      </div>
    </div>
  )
}
