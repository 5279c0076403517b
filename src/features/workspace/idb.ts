/**
 * The workspace's IndexedDB database, opened for idb-keyval (its `UseStore`), with the failures
 * a person can meet told apart: no IndexedDB at all (some private modes, disabled storage), an
 * open blocked by another tab holding an older version, a full quota, anything else.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval'

export type WorkspaceErrorKind = 'unavailable' | 'blocked' | 'quota' | 'failed'

export interface WorkspaceError {
  kind: WorkspaceErrorKind
  /** The browser's own words, for a bug report; the interface says `kind` in the user's language. */
  detail: string
}

class OpenError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'blocked',
    detail: string,
  ) {
    super(detail)
    this.name = 'OpenError'
  }
}

/** What went wrong, for the interface. */
export function workspaceError(error: unknown): WorkspaceError {
  const detail =
    error instanceof Error || error instanceof DOMException
      ? `${error.name}: ${error.message}`
      : String(error)
  if (error instanceof OpenError) return { kind: error.kind, detail }
  const name = (error as { name?: unknown } | null)?.name
  if (name === 'QuotaExceededError') return { kind: 'quota', detail }
  if (name === 'SecurityError' || name === 'InvalidStateError')
    return { kind: 'unavailable', detail }
  return { kind: 'failed', detail }
}

/**
 * A `UseStore` over `<dbName>/<storeName>`. The database is opened on first use; an open that
 * fails is tried again on the next use (the user may have closed the tab that blocked it).
 */
export function openStore(dbName: string, storeName: string): UseStore {
  let opening: Promise<IDBDatabase> | null = null
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      let request: IDBOpenDBRequest
      try {
        if (typeof indexedDB === 'undefined' || !indexedDB)
          throw new OpenError('unavailable', 'this browser gives the page no IndexedDB')
        request = indexedDB.open(dbName)
      } catch (error) {
        reject(error instanceof OpenError ? error : new OpenError('unavailable', String(error)))
        return
      }
      request.onupgradeneeded = () => request.result.createObjectStore(storeName)
      request.onblocked = () =>
        reject(new OpenError('blocked', 'another tab keeps an older version of the database open'))
      request.onsuccess = () => {
        const db = request.result
        // Another tab upgrading: let it, and open again next time.
        db.onversionchange = () => {
          db.close()
          opening = null
        }
        db.onclose = () => {
          opening = null
        }
        resolve(db)
      }
      request.onerror = () =>
        reject(new OpenError('unavailable', String(request.error?.message ?? request.error)))
    })
  return async (txMode, callback) => {
    opening ??= open()
    let db: IDBDatabase
    try {
      db = await opening
    } catch (error) {
      opening = null
      throw error
    }
    return callback(db.transaction(storeName, txMode).objectStore(storeName))
  }
}

export { promisifyRequest }
