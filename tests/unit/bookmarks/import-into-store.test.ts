import { describe, expect, it } from 'vitest'
import { snapshotQuote } from '@/domain/bookmarks/bookmark'
import { previewImport, type ImportFile } from '@/domain/bookmarks/import-file'
import { STORAGE_QUOTA_CHARS } from '@/domain/bookmarks/stored-size'
import {
  BOOKMARKS_STORAGE_KEY,
  createBookmarksStore,
} from '@/features/bookmarks/store/bookmarks-store'
import { checkImportFits, importIntoStore } from '@/features/bookmarks/store/import-into-store'
import { bookmarksModel } from '../../fixtures/bookmarks-corpus'
import { createOrigin, type FakeOrigin } from './fake-storage'
import { testClock } from './test-clock'

/**
 * Issue 17, defect 4: an import whose result could not be stored said "Added" and "could not
 * be saved" at once, and after a reload only the old bookmarks remained. Whether the result
 * fits is checked before anything changes, and "added" is only ever said of what was stored.
 */

const quote = bookmarksModel.corpus.quotes[0]
if (!quote) throw new Error('fixture corpus has no quote')
const snapshot = snapshotQuote(bookmarksModel, quote)

/** `n` statements from another corpus, each with its text saved in the file. */
const file = (n: number, textLength = 200): ImportFile => ({
  bookmarks: Array.from({ length: n }, (_, i) => ({
    quoteId: `q-other-${i}`,
    note: '',
    snapshot: { ...snapshot, text: `Statement ${i}. `.padEnd(textLength, 'x') },
  })),
  savedViews: [],
  setAside: [],
})

function open(origin: FakeOrigin) {
  const tab = origin.tab()
  return createBookmarksStore({ getStorage: () => tab.storage, clock: testClock() })
}

const storedIds = (origin: FakeOrigin) =>
  Object.keys(
    (
      JSON.parse(origin.data.get(BOOKMARKS_STORAGE_KEY) ?? '{"state":{"bookmarks":{}}}') as {
        state: { bookmarks: object }
      }
    ).state.bookmarks,
  )

describe('importing into the store', () => {
  it('a result that would not fit is refused before anything changes, and says how large', async () => {
    const origin = createOrigin()
    origin.quota = STORAGE_QUOTA_CHARS
    const store = open(origin)
    store.getState().addBookmark(quote.id, snapshot, 'mine')
    const storedBefore = origin.data.get(BOOKMARKS_STORAGE_KEY)
    // 10,000 bookmarks of some 600 characters each: about 6 MB stored.
    const preview = previewImport(store.getState(), file(10_000, 300), bookmarksModel)

    const fit = await checkImportFits(store, preview)
    expect(fit.fits).toBe(false)
    expect(fit.needed).toBeGreaterThan(STORAGE_QUOTA_CHARS)
    expect(fit.quota).toBe(STORAGE_QUOTA_CHARS)

    const outcome = await importIntoStore(store, preview, 'Imported.')
    expect(outcome).toMatchObject({ ok: false, reason: 'does-not-fit' })
    expect(Object.keys(store.getState().bookmarks)).toEqual([quote.id])
    expect(origin.data.get(BOOKMARKS_STORAGE_KEY)).toBe(storedBefore)
    expect(store.getState().undoEntry).toBeNull()
    expect(store.getState().storageHealth).toBe('ok')
  })

  it('counts what the site’s other data takes', async () => {
    const origin = createOrigin({ 'another-feature': 'x'.repeat(STORAGE_QUOTA_CHARS - 1000) })
    const store = open(origin)
    const preview = previewImport(store.getState(), file(20), bookmarksModel)
    const fit = await checkImportFits(store, preview)
    expect(fit.usedByOthers).toBe('another-feature'.length + STORAGE_QUOTA_CHARS - 1000)
    expect(fit.fits).toBe(false)
  })

  it('reports "added" only once storage has kept the bookmarks; a refused write changes nothing', async () => {
    const origin = createOrigin()
    const store = open(origin)
    store.getState().addBookmark(quote.id, snapshot, 'mine')
    const storedBefore = origin.data.get(BOOKMARKS_STORAGE_KEY)
    const preview = previewImport(store.getState(), file(50), bookmarksModel)
    // Storage takes nothing more than it holds now (another site's data filled it meanwhile).
    origin.quota = [...origin.data].reduce((n, [k, v]) => n + k.length + v.length, 0)

    const refused = await importIntoStore(store, preview, 'Imported.')
    expect(refused).toEqual({ ok: false, reason: 'not-saved' })
    expect(Object.keys(store.getState().bookmarks)).toEqual([quote.id])
    expect(origin.data.get(BOOKMARKS_STORAGE_KEY)).toBe(storedBefore)
    expect(store.getState().undoEntry).toBeNull()

    origin.quota = Infinity
    const kept = await importIntoStore(store, preview, 'Imported.')
    expect(kept.ok && kept.result.added).toHaveLength(50)
    expect(storedIds(origin)).toHaveLength(51)
    expect(Object.keys(store.getState().bookmarks)).toHaveLength(51)
    // Undo takes the import back, in memory and in storage.
    store.getState().runUndo()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(Object.keys(store.getState().bookmarks)).toEqual([quote.id])
    expect(storedIds(origin)).toEqual([quote.id])
  })

  it('a large collection is written a slice at a time, and the last change wins', async () => {
    const origin = createOrigin()
    const store = open(origin)
    const preview = previewImport(store.getState(), file(1_200, 50), bookmarksModel)
    expect((await importIntoStore(store, preview, 'Imported.')).ok).toBe(true)
    expect(storedIds(origin)).toHaveLength(1_200)
    store.getState().setNote('q-other-7', 'first')
    store.getState().setNote('q-other-7', 'second')
    // Not written yet: the page was not held while the collection was serialised.
    expect(origin.data.get(BOOKMARKS_STORAGE_KEY)).not.toContain('second')
    await new Promise((resolve) => setTimeout(resolve, 50))
    await expect
      .poll(() => origin.data.get(BOOKMARKS_STORAGE_KEY) ?? '', { timeout: 5000 })
      .toContain('"note":"second"')
    expect(origin.data.get(BOOKMARKS_STORAGE_KEY)).not.toContain('"note":"first"')
  })
})
