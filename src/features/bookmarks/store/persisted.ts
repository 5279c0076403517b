import type { PersistedState } from '@/domain/bookmarks/persisted-state'
import type { BookmarksStore } from './types'

/** The part of the store that is saved (persist's `partialize`): data, never actions or status. */
export function persistedPart(state: BookmarksStore): PersistedState {
  return {
    bookmarks: state.bookmarks,
    removed: state.removed,
    savedViews: state.savedViews,
    removedViews: state.removedViews,
    preferences: state.preferences,
  }
}
