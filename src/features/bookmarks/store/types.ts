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
