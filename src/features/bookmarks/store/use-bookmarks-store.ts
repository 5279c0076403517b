import { createBookmarksStore, startTabSync } from './bookmarks-store'

/** The app's one bookmarks store, persisted in localStorage and kept in step across tabs. */
export const useBookmarksStore = createBookmarksStore()

startTabSync(useBookmarksStore)
