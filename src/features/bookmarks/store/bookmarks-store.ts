import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { mergeReplicas } from '@/domain/bookmarks/merge'
import {
  migratePersistedState,
  PERSIST_VERSION,
  samePersistedState,
  type PersistedState,
} from '@/domain/bookmarks/persisted-state'
import {
  describeSetAsideList,
  salvagePersistedState,
  setAsideEnvelope,
} from '@/domain/bookmarks/salvage'
import { plural } from '@/domain/corpus/format'
import { createBookmarksSlice } from './bookmarks-slice'
import {
  createGuardedStorage,
  QUARANTINE_PREFIX,
  type GuardedStorage,
  type QuarantinedItem,
  type StorageHealth,
} from './guarded-storage'
import { persistedPart } from './persisted'
import { createCollectionStorage } from './persist-storage'
import { createPreferencesSlice } from './preferences-slice'
import { createSavedViewsSlice } from './saved-views-slice'
import { createStatusSlice } from './status-slice'
import type { BookmarksStore, NoteDraft, StoreClock } from './types'

/** The persist key; the format version lives inside the value (`{ state, version }`). */
export const BOOKMARKS_STORAGE_KEY = 'assembly-explorer:bookmarks'

export const defaultClock: StoreClock = {
  now: () => new Date(),
  newRev: () => {
    const bytes = new Uint8Array(8)
    crypto.getRandomValues(bytes)
    return Array.from(bytes, (b) => (b % 36).toString(36)).join('')
  },
}

const keptAside = new WeakMap<GuardedStorage, Set<string>>()

/**
 * Reads current-version state entry by entry: what validates is kept, and the entries that
 * do not are kept aside together (an importable file, each with its field and reason), with
 * a reason that says how many were kept and how many set aside.
 */
function readSalvaging(
  state: unknown,
  guarded: GuardedStorage,
  storageKey: string,
  context = '',
): PersistedState {
  const { state: read, setAside } = salvagePersistedState(state)
  const envelope = setAside.length > 0 ? setAsideEnvelope(setAside) : ''
  // Another tab may send the same unreadable entries with every change: keep them once.
  const kept = keptAside.get(guarded) ?? new Set<string>()
  keptAside.set(guarded, kept)
  if (envelope && !kept.has(envelope)) {
    kept.add(envelope)
    const views = Object.keys(read.savedViews).length
    const counts = `${plural(Object.keys(read.bookmarks).length, 'bookmark')}${views > 0 ? ` and ${plural(views, 'saved view')}` : ''}`
    guarded.quarantine(
      envelope,
      `${context}Kept ${counts}; set aside ${plural(setAside.length, 'entry', 'entries')} that could not be read: ${describeSetAsideList(setAside)}.`,
      storageKey,
    )
  }
  return read
}

export interface CreateBookmarksStoreOptions {
  getStorage?: () => Storage
  clock?: StoreClock
  name?: string
}

/**
 * Builds the bound bookmarks store: all slices combined, then persisted (middleware on the
 * combined store only), validated and migrated on load, with unreadable data kept aside.
 */
export function createBookmarksStore(options: CreateBookmarksStoreOptions = {}) {
  const clock = options.clock ?? defaultClock
  const name = options.name ?? BOOKMARKS_STORAGE_KEY

  // Storage reports problems before the store exists (probe, hydration): queue them.
  let ready = false
  let health: StorageHealth = 'ok'
  const quarantined: QuarantinedItem[] = []
  const guarded: GuardedStorage = createGuardedStorage(
    options.getStorage ?? (() => window.localStorage),
    {
      onHealth: (next) => {
        // Once unavailable, always unavailable; "ok" after a failed write means it recovered.
        if (health === 'unavailable' || health === next) return
        health = next
        if (ready) useStore.setState({ storageHealth: next })
      },
      onQuarantine: (item) => {
        quarantined.push(item)
        if (ready) useStore.setState((s) => ({ quarantined: [...s.quarantined, item] }))
      },
    },
    clock.now,
  )

  const storage = createCollectionStorage(guarded)
  // A large collection is written in slices: a page being left writes what is pending at once.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => storage.flush())

  // What is listed as kept aside right now (the store's list once it exists).
  let liveQuarantined = (): QuarantinedItem[] => []
  const useStore = create<BookmarksStore>()(
    persist(
      (...a) => ({
        ...createBookmarksSlice(clock)(...a),
        ...createSavedViewsSlice(clock)(...a),
        ...createPreferencesSlice(clock)(...a),
        ...createStatusSlice(guarded)(...a),
      }),
      {
        name,
        version: PERSIST_VERSION,
        storage,
        partialize: persistedPart,
        migrate: (state, version) => {
          const migrated = migratePersistedState(state, version, clock.now(), () => clock.newRev())
          // Keep the pre-migration data too: a migration bug must not cost anyone their notes.
          const raw = guarded.lastRaw()
          if (raw !== null) guarded.backing()?.setItem(`${name}:backup-v${version}`, raw)
          return migrated
        },
        merge: (persisted, current) => {
          if (persisted === undefined) return current
          const read = readSalvaging(persisted, guarded, name)
          // Setting entries aside may have listed them just now (a later rehydrate): keep that.
          return { ...current, ...read, quarantined: liveQuarantined() }
        },
        onRehydrateStorage: () => (_state, error) => {
          if (!error) return
          const reason = error instanceof Error ? error.message : String(error)
          guarded.quarantineLastRaw(reason)
        },
      },
    ),
  )

  // Kept-aside items from earlier visits stay listed until the user deletes them.
  const backing = guarded.backing()
  if (backing) {
    try {
      for (let i = 0; i < backing.length; i++) {
        const key = backing.key(i)
        if (!key?.startsWith(QUARANTINE_PREFIX) || quarantined.some((q) => q.key === key)) continue
        const raw = backing.getItem(key) ?? ''
        const ms = Number(key.slice(QUARANTINE_PREFIX.length).split('-')[0])
        quarantined.push({
          key,
          savedAt: Number.isFinite(ms) ? new Date(ms).toISOString() : '',
          reason: 'Kept aside on an earlier visit.',
          size: raw.length,
        })
      }
    } catch {
      // Listing is a courtesy; the data itself is untouched either way.
    }
  }
  quarantined.sort((a, b) => (a.key < b.key ? -1 : 1))
  liveQuarantined = () => useStore.getState().quarantined
  ready = true
  useStore.setState({ storageHealth: health, quarantined: [...quarantined] })

  const noteDrafts = new Map<string, NoteDraft>()
  return Object.assign(useStore, { guarded, storage, storageKey: name, clock, noteDrafts })
}

export type BookmarksStoreHook = ReturnType<typeof createBookmarksStore>

/**
 * Keeps this tab in step with others: when another tab writes the collection, merge it into
 * ours (both sides' edits kept) and write the result back if it holds anything the other lacks.
 * Returns a function that stops listening.
 */
export function startTabSync(
  store: BookmarksStoreHook,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const onStorage = (event: StorageEvent) => {
    const backing = store.guarded.backing()
    if (!backing || event.storageArea !== backing || event.key !== store.storageKey) return
    if (event.newValue === null) {
      // Another tab removed the key (e.g. cleared site data): write ours back so nothing is lost.
      if (Object.keys(store.getState().bookmarks).length > 0) store.setState({})
      return
    }
    let remote: PersistedState
    try {
      const envelope = JSON.parse(event.newValue) as { state?: unknown; version?: unknown }
      if (typeof envelope.version !== 'number') throw new Error('not a persist envelope')
      remote =
        envelope.version === PERSIST_VERSION
          ? readSalvaging(
              envelope.state,
              store.guarded,
              store.storageKey,
              'Another tab saved entries this tab cannot read. ',
            )
          : migratePersistedState(envelope.state, envelope.version, store.clock.now(), () =>
              store.clock.newRev(),
            )
    } catch (error) {
      store.guarded.quarantine(
        event.newValue,
        `Another tab wrote data this tab cannot read: ${error instanceof Error ? error.message : String(error)}`,
      )
      store.setState({})
      return
    }
    const now = store.clock.now()
    let local = persistedPart(store.getState())
    let merged = mergeReplicas(local, remote, now.getTime())
    // Removed over there while a note on it is being written here: save the note first, so
    // the bookmark stays (a newer version than the one removed) and the text is not lost.
    const keptForNote: string[] = []
    for (const [quoteId, draft] of store.noteDrafts) {
      const bookmark = local.bookmarks[quoteId]
      if (!bookmark || merged.bookmarks[quoteId]) continue
      if (draft.text.trim() === '' || draft.text === bookmark.note) continue
      store.getState().setNote(quoteId, draft.text, draft.basedOn)
      const saved = store.getState().bookmarks[quoteId]?.note ?? draft.text
      draft.basedOn = saved
      draft.committed(saved)
      keptForNote.push(quoteId)
    }
    if (keptForNote.length > 0) {
      local = persistedPart(store.getState())
      merged = mergeReplicas(local, remote, now.getTime())
    }
    // Removed here, but another tab kept it for a note written there.
    const keptElsewhere = Object.keys(merged.bookmarks).filter((id) => {
      const tombstone = local.removed[id]
      const back = remote.bookmarks[id]
      return tombstone && !local.bookmarks[id] && back?.history.includes(tombstone.rev)
    })
    if (keptForNote.length > 0 || keptElsewhere.length > 0) {
      const s = store.getState()
      store.setState({
        keptForNote: [...new Set([...s.keptForNote, ...keptForNote])],
        keptElsewhere: [...new Set([...s.keptElsewhere, ...keptElsewhere])],
      })
    }
    if (!samePersistedState(merged, local)) {
      store.setState({ ...merged, lastSyncAt: now.toISOString() })
    } else if (!samePersistedState(merged, remote)) {
      store.setState({}) // storage holds less than we do: write ours back
    }
  }
  target.addEventListener('storage', onStorage)
  return () => target.removeEventListener('storage', onStorage)
}
