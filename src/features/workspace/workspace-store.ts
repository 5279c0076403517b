/**
 * The workspace: documents the user saved, kept in the browser's IndexedDB (through idb-keyval),
 * one entry per document, keyed by its id. Load it lazily (a dynamic import, or from a lazy
 * route): it is not part of the home bundle.
 *
 * API (zustand; `useWorkspace(selector)` in components, `workspaceStore` outside React):
 *
 *   documents: WorkspaceDocument[]   every readable saved document, newest first
 *                                    (schema: src/domain/workspace/workspace-document.ts)
 *   status: 'idle' | 'loading' | 'ready' | 'failed'
 *                                    'failed': the database cannot be opened or read
 *                                    (`error` says why); `documents` is then empty
 *   error: WorkspaceError | null     the last failure (load or write): kind 'unavailable' |
 *                                    'blocked' | 'quota' | 'failed', and the browser's detail
 *   keptAside: KeptAside[]           stored entries that cannot be read (damaged, or from a newer
 *                                    version of the app): left untouched in the database, offered
 *                                    for download; their keys are never written over
 *   lastSyncAt: string | null        when another tab's change was last taken in
 *   load(): Promise<void>            reads the database (again); `useWorkspace` calls it once
 *   save(doc): Promise<WriteResult>  adds, or replaces the document with the same id
 *   saveMany(docs): Promise<WriteResult>   all or none (an import)
 *   remove(id): Promise<WriteResult> deletes (the caller offers undo: save(doc) again)
 *   discardKeptAside(key): Promise<WriteResult>  deletes an unreadable entry (after download)
 *   takenIds(): Set<string>          ids a new document must not take (saved and kept aside)
 *   dismissError(): void
 *
 * Writes never throw: they answer { ok: false, error } and leave `documents` as it was, so the
 * caller keeps what the user has on screen. Every write tells the other tabs (BroadcastChannel),
 * which read the database again: two tabs stay in step.
 */
import { del, delMany, entries, set, setMany, type UseStore } from 'idb-keyval'
import { create, type StoreApi, type UseBoundStore } from 'zustand'
import {
  readWorkspaceDocument,
  type WorkspaceDocument,
} from '@/domain/workspace/workspace-document'
import { openStore, workspaceError, type WorkspaceError } from './idb'

export type { WorkspaceError }

export const WORKSPACE_DB = 'assembly-explorer-workspace'
export const WORKSPACE_STORE = 'documents'
export const WORKSPACE_CHANNEL = 'assembly-explorer:workspace'

/** A stored entry that cannot be read, left where it is. */
export interface KeptAside {
  key: string
  reason: string
  /** The entry as JSON (what a download gives), or its string form if it is not JSON. */
  raw: string
}

export type WriteResult = { ok: true } | { ok: false; error: WorkspaceError }

export interface WorkspaceState {
  status: 'idle' | 'loading' | 'ready' | 'failed'
  error: WorkspaceError | null
  documents: WorkspaceDocument[]
  keptAside: KeptAside[]
  lastSyncAt: string | null
  load: () => Promise<void>
  save: (doc: WorkspaceDocument) => Promise<WriteResult>
  saveMany: (docs: readonly WorkspaceDocument[]) => Promise<WriteResult>
  remove: (id: string) => Promise<WriteResult>
  discardKeptAside: (key: string) => Promise<WriteResult>
  takenIds: () => Set<string>
  dismissError: () => void
}

export interface WorkspaceDeps {
  store: () => UseStore
  /** A channel to the other tabs, or null where there is none. */
  channel: () => Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'close'> | null
  now: () => Date
}

const defaultDeps: WorkspaceDeps = {
  store: () => openStore(WORKSPACE_DB, WORKSPACE_STORE),
  channel: () =>
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(WORKSPACE_CHANNEL),
  now: () => new Date(),
}

function rawOf(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value)
  } catch {
    return String(value)
  }
}

const newestFirst = (a: WorkspaceDocument, b: WorkspaceDocument) =>
  b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id)

export function createWorkspaceStore(
  deps: WorkspaceDeps = defaultDeps,
): UseBoundStore<StoreApi<WorkspaceState>> {
  let db: UseStore | null = null
  const store = () => (db ??= deps.store())
  let channel: ReturnType<WorkspaceDeps['channel']> | undefined

  return create<WorkspaceState>()((setState, get) => {
    const listen = () => {
      if (channel !== undefined) return
      channel = deps.channel()
      channel?.addEventListener('message', () => {
        void get()
          .load()
          .then(() => setState({ lastSyncAt: deps.now().toISOString() }))
      })
    }
    const tellOthers = () => {
      try {
        channel?.postMessage({ type: 'changed' })
      } catch {
        // A closed channel: the other tabs see the change on their next load.
      }
    }
    const write = async (run: () => Promise<void>): Promise<WriteResult> => {
      try {
        await run()
      } catch (error) {
        const e = workspaceError(error)
        setState({ error: e })
        return { ok: false, error: e }
      }
      setState({ error: null })
      tellOthers()
      return { ok: true }
    }
    const kept = (key: string) => get().keptAside.some((k) => k.key === key)
    const refuseKept = (key: string): WriteResult => {
      const error = {
        kind: 'failed' as const,
        detail: `"${key}" holds an entry that cannot be read; download or delete it first`,
      }
      setState({ error })
      return { ok: false, error }
    }

    return {
      status: 'idle',
      error: null,
      documents: [],
      keptAside: [],
      lastSyncAt: null,

      load: async () => {
        listen()
        if (get().status === 'idle') setState({ status: 'loading' })
        let found: [IDBValidKey, unknown][]
        try {
          found = await entries(store())
        } catch (error) {
          setState({ status: 'failed', error: workspaceError(error) })
          return
        }
        const documents: WorkspaceDocument[] = []
        const keptAside: KeptAside[] = []
        for (const [key, value] of found) {
          const read = readWorkspaceDocument(value)
          if (read.ok && read.document.id === String(key)) documents.push(read.document)
          else
            keptAside.push({
              key: String(key),
              reason: read.ok ? `stored under "${String(key)}", not its id` : read.reason,
              raw: rawOf(value),
            })
        }
        setState({ status: 'ready', documents: documents.sort(newestFirst), keptAside })
      },

      save: async (doc) => {
        if (kept(doc.id)) return refuseKept(doc.id)
        const result = await write(() => set(doc.id, doc, store()))
        if (result.ok)
          setState((s) => ({
            documents: [...s.documents.filter((d) => d.id !== doc.id), doc].sort(newestFirst),
          }))
        return result
      },

      saveMany: async (docs) => {
        const blocked = docs.find((d) => kept(d.id))
        if (blocked) return refuseKept(blocked.id)
        const result = await write(() =>
          setMany(
            docs.map((d) => [d.id, d]),
            store(),
          ),
        )
        if (result.ok) {
          const ids = new Set(docs.map((d) => d.id))
          setState((s) => ({
            documents: [...s.documents.filter((d) => !ids.has(d.id)), ...docs].sort(newestFirst),
          }))
        }
        return result
      },

      remove: async (id) => {
        const result = await write(() => del(id, store()))
        if (result.ok) setState((s) => ({ documents: s.documents.filter((d) => d.id !== id) }))
        return result
      },

      discardKeptAside: async (key) => {
        const result = await write(() => delMany([key], store()))
        if (result.ok) setState((s) => ({ keptAside: s.keptAside.filter((k) => k.key !== key) }))
        return result
      },

      takenIds: () =>
        new Set([...get().documents.map((d) => d.id), ...get().keptAside.map((k) => k.key)]),

      dismissError: () => setState({ error: null }),
    }
  })
}

/** The app's workspace (one per page). */
export const workspaceStore = createWorkspaceStore()
