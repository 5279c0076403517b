import type { SavedView } from '@/domain/bookmarks/persisted-state'
import { checkAppPath } from '@/domain/url/app-path'
import type { SliceCreator, StoreClock } from './types'

export interface SavedViewsSlice {
  /** Named explorer URLs ("/quotes?topic=language&session=32"), by id. */
  savedViews: Record<string, SavedView>
  removedViews: Record<string, string>
  /** Saves a page of this app under a name; returns null (nothing saved) for any other address. */
  saveView: (name: string, url: string) => SavedView | null
  removeView: (id: string) => void
}

export const createSavedViewsSlice =
  (clock: StoreClock): SliceCreator<SavedViewsSlice> =>
  (set, get) => ({
    savedViews: {},
    removedViews: {},
    saveView: (name, url) => {
      if (!checkAppPath(url).ok) return null
      const view: SavedView = {
        id: `v${clock.newRev()}`,
        name: name.trim().slice(0, 200) || url,
        url,
        createdAt: clock.now().toISOString(),
      }
      set((s) => ({ savedViews: { ...s.savedViews, [view.id]: view } }))
      return view
    },
    removeView: (id) => {
      const view = get().savedViews[id]
      if (!view) return
      const savedViews = { ...get().savedViews }
      delete savedViews[id]
      set((s) => ({
        savedViews,
        removedViews: { ...s.removedViews, [id]: clock.now().toISOString() },
      }))
      get().offerUndo(`Removed saved view “${view.name}”.`, () => {
        // Restored under a new id: the old one is a tombstone other tabs already know.
        const restored = { ...view, id: `v${clock.newRev()}` }
        set((s) => ({ savedViews: { ...s.savedViews, [restored.id]: restored } }))
      })
    },
  })
