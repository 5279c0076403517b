import { afterEach, describe, expect, it } from 'vitest'
import { snapshotQuote, sortBookmarks } from '@/domain/bookmarks/bookmark'
import {
  BOOKMARKS_STORAGE_KEY,
  createBookmarksStore,
  startTabSync,
  type BookmarksStoreHook,
} from '@/features/bookmarks/store/bookmarks-store'
import { QUARANTINE_PREFIX } from '@/features/bookmarks/store/guarded-storage'
import { bookmarksModel } from '../../fixtures/bookmarks-corpus'
import { createOrigin, disabledStorage, type FakeOrigin, type FakeTab } from './fake-storage'
import { testClock } from './test-clock'

// Each test builds its own stores on its own fake origin, so nothing leaks between tests;
// tab listeners are removed after each test.
const stops: (() => void)[] = []
afterEach(() => {
  stops.splice(0).forEach((stop) => stop())
})

function open(origin: FakeOrigin, name = 't'): { store: BookmarksStoreHook; tab: FakeTab } {
  const tab = origin.tab()
  const store = createBookmarksStore({ getStorage: () => tab.storage, clock: testClock(name) })
  stops.push(startTabSync(store, tab.window))
  return { store, tab }
}

const snap = (id: string) => {
  const quote = bookmarksModel.quoteById.get(id)
  if (!quote) throw new Error(id)
  return snapshotQuote(bookmarksModel, quote)
}

const stored = (origin: FakeOrigin) =>
  JSON.parse(origin.data.get(BOOKMARKS_STORAGE_KEY) ?? 'null') as {
    state: { bookmarks: Record<string, { note: string }> }
    version: number
  }

describe('bookmarks store: persistence', () => {
  it('keeps bookmarks and notes across a reload, under a versioned envelope', () => {
    const origin = createOrigin()
    const first = open(origin).store
    first.getState().addBookmark('q31-unity', snap('q31-unity'))
    first.getState().setNote('q31-unity', 'Use in chapter 2')
    expect(stored(origin).version).toBe(1)

    const reloaded = open(origin).store
    expect(reloaded.getState().bookmarks['q31-unity']?.note).toBe('Use in chapter 2')
    expect(reloaded.getState().bookmarks['q31-unity']?.snapshot?.text).toBe(
      bookmarksModel.quoteById.get('q31-unity')?.text,
    )
  })

  it('persists data only: status, undo and actions stay out of storage', () => {
    const origin = createOrigin()
    open(origin).store.getState().addBookmark('q31-unity', null)
    const keys = Object.keys(stored(origin).state).sort()
    expect(keys).toEqual(['bookmarks', 'preferences', 'removed', 'removedViews', 'savedViews'])
  })

  it('migrates the v0 format: every id and note kept, in the same order, original backed up', () => {
    const v0 = JSON.stringify({
      state: { ids: ['q32-youth', 'q31-unity', 'gone-quote'], notes: { 'q31-unity': 'old note' } },
      version: 0,
    })
    const origin = createOrigin({ [BOOKMARKS_STORAGE_KEY]: v0 })
    const { store } = open(origin)
    const { bookmarks } = store.getState()
    expect(Object.keys(bookmarks).sort()).toEqual(['gone-quote', 'q31-unity', 'q32-youth'])
    expect(bookmarks['q31-unity']?.note).toBe('old note')
    expect(bookmarks['q32-youth']?.note).toBe('')
    expect(bookmarks['q31-unity']?.snapshot).toBeNull()
    // v0 listed oldest first: the last id must come out as the newest.
    const newestFirst = Object.values(bookmarks)
      .sort((a, b) => (a.addedAt < b.addedAt ? 1 : -1))
      .map((b) => b.quoteId)
    expect(newestFirst).toEqual(['gone-quote', 'q31-unity', 'q32-youth'])
    expect(stored(origin).version).toBe(1)
    expect(origin.data.get(`${BOOKMARKS_STORAGE_KEY}:backup-v0`)).toBe(v0)
    expect(store.getState().quarantined).toEqual([])
  })

  it('fills the snapshots of migrated bookmarks once the corpus is known', () => {
    const v0 = JSON.stringify({ state: { ids: ['q32-youth'], notes: {} }, version: 0 })
    const { store } = open(createOrigin({ [BOOKMARKS_STORAGE_KEY]: v0 }))
    store.getState().fillSnapshots({ 'q32-youth': snap('q32-youth') })
    expect(store.getState().bookmarks['q32-youth']?.snapshot?.sessionLabel).toBe('XXXII session')
  })
})

describe('bookmarks store: unreadable data is kept aside, never lost', () => {
  const cases: [string, string][] = [
    ['not JSON', '{"state": {"bookmarks": '],
    ['JSON of a foreign shape', JSON.stringify(['someone', 'else'])],
    [
      'an envelope whose frame fails validation',
      JSON.stringify({ state: { bookmarks: [{ quoteId: 'x' }] }, version: 1 }),
    ],
    ['a v0 envelope with bad ids', JSON.stringify({ state: { ids: [42] }, version: 0 })],
    ['a format from a newer app version', JSON.stringify({ state: { bookmarks: {} }, version: 7 })],
  ]
  it.each(cases)('%s: copied to a quarantine key, reported, app starts empty', (_label, raw) => {
    const origin = createOrigin({ [BOOKMARKS_STORAGE_KEY]: raw })
    const { store } = open(origin)
    const { quarantined, bookmarks } = store.getState()
    expect(bookmarks).toEqual({})
    expect(quarantined).toHaveLength(1)
    const key = quarantined[0]?.key ?? ''
    expect(key.startsWith(QUARANTINE_PREFIX)).toBe(true)
    expect(origin.data.get(key)).toBe(raw)
    expect(store.getState().readQuarantined(key)).toBe(raw)

    // New work after that is saved normally, and the kept copy is still there.
    store.getState().addBookmark('q31-unity', null)
    expect(stored(origin).state.bookmarks['q31-unity']).toBeDefined()
    expect(origin.data.get(key)).toBe(raw)
  })

  it('lists copies kept on an earlier visit, and deleting one can be undone', () => {
    const raw = '<<garbage>>'
    const origin = createOrigin({ [BOOKMARKS_STORAGE_KEY]: raw })
    open(origin)
    const later = open(origin).store
    expect(later.getState().quarantined).toHaveLength(1)
    const key = later.getState().quarantined[0]?.key ?? ''
    later.getState().discardQuarantined(key)
    expect(origin.data.has(key)).toBe(false)
    expect(later.getState().quarantined).toEqual([])
    later.getState().runUndo()
    expect(origin.data.get(key)).toBe(raw)
    expect(later.getState().quarantined).toHaveLength(1)
  })

  it('a 4.5 MB unreadable value: reported as unreadable (not "full"), offered for download and removal', () => {
    const raw = `{"state":${'x'.repeat(4.5 * 1024 * 1024)}`
    const origin = createOrigin({ [BOOKMARKS_STORAGE_KEY]: raw })
    origin.quota = 5 * 1024 * 1024 // a browser's 5 MB: no room for a second copy
    const { store } = open(origin)
    const [item, ...others] = store.getState().quarantined
    expect(others).toEqual([])
    expect(item).toMatchObject({ key: BOOKMARKS_STORAGE_KEY, inPlace: true, size: raw.length })
    expect(item?.reason).toMatch(/not valid JSON.*too large to copy aside/)
    expect(store.getState().readQuarantined(BOOKMARKS_STORAGE_KEY)).toBe(raw)

    store.getState().addBookmark('q31-unity', null)
    expect(origin.data.get(BOOKMARKS_STORAGE_KEY)).toBe(raw) // never written over
    expect(store.getState().storageHealth).toBe('write-failed')

    store.getState().discardQuarantined(BOOKMARKS_STORAGE_KEY)
    expect(store.getState().quarantined).toEqual([])
    expect(stored(origin).state.bookmarks['q31-unity']).toBeDefined() // saving resumed
    expect(store.getState().storageHealth).toBe('ok')
  })

  it('if the copy cannot be made (storage full), the original is not overwritten', () => {
    const raw = 'x'.repeat(50)
    const origin = createOrigin({ [BOOKMARKS_STORAGE_KEY]: raw })
    origin.quota = 80 // room for the original, not for a second copy
    const { store } = open(origin)
    store.getState().addBookmark('q31-unity', null)
    expect(origin.data.get(BOOKMARKS_STORAGE_KEY)).toBe(raw)
    expect(store.getState().storageHealth).toBe('write-failed')
    expect(store.getState().bookmarks['q31-unity']).toBeDefined()
  })
})

describe('bookmarks store: no storage', () => {
  it('storage disabled: works in memory and says so', () => {
    const store = createBookmarksStore({ getStorage: disabledStorage, clock: testClock() })
    expect(store.getState().storageHealth).toBe('unavailable')
    store.getState().addBookmark('q31-unity', null)
    store.getState().setNote('q31-unity', 'in memory')
    expect(store.getState().bookmarks['q31-unity']?.note).toBe('in memory')
  })

  it('no localStorage at all (getter throws): works in memory and says so', () => {
    const store = createBookmarksStore({
      getStorage: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      clock: testClock(),
    })
    expect(store.getState().storageHealth).toBe('unavailable')
    store.getState().addBookmark('q32-youth', null)
    expect(Object.keys(store.getState().bookmarks)).toEqual(['q32-youth'])
  })

  it('quota full on write: keeps working in memory, flags it, recovers when space returns', () => {
    const origin = createOrigin()
    const { store } = open(origin)
    store.getState().addBookmark('q31-unity', null)
    expect(store.getState().storageHealth).toBe('ok')
    origin.quota = origin.data.get(BOOKMARKS_STORAGE_KEY)?.length ?? 0
    store.getState().setNote('q31-unity', 'a note that does not fit')
    expect(store.getState().storageHealth).toBe('write-failed')
    expect(store.getState().bookmarks['q31-unity']?.note).toBe('a note that does not fit')
    origin.quota = Infinity
    store.getState().addBookmark('q32-youth', null)
    expect(store.getState().storageHealth).toBe('ok')
    expect(stored(origin).state.bookmarks['q31-unity']?.note).toBe('a note that does not fit')
  })

  it('storage already full when the app opens: reads what is there, reports writes', () => {
    const origin = createOrigin()
    open(origin).store.getState().addBookmark('q31-unity', null)
    origin.quota = 0
    const { store } = open(origin)
    expect(store.getState().bookmarks['q31-unity']).toBeDefined()
    expect(store.getState().storageHealth).toBe('write-failed')
  })
})

describe('bookmarks store: two tabs', () => {
  it('a change in one tab appears in the other', () => {
    const origin = createOrigin()
    const a = open(origin, 'a').store
    const b = open(origin, 'b').store
    a.getState().addBookmark('q31-unity', null)
    origin.flush()
    expect(b.getState().bookmarks['q31-unity']).toBeDefined()
    b.getState().setNote('q31-unity', 'from b')
    origin.flush()
    expect(a.getState().bookmarks['q31-unity']?.note).toBe('from b')
  })

  it('edits made at once in two tabs are both kept (different bookmarks)', () => {
    const origin = createOrigin()
    const a = open(origin, 'a').store
    const b = open(origin, 'b').store
    a.getState().addBookmark('q31-unity', null)
    origin.flush()
    // Both act before either hears of the other.
    a.getState().setNote('q31-unity', 'note from a')
    b.getState().addBookmark('q32-youth', null, 'note from b')
    origin.flush()
    for (const store of [a, b]) {
      expect(store.getState().bookmarks['q31-unity']?.note).toBe('note from a')
      expect(store.getState().bookmarks['q32-youth']?.note).toBe('note from b')
    }
    expect(stored(origin).state.bookmarks['q31-unity']?.note).toBe('note from a')
    expect(stored(origin).state.bookmarks['q32-youth']?.note).toBe('note from b')
  })

  it('two notes on the same bookmark at once: both texts kept, flagged, tabs agree', () => {
    const origin = createOrigin()
    const a = open(origin, 'a').store
    const b = open(origin, 'b').store
    a.getState().addBookmark('q31-unity', null)
    origin.flush()
    a.getState().setNote('q31-unity', 'A says')
    b.getState().setNote('q31-unity', 'B says')
    origin.flush()
    const noteA = a.getState().bookmarks['q31-unity']
    const noteB = b.getState().bookmarks['q31-unity']
    expect(noteA?.note).toContain('A says')
    expect(noteA?.note).toContain('B says')
    expect(noteA?.noteConflict).toBe(true)
    expect(noteB).toEqual(noteA)
    expect(origin.pending()).toBe(0)
  })

  it('a removal in one tab and an edit of the same bookmark in the other: the edit survives', () => {
    const origin = createOrigin()
    const a = open(origin, 'a').store
    const b = open(origin, 'b').store
    a.getState().addBookmark('q31-unity', null)
    origin.flush()
    a.getState().removeBookmark('q31-unity')
    b.getState().setNote('q31-unity', 'still needed')
    origin.flush()
    expect(a.getState().bookmarks['q31-unity']?.note).toBe('still needed')
    expect(b.getState().bookmarks['q31-unity']?.note).toBe('still needed')
  })

  it('a removal reaches the other tab, and undo there brings it back everywhere', () => {
    const origin = createOrigin()
    const a = open(origin, 'a').store
    const b = open(origin, 'b').store
    a.getState().addBookmark('q31-unity', null, 'n')
    origin.flush()
    a.getState().removeBookmark('q31-unity')
    origin.flush()
    expect(b.getState().bookmarks['q31-unity']).toBeUndefined()
    a.getState().runUndo()
    origin.flush()
    expect(a.getState().bookmarks['q31-unity']?.note).toBe('n')
    expect(b.getState().bookmarks['q31-unity']?.note).toBe('n')
  })

  it('a note being typed in tab B survives tab A removing the bookmark; both tabs keep it', () => {
    const origin = createOrigin()
    const a = open(origin, 'a').store
    const b = open(origin, 'b').store
    a.getState().addBookmark('q31-unity', null)
    origin.flush()
    // B is typing (not saved yet: the field still has focus).
    const committed: string[] = []
    b.noteDrafts.set('q31-unity', {
      text: 'half a thought',
      basedOn: '',
      committed: (note) => committed.push(note),
    })
    a.getState().removeBookmark('q31-unity')
    origin.flush()
    origin.flush()
    expect(b.getState().bookmarks['q31-unity']?.note).toBe('half a thought')
    expect(a.getState().bookmarks['q31-unity']?.note).toBe('half a thought')
    expect(committed).toEqual(['half a thought'])
    expect(b.getState().keptForNote).toEqual(['q31-unity'])
    expect(a.getState().keptElsewhere).toEqual(['q31-unity'])
    // Undo in A must not take the note away again.
    a.getState().runUndo()
    origin.flush()
    expect(a.getState().bookmarks['q31-unity']?.note).toBe('half a thought')
    expect(b.getState().bookmarks['q31-unity']?.note).toBe('half a thought')
  })

  it('removal and undo in A before B hears of either: B’s note is on the restored bookmark', () => {
    const origin = createOrigin()
    const a = open(origin, 'a').store
    const b = open(origin, 'b').store
    a.getState().addBookmark('q31-unity', null)
    origin.flush()
    b.noteDrafts.set('q31-unity', { text: 'typed in B', basedOn: '', committed: () => {} })
    a.getState().removeBookmark('q31-unity')
    a.getState().runUndo()
    origin.flush()
    origin.flush()
    expect(a.getState().bookmarks['q31-unity']?.note).toBe('typed in B')
    expect(b.getState().bookmarks['q31-unity']?.note).toBe('typed in B')
  })

  it('a draft that changes nothing does not stop a removal', () => {
    const origin = createOrigin()
    const a = open(origin, 'a').store
    const b = open(origin, 'b').store
    a.getState().addBookmark('q31-unity', null, 'n')
    origin.flush()
    b.noteDrafts.set('q31-unity', { text: 'n', basedOn: 'n', committed: () => {} })
    a.getState().removeBookmark('q31-unity')
    origin.flush()
    expect(b.getState().bookmarks['q31-unity']).toBeUndefined()
  })

  it('another tab writing something unreadable: kept aside, ours written back', () => {
    const origin = createOrigin()
    const a = open(origin, 'a')
    a.store.getState().addBookmark('q31-unity', null)
    const other = origin.tab()
    other.storage.setItem(BOOKMARKS_STORAGE_KEY, '{"oops":')
    origin.flush()
    expect(a.store.getState().quarantined).toHaveLength(1)
    expect(stored(origin).state.bookmarks['q31-unity']).toBeDefined()
  })
})

describe('bookmarks store: undo', () => {
  it('clear all, then undo: everything back with its note', () => {
    const { store } = open(createOrigin())
    store.getState().addBookmark('q31-unity', null, 'one')
    store.getState().addBookmark('q32-youth', null, 'two')
    store.getState().clearAll()
    expect(store.getState().bookmarks).toEqual({})
    expect(store.getState().undoEntry?.message).toMatch(/all 2 bookmarks/)
    store.getState().runUndo()
    expect(store.getState().bookmarks['q31-unity']?.note).toBe('one')
    expect(store.getState().bookmarks['q32-youth']?.note).toBe('two')
  })

  it('an import can be undone without touching what was there before', () => {
    const { store } = open(createOrigin())
    store.getState().addBookmark('q31-unity', null, 'mine')
    store.getState().mergeBookmarks(
      [
        { quoteId: 'q31-unity', note: 'theirs', snapshot: null },
        { quoteId: 'q32-youth', snapshot: null },
      ],
      'Imported.',
    )
    expect(store.getState().bookmarks['q31-unity']?.note).toContain('theirs')
    store.getState().runUndo()
    expect(store.getState().bookmarks['q31-unity']?.note).toBe('mine')
    expect(store.getState().bookmarks['q32-youth']).toBeUndefined()
  })

  it('custom order: move up and down', () => {
    const { store } = open(createOrigin())
    store.getState().addBookmark('q31-unity', null)
    store.getState().addBookmark('q32-youth', null)
    store.getState().addBookmark('q32-language', null)
    store.getState().setSort('custom')
    // Newest first to start with.
    const order = ['q32-language', 'q32-youth', 'q31-unity']
    store.getState().moveBookmark('q31-unity', 'up', order)
    const bookmarks = Object.values(store.getState().bookmarks)
    expect(sortBookmarks(bookmarks, 'custom').map((b) => b.quoteId)).toEqual([
      'q32-language',
      'q31-unity',
      'q32-youth',
    ])
  })
})
