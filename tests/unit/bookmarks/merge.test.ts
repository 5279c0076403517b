import { describe, expect, it } from 'vitest'
import {
  moveInOrder,
  newBookmark,
  revise,
  sortBookmarks,
  type Bookmark,
} from '@/domain/bookmarks/bookmark'
import {
  joinNotes,
  mergeBookmark,
  mergeIncoming,
  mergeReplicas,
  putBookmark,
  removeBookmark,
} from '@/domain/bookmarks/merge'
import { emptyPersistedState, samePersistedState } from '@/domain/bookmarks/persisted-state'

const T0 = '2024-05-01T10:00:00.000Z'
const at = (s: number) => new Date(Date.parse(T0) + s * 1000).toISOString()
const NOW = Date.parse(T0) + 3600_000

let revs = 0
const stamp = (s: number) => ({ at: at(s), rev: `r${++revs}` })

const withBookmarks = (...bookmarks: Bookmark[]) => {
  let state = emptyPersistedState(T0)
  for (const b of bookmarks) state = putBookmark(state, b)
  return state
}

describe('mergeBookmark', () => {
  const base = newBookmark('q1', null, stamp(1), 'start')

  it('takes the version that has seen the other', () => {
    const edited = revise(base, { note: 'edited' }, stamp(2))
    expect(mergeBookmark(base, edited).note).toBe('edited')
    expect(mergeBookmark(edited, base).note).toBe('edited')
    const twice = revise(edited, { note: 'edited twice' }, stamp(3))
    expect(mergeBookmark(base, twice).note).toBe('edited twice')
  })

  it('concurrent edits: both notes kept, flagged, same result from either side', () => {
    const a = revise(base, { note: 'from A' }, stamp(2))
    const b = revise(base, { note: 'from B' }, stamp(2))
    const ab = mergeBookmark(a, b)
    const ba = mergeBookmark(b, a)
    expect(ab).toEqual(ba)
    expect(ab.note).toContain('from A')
    expect(ab.note).toContain('from B')
    expect(ab.noteConflict).toBe(true)
    // The merged version supersedes both: merging again with either changes nothing.
    expect(mergeBookmark(ab, a)).toEqual(ab)
    expect(mergeBookmark(b, ab)).toEqual(ab)
  })

  it('concurrent edits that leave the note alone do not flag anything', () => {
    const a = revise(base, { order: 5 }, stamp(2))
    const b = revise(base, { order: 7 }, stamp(3))
    const merged = mergeBookmark(a, b)
    expect(merged.note).toBe('start')
    expect(merged.noteConflict).toBeUndefined()
    expect(merged.order).toBe(7)
  })
})

describe('joinNotes', () => {
  it('keeps a note that already contains the other, joins different ones', () => {
    expect(joinNotes('abc', '')).toEqual({ note: 'abc', conflict: false })
    expect(joinNotes('', 'abc')).toEqual({ note: 'abc', conflict: false })
    expect(joinNotes('abc def', 'abc')).toEqual({ note: 'abc def', conflict: false })
    const joined = joinNotes('mine', 'theirs')
    expect(joined.conflict).toBe(true)
    expect(joined.note.indexOf('mine')).toBeLessThan(joined.note.indexOf('theirs'))
  })
})

describe('mergeReplicas', () => {
  it('is commutative and keeps the union', () => {
    const x = newBookmark('q1', null, stamp(1), 'x')
    const y = newBookmark('q2', null, stamp(2), 'y')
    const left = withBookmarks(x)
    const right = withBookmarks(y)
    const lr = mergeReplicas(left, right, NOW)
    expect(samePersistedState(lr, mergeReplicas(right, left, NOW))).toBe(true)
    expect(Object.keys(lr.bookmarks).sort()).toEqual(['q1', 'q2'])
  })

  it('a removal beats the version it removed, not a later edit', () => {
    const x = newBookmark('q1', null, stamp(1), 'x')
    const removed = removeBookmark(withBookmarks(x), 'q1', at(2))
    expect(mergeReplicas(removed, withBookmarks(x), NOW).bookmarks).toEqual({})
    const edited = withBookmarks(revise(x, { note: 'edited meanwhile' }, stamp(3)))
    expect(mergeReplicas(removed, edited, NOW).bookmarks.q1?.note).toBe('edited meanwhile')
  })

  it('forgets very old tombstones', () => {
    const x = newBookmark('q1', null, stamp(1))
    const removed = removeBookmark(withBookmarks(x), 'q1', at(2))
    const muchLater = Date.parse(T0) + 400 * 24 * 3600_000
    expect(mergeReplicas(removed, emptyPersistedState(T0), muchLater).removed).toEqual({})
  })

  it('saved views: union, deletions respected', () => {
    const view = { id: 'v1', name: 'Language', url: '/quotes?topic=language', createdAt: at(1) }
    const withView = { ...emptyPersistedState(T0), savedViews: { v1: view } }
    const deleted = { ...emptyPersistedState(T0), removedViews: { v1: at(2) } }
    expect(mergeReplicas(withView, emptyPersistedState(T0), NOW).savedViews.v1).toEqual(view)
    expect(mergeReplicas(withView, deleted, NOW).savedViews).toEqual({})
  })
})

describe('mergeIncoming (import, shared link)', () => {
  it('adds new ones, never duplicates, never overwrites an existing note', () => {
    const mine = newBookmark('q1', null, stamp(1), 'my note')
    const result = mergeIncoming(
      withBookmarks(mine),
      [
        { quoteId: 'q1', note: '', snapshot: null },
        { quoteId: 'q2', note: 'new', snapshot: null },
        { quoteId: 'q2', note: 'dup', snapshot: null },
      ],
      (id) => ({ at: at(5), rev: `i-${id}-${++revs}` }),
    )
    expect(result.added).toEqual(['q2'])
    expect(result.alreadyPresent).toContain('q1')
    expect(result.state.bookmarks.q1?.note).toBe('my note')
    expect(result.state.bookmarks.q2?.note).toBe('new')
    expect(Object.keys(result.state.bookmarks)).toHaveLength(2)
  })

  it('a different incoming note is appended to the existing one and flagged', () => {
    const mine = newBookmark('q1', null, stamp(1), 'my note')
    const result = mergeIncoming(
      withBookmarks(mine),
      [{ quoteId: 'q1', note: 'their note', snapshot: null }],
      () => stamp(6),
    )
    expect(result.notesJoined).toEqual(['q1'])
    const note = result.state.bookmarks.q1?.note ?? ''
    expect(note.startsWith('my note')).toBe(true)
    expect(note).toContain('their note')
    expect(result.state.bookmarks.q1?.noteConflict).toBe(true)
  })
})

describe('moveInOrder', () => {
  const ordered = (...ids: string[]) => ids.map((id) => newBookmark(id, null, stamp(1)))
  const apply = (list: Bookmark[], changes: { quoteId: string; order: number }[]) =>
    sortBookmarks(
      list.map((b) => {
        const change = changes.find((c) => c.quoteId === b.quoteId)
        return change ? { ...b, order: change.order } : b
      }),
      'custom',
    ).map((b) => b.quoteId)

  it('moves one step even when every position ties (added in the same instant)', () => {
    const list = sortBookmarks(ordered('a', 'b', 'c'), 'custom')
    expect(list.map((b) => b.quoteId)).toEqual(['a', 'b', 'c'])
    expect(apply(list, moveInOrder(list, 'a', 'down'))).toEqual(['b', 'a', 'c'])
    expect(apply(list, moveInOrder(list, 'c', 'up'))).toEqual(['a', 'c', 'b'])
  })

  it('swaps just two when positions are distinct, and does nothing at the ends', () => {
    const list = sortBookmarks(
      ['a', 'b', 'c'].map((id, i) => newBookmark(id, null, stamp(10 - i))),
      'custom',
    )
    const changes = moveInOrder(list, 'b', 'up')
    expect(changes).toHaveLength(2)
    expect(apply(list, changes)).toEqual(['b', 'a', 'c'])
    expect(moveInOrder(list, 'a', 'up')).toEqual([])
    expect(moveInOrder(list, 'c', 'down')).toEqual([])
  })
})
