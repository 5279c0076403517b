import type { GuardedStorage, QuarantinedItem, StorageHealth } from './guarded-storage'
import type { SliceCreator } from './types'

export interface UndoEntry {
  /** Changes on every new entry, so a view can tell one toast from the next. */
  id: number
  message: string
  undo: () => void
}

/** Not persisted: how storage is doing, what was kept aside, and the last undoable action. */
export interface StatusSlice {
  storageHealth: StorageHealth
  /** Stored data that could not be read, kept under its own key. */
  quarantined: QuarantinedItem[]
  /** The last change that came from another tab (for a polite announcement). */
  lastSyncAt: string | null
  /** Removed in another tab while a note was being written here: kept, with that note. */
  keptForNote: string[]
  /** Removed here, but kept by another tab where a note was being written on it. */
  keptElsewhere: string[]
  /** The user has read the two notices above. */
  dismissKept: () => void
  undoEntry: UndoEntry | null
  offerUndo: (message: string, undo: () => void) => void
  runUndo: () => void
  dismissUndo: () => void
  /** The raw text of a kept-aside item (for download), or null if it is gone. */
  readQuarantined: (key: string) => string | null
  /** Deletes a kept-aside item, with undo. */
  discardQuarantined: (key: string) => void
}

let undoIds = 0

export const createStatusSlice =
  (guarded: GuardedStorage): SliceCreator<StatusSlice> =>
  (set, get) => ({
    storageHealth: 'ok',
    quarantined: [],
    lastSyncAt: null,
    keptForNote: [],
    keptElsewhere: [],
    dismissKept: () => set({ keptForNote: [], keptElsewhere: [] }),
    undoEntry: null,
    offerUndo: (message, undo) => set({ undoEntry: { id: ++undoIds, message, undo } }),
    runUndo: () => {
      const entry = get().undoEntry
      if (!entry) return
      set({ undoEntry: null })
      entry.undo()
    },
    dismissUndo: () => set({ undoEntry: null }),
    readQuarantined: (key) => {
      try {
        return guarded.backing()?.getItem(key) ?? null
      } catch {
        return null
      }
    },
    discardQuarantined: (key) => {
      const backing = guarded.backing()
      const item = get().quarantined.find((q) => q.key === key)
      const raw = get().readQuarantined(key)
      if (!backing || !item) return
      backing.removeItem(key)
      // Data left in place (too large to copy aside) was blocking saves: they resume now, and
      // this very update writes the collection as it is in this tab.
      if (item.inPlace) guarded.unblockWrites()
      set((s) => ({ quarantined: s.quarantined.filter((q) => q.key !== key) }))
      if (raw !== null)
        get().offerUndo(
          item.inPlace ? 'Deleted the unreadable data.' : 'Deleted the kept-aside copy.',
          () => {
            try {
              // Data that was in place comes back as a kept-aside copy (listed by the
              // quarantine hook), so the collection saved since is not overwritten.
              if (item.inPlace) guarded.quarantine(raw, 'The unreadable data, restored.')
              else {
                backing.setItem(key, raw)
                set((s) => ({ quarantined: [...s.quarantined, item] }))
              }
            } catch {
              // Storage refused; the copy was in memory only and the health notice says so.
            }
          },
        )
    },
  })
