import type { StateStorage } from 'zustand/middleware'

/**
 * A localStorage wrapper for zustand's persist that never loses the user's data:
 *
 * - no storage at all (private mode, disabled): reads return nothing, writes report it;
 * - a write that throws (quota full): reported, the app carries on in memory;
 * - what is stored under our key but cannot be read as a persist envelope is copied aside
 *   under a quarantine key before anything may overwrite it. If even that copy fails, writes
 *   to our key stay blocked for this session so the original survives.
 */
export const QUARANTINE_PREFIX = 'assembly-explorer:quarantine:'

export type StorageHealth = 'ok' | 'unavailable' | 'write-failed'

export interface QuarantinedItem {
  key: string
  /** ISO time it was set aside. */
  savedAt: string
  reason: string
  size: number
}

export interface GuardedStorageHooks {
  onHealth: (health: StorageHealth, error?: unknown) => void
  onQuarantine: (item: QuarantinedItem) => void
}

export interface GuardedStorage extends StateStorage {
  /** The raw string last read for the persisted key (what a quarantine would keep). */
  lastRaw: () => string | null
  /**
   * Copies a raw value aside; returns the quarantine item, or null if that was impossible,
   * in which case writes are blocked so the original is not overwritten.
   */
  quarantine: (raw: string, reason: string) => QuarantinedItem | null
  /** The same for the value last read from the persisted key. */
  quarantineLastRaw: (reason: string) => QuarantinedItem | null
  /** The underlying storage, or null when the browser gives us none. */
  backing: () => Storage | null
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
  let writesBlocked = false

  const quarantine = (raw: string, reason: string): QuarantinedItem | null => {
    if (!storage) return null
    const time = now()
    let key = `${QUARANTINE_PREFIX}${time.getTime()}`
    for (let i = 1; storage.getItem(key) !== null; i++)
      key = `${QUARANTINE_PREFIX}${time.getTime()}-${i}`
    try {
      storage.setItem(key, raw)
    } catch {
      return null
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
        return
      }
      if (writesBlocked) {
        hooks.onHealth('write-failed')
        return
      }
      try {
        storage.setItem(name, value)
        hooks.onHealth('ok')
      } catch (error) {
        hooks.onHealth('write-failed', error)
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
    quarantine(raw, reason) {
      const item = quarantine(raw, reason)
      if (!item) writesBlocked = true
      return item
    },
    quarantineLastRaw(reason) {
      if (lastRaw === null) return null
      const item = quarantine(lastRaw, reason)
      if (!item) writesBlocked = true
      return item
    },
    backing: () => storage,
  }
}
