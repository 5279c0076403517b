import { useEffect, useRef } from 'react'
import { useBookmarksStore } from './use-bookmarks-store'

/**
 * Lists a note being written (not saved yet) with the store, so that a removal of its
 * bookmark in another tab saves the text first instead of dropping it (see startTabSync).
 * `text` is null when there is nothing unsaved. `onCommitted` receives the note as saved.
 */
export function useNoteDraft(
  quoteId: string,
  text: string | null,
  basedOn: string,
  onCommitted: (note: string) => void,
) {
  const callback = useRef(onCommitted)
  useEffect(() => {
    callback.current = onCommitted
  })
  useEffect(() => {
    if (text === null) return
    const drafts = useBookmarksStore.noteDrafts
    const draft = { text, basedOn, committed: (note: string) => callback.current(note) }
    drafts.set(quoteId, draft)
    return () => {
      if (drafts.get(quoteId) === draft) drafts.delete(quoteId)
    }
  }, [quoteId, text, basedOn])
}
