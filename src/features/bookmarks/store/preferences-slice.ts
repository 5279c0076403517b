import type { BookmarkSort } from '@/domain/bookmarks/bookmark'
import type { Preferences } from '@/domain/bookmarks/persisted-state'
import type { SliceCreator, StoreClock } from './types'

export interface PreferencesSlice {
  preferences: Preferences
  setSort: (sort: BookmarkSort) => void
}

export const createPreferencesSlice =
  (clock: StoreClock): SliceCreator<PreferencesSlice> =>
  (set) => ({
    preferences: { sort: 'newest', updatedAt: new Date(0).toISOString() },
    setSort: (sort) => set({ preferences: { sort, updatedAt: clock.now().toISOString() } }),
  })
