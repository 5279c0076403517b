import type { ImportPreview } from '@/domain/bookmarks/import-file'
import { mergeIncomingSteps, revertTo, type IncomingMergeResult } from '@/domain/bookmarks/merge'
import { PERSIST_VERSION, type PersistedState } from '@/domain/bookmarks/persisted-state'
import { serializeEnvelopeSteps, storageFit, type StorageFit } from '@/domain/bookmarks/stored-size'
import { runSliced, yieldToBrowser } from '../run-sliced'
import type { BookmarksStoreHook } from './bookmarks-store'
import { persistedPart } from './persisted'
import { stampFrom } from './types'

export type ImportOutcome =
  | { ok: true; result: IncomingMergeResult; viewsAdded: number }
  /** The collection with the file would not fit in this browser's storage: nothing changed. */
  | { ok: false; reason: 'does-not-fit'; fit: StorageFit }
  /** Storage refused or could not take the write: nothing changed. */
  | { ok: false; reason: 'not-saved' }

interface Planned {
  before: PersistedState
  state: PersistedState
  result: IncomingMergeResult
  text: string
  fit: StorageFit
}

/** Characters the site's other stored data takes (everything but the collection's own key). */
function usedByOthers(store: BookmarksStoreHook): number {
  const backing = store.guarded.backing()
  if (!backing) return 0
  let used = 0
  try {
    for (let i = 0; i < backing.length; i++) {
      const key = backing.key(i)
      if (key === null || key === store.storageKey) continue
      used += key.length + (backing.getItem(key)?.length ?? 0)
    }
  } catch {
    // Unreadable storage: the write itself will say whether the collection fits.
  }
  return used
}

/** The collection as it would be with the import, and its stored text (worked out in slices). */
async function plan(store: BookmarksStoreHook, preview: ImportPreview): Promise<Planned> {
  const before = persistedPart(store.getState())
  const result = await runSliced(
    mergeIncomingSteps(before, preview.toMerge, () => stampFrom(store.clock)),
  )
  const { state } = result
  if (preview.viewsToAdd.length > 0) {
    const savedViews = { ...state.savedViews }
    for (const view of preview.viewsToAdd) {
      const id = `v${store.clock.newRev()}`
      savedViews[id] = { ...view, id }
    }
    state.savedViews = savedViews
  }
  const text = await runSliced(serializeEnvelopeSteps(state, PERSIST_VERSION))
  const fit = storageFit(store.storageKey.length + text.length, usedByOthers(store))
  return { before, state, result, text, fit }
}

/** Whether the collection with this import would fit in the browser's storage (nothing changes). */
export async function checkImportFits(
  store: BookmarksStoreHook,
  preview: ImportPreview,
): Promise<StorageFit> {
  return (await plan(store, preview)).fit
}

const unchangedSince = (store: BookmarksStoreHook, before: PersistedState) => {
  const now = persistedPart(store.getState())
  return (Object.keys(now) as (keyof PersistedState)[]).every((key) => now[key] === before[key])
}

/**
 * Imports: the merged collection is worked out and written to storage first, and only once
 * storage has kept it does the page show it. A collection that would not fit, or a write that
 * storage refuses, changes nothing, and says which. The import can be undone.
 */
export async function importIntoStore(
  store: BookmarksStoreHook,
  preview: ImportPreview,
  undoMessage: string,
): Promise<ImportOutcome> {
  let planned = await plan(store, preview)
  for (let tries = 1; ; tries++) {
    // Something changed meanwhile (another tab, a note saved): work it out again on top of it,
    // a few times; the collection written since then stays as it is.
    if (!unchangedSince(store, planned.before)) {
      if (tries > 3) return { ok: false, reason: 'not-saved' }
      planned = await plan(store, preview)
      continue
    }
    if (!planned.fit.fits) return { ok: false, reason: 'does-not-fit', fit: planned.fit }
    if (!store.storage.writeFirst(store.storageKey, planned.state, planned.text))
      return { ok: false, reason: 'not-saved' }
    // Stored. The page shows it in a task of its own, after the browser has had a turn.
    await yieldToBrowser()
    if (unchangedSince(store, planned.before)) break
  }
  const { before, state, result } = planned
  store.setState(state)
  if (result.added.length > 0 || result.notesJoined.length > 0 || preview.viewsToAdd.length > 0)
    store
      .getState()
      .offerUndo(undoMessage, () =>
        store.setState(
          revertTo(persistedPart(store.getState()), before, () => stampFrom(store.clock), state),
        ),
      )
  return { ok: true, result, viewsAdded: preview.viewsToAdd.length }
}
