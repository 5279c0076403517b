import type { StateCreator } from 'zustand'
import type { Stamp } from '@/domain/bookmarks/bookmark'
import type { BookmarksSlice } from './bookmarks-slice'
import type { PreferencesSlice } from './preferences-slice'
import type { SavedViewsSlice } from './saved-views-slice'
import type { StatusSlice } from './status-slice'

/** The one bound store: every slice, with persist applied to the combination only. */
export type BookmarksStore = BookmarksSlice & SavedViewsSlice & PreferencesSlice & StatusSlice

export type SliceCreator<Slice> = StateCreator<
  BookmarksStore,
  [['zustand/persist', unknown]],
  [],
  Slice
>

/** Time and identity for changes, injectable so tests are deterministic. */
export interface StoreClock {
  now: () => Date
  /** A fresh revision id. */
  newRev: () => string
}

export const stampFrom = (clock: StoreClock): Stamp => ({
  at: clock.now().toISOString(),
  rev: clock.newRev(),
})

/**
 * A note being written and not saved yet (the field still has focus), by quote id. Kept
 * outside the store's state so typing never writes storage. When another tab removes the
 * bookmark meanwhile, the tab sync saves this text first (`committed` tells the editor), so
 * the bookmark stays, with the note.
 */
export interface NoteDraft {
  text: string
  /** The stored note the text started from. */
  basedOn: string
  committed: (note: string) => void
}
