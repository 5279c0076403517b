import { describe, expect, it } from 'vitest'
import {
  migratePersistedState,
  parsePersistedState,
  UnreadableStateError,
} from '@/domain/bookmarks/persisted-state'

const NOW = new Date('2024-05-01T10:00:00.000Z')

describe('migratePersistedState', () => {
  it('v0 → v1 keeps ids and notes, de-duplicates, orders by original position', () => {
    const out = migratePersistedState(
      { ids: ['b-1', 'a-1', 'b-1'], notes: { 'a-1': 'note a' } },
      0,
      NOW,
      (id) => `m-${id}`,
    )
    expect(Object.keys(out.bookmarks).sort()).toEqual(['a-1', 'b-1'])
    expect(out.bookmarks['a-1']?.note).toBe('note a')
    expect(out.bookmarks['a-1']?.rev).toBe('m-a-1')
    expect((out.bookmarks['b-1']?.addedAt ?? '') < (out.bookmarks['a-1']?.addedAt ?? '')).toBe(true)
    // The result is valid current-version state.
    expect(() => parsePersistedState(out)).not.toThrow()
  })

  it('v0 without notes is fine', () => {
    expect(Object.keys(migratePersistedState({ ids: ['x'] }, 0, NOW, () => 'r').bookmarks)).toEqual(
      ['x'],
    )
  })

  it('rejects malformed v0 and unknown versions with a readable error', () => {
    expect(() => migratePersistedState({ ids: 'x' }, 0, NOW, () => 'r')).toThrow(
      UnreadableStateError,
    )
    expect(() => migratePersistedState({}, 9, NOW, () => 'r')).toThrow(/format 9/)
  })

  it('rejects current-version state whose keys and ids disagree', () => {
    const state = migratePersistedState({ ids: ['x'] }, 0, NOW, () => 'r')
    const bad = { ...state, bookmarks: { y: state.bookmarks.x } }
    expect(() => parsePersistedState(bad)).toThrow(UnreadableStateError)
  })
})
