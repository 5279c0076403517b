import type { StateStorage } from 'zustand/middleware'

/**
 * A localStorage wrapper for zustand's persist that never loses the user's data:
 *
 * - no storage at all (private mode, disabled): reads return nothing, writes report it;
 * - a write that throws (quota full): reported, the app carries on in memory;
 * - what is stored under our key but cannot be read as a persist envelope is copied aside
 *   under a quarantine key before anything may overwrite it. If even that copy fails (a
 *   4.5 MB value in a 5 MB storage), the value is listed as kept aside *in place*, under our
 *   own key: writes to that key stay blocked so the original survives, until the user has
 *   downloaded or deleted it.
 */
export const QUARANTINE_PREFIX = 'assembly-explorer:quarantine:'

export type StorageHealth = 'ok' | 'unavailable' | 'write-failed'

export interface QuarantinedItem {
  key: string
  /** ISO time it was set aside. */
  savedAt: string
  reason: string
  size: number
  /**
   * The data could not be copied aside (storage full), so it was left where it was, under
   * `key` (the bookmarks key itself); the app does not write there until it is deleted.
   */
  inPlace?: boolean
}

export interface GuardedStorageHooks {
  onHealth: (health: StorageHealth, error?: unknown) => void
  onQuarantine: (item: QuarantinedItem) => void
}

export interface GuardedStorage extends StateStorage {
  /** Writes; true when storage kept the value. */
  setItem: (name: string, value: string) => boolean
  /** The raw string last read for the persisted key (what a quarantine would keep). */
  lastRaw: () => string | null
  /**
   * Copies a raw value aside and returns the quarantine item. If the copy is impossible,
   * writes are blocked so the original is not overwritten, and the item names `inPlaceKey`
   * (where the original still is) instead; null when there is no such place either.
   */
  quarantine: (raw: string, reason: string, inPlaceKey?: string) => QuarantinedItem | null
  /** The same for the value last read from the persisted key. */
  quarantineLastRaw: (reason: string) => QuarantinedItem | null
  /** The underlying storage, or null when the browser gives us none. */
  backing: () => Storage | null
  /** Writes may go ahead again (the data left in place was deleted). */
  unblockWrites: () => void
}

export class ForeignDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ForeignDataError'
  }
}

function isEnvelope(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const { state, version } = value as { state?: unknown; version?: unknown }
  return (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    !!state &&
    typeof state === 'object' &&
    !Array.isArray(state)
  )
}

export function createGuardedStorage(
  getStorage: () => Storage,
  hooks: GuardedStorageHooks,
  now: () => Date = () => new Date(),
): GuardedStorage {
  let storage: Storage | null = null
  try {
    storage = getStorage()
    // Some browsers expose localStorage but throw on use (disabled, or private mode).
    const probe = 'assembly-explorer:probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
  } catch (error) {
    if (storage) {
      // Readable but not writable (quota already full): keep reading, report writes.
      try {
        storage.getItem('assembly-explorer:probe')
        hooks.onHealth('write-failed', error)
      } catch {
        storage = null
      }
    }
    if (!storage) hooks.onHealth('unavailable', error)
  }

  let lastRaw: string | null = null
  let lastName: string | null = null
  let writesBlocked = false

  const quarantine = (raw: string, reason: string, inPlaceKey?: string): QuarantinedItem | null => {
    if (!storage) return null
    const time = now()
    let key = `${QUARANTINE_PREFIX}${time.getTime()}`
    for (let i = 1; storage.getItem(key) !== null; i++)
      key = `${QUARANTINE_PREFIX}${time.getTime()}-${i}`
    try {
      storage.setItem(key, raw)
    } catch {
      writesBlocked = true
      if (!inPlaceKey || storage.getItem(inPlaceKey) === null) return null
      const size = storage.getItem(inPlaceKey)?.length ?? raw.length
      const item: QuarantinedItem = {
        key: inPlaceKey,
        savedAt: time.toISOString(),
        reason: `${reason} It is too large to copy aside in this browser’s storage, so it was left where it is; new changes are not saved until you download it and then delete it.`,
        size,
        inPlace: true,
      }
      hooks.onHealth('write-failed')
      hooks.onQuarantine(item)
      return item
    }
    const item = { key, savedAt: time.toISOString(), reason, size: raw.length }
    hooks.onQuarantine(item)
    return item
  }

  return {
    getItem(name) {
      if (!storage) return null
      const raw = storage.getItem(name)
      lastRaw = raw
      lastName = name
      if (raw === null) return null
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        throw new ForeignDataError('The saved bookmarks are not valid JSON.')
      }
      if (!isEnvelope(parsed))
        throw new ForeignDataError('The saved bookmarks are not in a format this app wrote.')
      return raw
    },
    setItem(name, value) {
      if (!storage) {
        hooks.onHealth('unavailable')
        return false
      }
      if (writesBlocked) {
        hooks.onHealth('write-failed')
        return false
      }
      try {
        storage.setItem(name, value)
        hooks.onHealth('ok')
        return true
      } catch (error) {
        hooks.onHealth('write-failed', error)
        return false
      }
    },
    removeItem(name) {
      try {
        storage?.removeItem(name)
      } catch {
        // Nothing to do: there is nothing we could lose by failing to delete.
      }
    },
    lastRaw: () => lastRaw,
    quarantine(raw, reason, inPlaceKey) {
      const item = quarantine(raw, reason, inPlaceKey)
      if (!item) writesBlocked = true
      return item
    },
    quarantineLastRaw(reason) {
      if (lastRaw === null) return null
      const item = quarantine(lastRaw, reason, lastName ?? undefined)
      if (!item) writesBlocked = true
      return item
    },
    backing: () => storage,
    unblockWrites: () => {
      writesBlocked = false
    },
  }
}
