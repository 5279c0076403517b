import { describe, expect, it } from 'vitest'
import { snapshotQuote } from '@/domain/bookmarks/bookmark'
import { resolveBookmark } from '@/domain/bookmarks/resolve'
import { createBookmarksStore } from '@/features/bookmarks/store/bookmarks-store'
import {
  bookmarksModel,
  withExtraDocument,
  withoutYouthQuote,
} from '../../fixtures/bookmarks-corpus'
import { createOrigin } from './fake-storage'
import { testClock } from './test-clock'

describe('a bookmark made today, after the corpus changes', () => {
  function bookmarkToday() {
    const origin = createOrigin()
    const tab = origin.tab()
    const today = createBookmarksStore({ getStorage: () => tab.storage, clock: testClock() })
    for (const id of ['q31-unity', 'q32-youth']) {
      const quote = bookmarksModel.quoteById.get(id)
      if (!quote) throw new Error(id)
      today.getState().addBookmark(id, snapshotQuote(bookmarksModel, quote), `note on ${id}`)
    }
    // Next visit: a new app build with a new corpus; same storage.
    return createBookmarksStore({ getStorage: () => tab.storage, clock: testClock() })
  }

  it('still opens when the corpus gains a new document', () => {
    const later = bookmarkToday()
    const bookmark = later.getState().bookmarks['q31-unity']
    if (!bookmark) throw new Error('bookmark lost')
    const resolved = resolveBookmark(bookmark, withExtraDocument)
    expect(resolved.inCorpus).toBe(true)
    expect(resolved.snapshot?.text).toBe(withExtraDocument.quoteById.get('q31-unity')?.text)
    expect(bookmark.note).toBe('note on q31-unity')
  })

  it('shows its saved snapshot, marked, when its quote has gone', () => {
    const later = bookmarkToday()
    const bookmark = later.getState().bookmarks['q32-youth']
    if (!bookmark) throw new Error('bookmark lost')
    const resolved = resolveBookmark(bookmark, withoutYouthQuote)
    expect(resolved.inCorpus).toBe(false)
    expect(resolved.snapshot?.text).toBe(bookmarksModel.quoteById.get('q32-youth')?.text)
    expect(resolved.snapshot?.sessionLabel).toBe('XXXII session')
  })
})
