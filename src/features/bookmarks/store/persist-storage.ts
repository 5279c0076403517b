import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { PersistedState } from '@/domain/bookmarks/persisted-state'
import { runSteps } from '@/domain/bookmarks/steps'
import { serializeEnvelopeSteps } from '@/domain/bookmarks/stored-size'
import { runSliced } from '../run-sliced'
import type { GuardedStorage } from './guarded-storage'

/** From this many bookmarks on, the collection is written a slice at a time. */
export const SLICED_WRITE_FROM = 500

export interface CollectionStorage extends PersistStorage<PersistedState> {
  /**
   * Writes `state` (`text`, its serialised envelope) now, and reports whether storage kept
   * it. The store's own write of that same state, which follows, is then skipped.
   */
  writeFirst: (name: string, state: PersistedState, text: string) => boolean
  /** Writes any pending sliced write at once (the page is being left). */
  flush: () => void
}

const sameState = (a: PersistedState, b: PersistedState) =>
  a.bookmarks === b.bookmarks &&
  a.removed === b.removed &&
  a.savedViews === b.savedViews &&
  a.removedViews === b.removedViews &&
  a.preferences === b.preferences

/**
 * The persist middleware's storage, over the guarded localStorage. A small collection is
 * written as JSON at once, as zustand's own JSON storage does. A large one (10,000 bookmarks
 * take some 3 MB) would hold the page for a quarter of a second on every change: it is
 * serialised a slice at a time and written when done, the latest change winning.
 */
export function createCollectionStorage(guarded: GuardedStorage): CollectionStorage {
  let generation = 0
  let pending: { name: string; value: StorageValue<PersistedState> } | null = null
  let written: PersistedState | null = null

  const writeSliced = async (name: string, value: StorageValue<PersistedState>) => {
    const mine = ++generation
    pending = { name, value }
    const text = await runSliced(serializeEnvelopeSteps(value.state, value.version ?? 0))
    // A later change started its own write: this one is out of date.
    if (mine !== generation) return false
    pending = null
    return guarded.setItem(name, text) !== false
  }

  return {
    getItem(name) {
      const raw = guarded.getItem(name) as string | null
      return raw === null ? null : (JSON.parse(raw) as StorageValue<PersistedState>)
    },
    setItem(name, value) {
      if (written && sameState(written, value.state)) return
      written = null
      if (Object.keys(value.state.bookmarks).length < SLICED_WRITE_FROM) {
        generation++
        pending = null
        guarded.setItem(name, JSON.stringify(value))
        return
      }
      void writeSliced(name, value)
    },
    removeItem(name) {
      generation++
      pending = null
      guarded.removeItem(name)
    },
    writeFirst(name, state, text) {
      generation++
      pending = null
      const kept = guarded.setItem(name, text) !== false
      written = kept ? state : null
      return kept
    },
    flush() {
      if (!pending) return
      const { name, value } = pending
      generation++
      pending = null
      guarded.setItem(name, runSteps(serializeEnvelopeSteps(value.state, value.version ?? 0)))
    },
  }
}
