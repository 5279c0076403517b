import {
  MAX_NOTE_LENGTH,
  moveInOrder,
  newBookmark,
  revise,
  type Bookmark,
  type BookmarkSnapshot,
  type Tombstone,
} from '@/domain/bookmarks/bookmark'
import {
  joinNotes,
  mergeIncoming,
  putBookmark,
  removeBookmark,
  revertTo,
  type IncomingBookmark,
  type IncomingMergeResult,
} from '@/domain/bookmarks/merge'
import { persistedPart } from './persisted'
import { stampFrom, type SliceCreator, type StoreClock } from './types'

export interface BookmarksSlice {
  /** By quote id. */
  bookmarks: Record<string, Bookmark>
  /** Removals other tabs must learn about, by quote id. */
  removed: Record<string, Tombstone>
  addBookmark: (quoteId: string, snapshot: BookmarkSnapshot | null, note?: string) => void
  /** Removes and offers undo. */
  removeBookmark: (quoteId: string) => void
  /**
   * Saves a note. `basedOn` is the note the user started editing from: if the stored note has
   * changed since (another tab), both versions are kept instead of one replacing the other.
   */
  setNote: (quoteId: string, note: string, basedOn?: string) => void
  /** The user has read a note that was merged from two versions. */
  acknowledgeNoteConflict: (quoteId: string) => void
  /** Moves a bookmark one step within `visibleOrder` (the ids as currently listed). */
  moveBookmark: (quoteId: string, direction: 'up' | 'down', visibleOrder: string[]) => void
  /** Removes everything and offers undo. */
  clearAll: () => void
  /** Merges bookmarks from a file or a shared link; offers undo when anything changed. */
  mergeBookmarks: (incoming: IncomingBookmark[], undoMessage: string) => IncomingMergeResult
  /** Fills in snapshots that are missing (bookmarks migrated from format 0). */
  fillSnapshots: (snapshots: Record<string, BookmarkSnapshot>) => void
}

export const createBookmarksSlice =
  (clock: StoreClock): SliceCreator<BookmarksSlice> =>
  (set, get) => {
    const stamp = () => stampFrom(clock)

    /** Runs a change and offers to revert exactly it (not what happened to it since). */
    const undoable = (message: string, change: () => void) => {
      const before = persistedPart(get())
      change()
      const after = persistedPart(get())
      get().offerUndo(message, () => {
        set(revertTo(persistedPart(get()), before, () => stamp(), after))
      })
    }

    const update = (quoteId: string, change: (b: Bookmark) => Partial<Bookmark> | null) => {
      const current = get().bookmarks[quoteId]
      if (!current) return
      const patch = change(current)
      if (!patch) return
      set((s) => ({ bookmarks: { ...s.bookmarks, [quoteId]: revise(current, patch, stamp()) } }))
    }

    return {
      bookmarks: {},
      removed: {},

      addBookmark: (quoteId, snapshot, note = '') => {
        if (get().bookmarks[quoteId]) return
        set(putBookmark(persistedPart(get()), newBookmark(quoteId, snapshot, stamp(), note)))
      },

      removeBookmark: (quoteId) => {
        const bookmark = get().bookmarks[quoteId]
        if (!bookmark) return
        const what = bookmark.snapshot
          ? `“${truncate(bookmark.snapshot.text, 60)}”`
          : `quote ${quoteId}`
        undoable(`Removed bookmark ${what}.`, () =>
          set(removeBookmark(persistedPart(get()), quoteId, clock.now().toISOString())),
        )
      },

      setNote: (quoteId, note, basedOn) =>
        update(quoteId, (b) => {
          if (b.note === note) return null
          if (basedOn !== undefined && b.note !== basedOn) {
            const joined = joinNotes(b.note, note)
            return joined.conflict
              ? { note: joined.note, noteConflict: true }
              : { note: joined.note }
          }
          return { note: note.slice(0, MAX_NOTE_LENGTH) }
        }),

      acknowledgeNoteConflict: (quoteId) =>
        update(quoteId, (b) => (b.noteConflict ? { noteConflict: undefined } : null)),

      moveBookmark: (quoteId, direction, visibleOrder) => {
        const { bookmarks } = get()
        const ordered = visibleOrder.map((id) => bookmarks[id]).filter((b) => b !== undefined)
        for (const { quoteId: id, order } of moveInOrder(ordered, quoteId, direction))
          update(id, () => ({ order }))
      },

      clearAll: () => {
        const ids = Object.keys(get().bookmarks)
        if (ids.length === 0) return
        undoable(`Removed all ${ids.length} bookmarks.`, () => {
          let state = persistedPart(get())
          const at = clock.now().toISOString()
          for (const id of ids) state = removeBookmark(state, id, at)
          set(state)
        })
      },

      mergeBookmarks: (incoming, undoMessage) => {
        const before = persistedPart(get())
        const result = mergeIncoming(before, incoming, () => stamp())
        set(result.state)
        if (result.added.length > 0 || result.notesJoined.length > 0)
          get().offerUndo(undoMessage, () =>
            set(revertTo(persistedPart(get()), before, () => stamp(), result.state)),
          )
        return result
      },

      fillSnapshots: (snapshots) => {
        const missing = Object.values(get().bookmarks).filter(
          (b) => !b.snapshot && snapshots[b.quoteId],
        )
        if (missing.length === 0) return
        const next = { ...get().bookmarks }
        for (const b of missing)
          next[b.quoteId] = revise(b, { snapshot: snapshots[b.quoteId] }, stamp())
        set({ bookmarks: next })
      },
    }
  }

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}
