import { describe, expect, it } from 'vitest'
import { snapshotQuote } from '@/domain/bookmarks/bookmark'
import { toExportJson } from '@/domain/bookmarks/export-formats'
import { parseImportFile } from '@/domain/bookmarks/import-file'
import {
  BOOKMARKS_STORAGE_KEY,
  createBookmarksStore,
  startTabSync,
} from '@/features/bookmarks/store/bookmarks-store'
import { bookmarksModel } from '../../fixtures/bookmarks-corpus'
import { createOrigin } from './fake-storage'
import { testClock } from './test-clock'

const IDS = ['q31-unity', 'q32-youth', 'q31-language', 'q32-language']

/** A valid stored collection of four bookmarks and a saved view, as the app writes it. */
function storedCollection(): {
  state: Record<string, Record<string, Record<string, unknown>>>
  version: number
} {
  const origin = createOrigin()
  const store = createBookmarksStore({
    getStorage: () => origin.tab().storage,
    clock: testClock('s'),
  })
  for (const id of IDS) {
    const quote = bookmarksModel.quoteById.get(id)
    if (!quote) throw new Error(id)
    store.getState().addBookmark(id, snapshotQuote(bookmarksModel, quote), `note on ${id}`)
  }
  store.getState().saveView('Unity', '/quotes?topic=unity')
  return JSON.parse(origin.data.get(BOOKMARKS_STORAGE_KEY) ?? '')
}

function withOneBadEntry() {
  const stored = storedCollection()
  const bad = stored.state.bookmarks?.['q32-youth']
  if (!bad) throw new Error('fixture')
  bad.addedAt = 'yesterday'
  return stored
}

describe('one malformed bookmark does not hide the collection', () => {
  it('keeps every valid entry, sets the bad one aside with field and reason, and says how many', () => {
    const raw = JSON.stringify(withOneBadEntry())
    const origin = createOrigin({ [BOOKMARKS_STORAGE_KEY]: raw })
    const store = createBookmarksStore({
      getStorage: () => origin.tab().storage,
      clock: testClock('a'),
    })
    const { bookmarks, savedViews, quarantined } = store.getState()
    expect(Object.keys(bookmarks).sort()).toEqual(['q31-language', 'q31-unity', 'q32-language'])
    expect(bookmarks['q31-unity']?.note).toBe('note on q31-unity')
    expect(Object.values(savedViews).map((v) => v.name)).toEqual(['Unity'])
    expect(quarantined).toHaveLength(1)
    expect(quarantined[0]?.reason).toMatch(/^Kept 3 bookmarks and 1 saved view; set aside 1 entry/)
    expect(quarantined[0]?.reason).toContain('bookmark “q32-youth” (bookmarks.q32-youth): addedAt:')
    expect(quarantined[0]?.reason).toContain('yesterday')

    // The bad entry is kept, exactly as it was, and the kept-aside file names it on import.
    const keptAside = store.getState().readQuarantined(quarantined[0]?.key ?? '') ?? ''
    expect(JSON.parse(keptAside).state.bookmarks['q32-youth'].note).toBe('note on q32-youth')
    const parsed = parseImportFile(keptAside, 'kept-aside.json')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problem).toContain('bookmark “q32-youth”')
      expect(parsed.problem).toContain('addedAt')
    }
  })

  it('a whole stored value kept aside earlier imports its valid entries and lists the bad one', () => {
    const parsed = parseImportFile(JSON.stringify(withOneBadEntry()), 'kept-aside.json')
    if (!parsed.ok) throw new Error(parsed.problem)
    expect(parsed.file.bookmarks.map((b) => b.quoteId).sort()).toEqual([
      'q31-language',
      'q31-unity',
      'q32-language',
    ])
    expect(parsed.file.setAside).toEqual([
      expect.objectContaining({ path: 'bookmarks.q32-youth', field: 'addedAt' }),
    ])
  })

  it('an export file with one bad entry: the others import, the bad one is listed', () => {
    const origin = createOrigin({ [BOOKMARKS_STORAGE_KEY]: JSON.stringify(storedCollection()) })
    const state = createBookmarksStore({ getStorage: () => origin.tab().storage }).getState()
    const file = JSON.parse(
      toExportJson(state, Object.values(state.bookmarks), '2024-05-02T00:00:00.000Z'),
    )
    file.bookmarks[1].addedAt = 'yesterday'
    file.savedViews.push({
      id: 'v9',
      name: 'Phish',
      url: '//evil.example/phish',
      createdAt: '2024-05-01T00:00:00.000Z',
    })
    const parsed = parseImportFile(JSON.stringify(file), 'x.json')
    if (!parsed.ok) throw new Error(parsed.problem)
    expect(parsed.file.bookmarks).toHaveLength(3)
    expect(parsed.file.savedViews.map((v) => v.name)).toEqual(['Unity'])
    expect(parsed.file.setAside.map((e) => [e.path, e.label, e.field])).toEqual([
      ['bookmarks[1]', `bookmark “${file.bookmarks[1].quoteId}”`, 'addedAt'],
      ['savedViews[1]', 'saved view “Phish”', 'url'],
    ])
    expect(parsed.file.setAside[1]?.reason).toContain('leads to another site')
  })

  it('another tab writing one bad entry: the rest is merged, the entry kept aside once', () => {
    const origin = createOrigin()
    const tab = origin.tab()
    const store = createBookmarksStore({ getStorage: () => tab.storage, clock: testClock('b') })
    const stop = startTabSync(store, tab.window)
    const other = origin.tab()
    const value = JSON.stringify(withOneBadEntry())
    other.storage.setItem(BOOKMARKS_STORAGE_KEY, value)
    origin.flush()
    other.storage.setItem(BOOKMARKS_STORAGE_KEY, `${value} `)
    origin.flush()
    stop()
    expect(Object.keys(store.getState().bookmarks)).toHaveLength(3)
    expect(store.getState().quarantined).toHaveLength(1)
  })
})
