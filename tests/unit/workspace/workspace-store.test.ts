/**
 * The workspace store over a real IndexedDB implementation (fake-indexeddb): saved documents
 * survive a new page, unreadable entries are kept aside and never written over, two tabs stay in
 * step, and IndexedDB failures (unavailable, blocked, quota) are told apart and lose nothing.
 */
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { set } from 'idb-keyval'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  newWorkspaceDocument,
  readWorkspaceDocument,
  type WorkspaceDocument,
} from '@/domain/workspace/workspace-document'
import { openStore } from '@/features/workspace/idb'
import { meta } from '../corpus/corpus-folder'
import {
  createWorkspaceStore,
  WORKSPACE_DB,
  WORKSPACE_STORE,
  type WorkspaceDeps,
} from '@/features/workspace/workspace-store'

const TEXT = `Head of State sets out the tasks

“Every citizen must work for the unity of our people,” the President said.`

function sampleDocument(id = 'article-2023-xxxii-head-state-sets', at = 1): WorkspaceDocument {
  return newWorkspaceDocument(
    {
      id,
      meta: meta(id, { title: 'Head of State sets out the tasks' }) as WorkspaceDocument['meta'],
      text: TEXT,
      corrections: { abcdefghij: { kind: 'reported', topics: ['unity-and-harmony'] } },
      sessions: [],
    },
    new Date(Date.UTC(2026, 0, 1, 0, 0, at)),
  )
}

/** Tabs of one origin: one message bus, one database. */
function origin() {
  const listeners = new Set<(e: MessageEvent) => void>()
  const channel = (): ReturnType<WorkspaceDeps['channel']> => {
    let mine: ((e: MessageEvent) => void) | null = null
    return {
      postMessage: (data: unknown) => {
        for (const l of listeners) if (l !== mine) l({ data } as MessageEvent)
      },
      addEventListener: ((_: string, l: (e: MessageEvent) => void) => {
        mine = l
        listeners.add(l)
      }) as BroadcastChannel['addEventListener'],
      close: () => mine && listeners.delete(mine),
    }
  }
  const tab = (store = () => openStore(WORKSPACE_DB, WORKSPACE_STORE)) =>
    createWorkspaceStore({ store, channel, now: () => new Date(Date.UTC(2026, 0, 2)) })
  return { tab }
}

const settle = () => new Promise((r) => setTimeout(r, 20))

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the workspace document schema', () => {
  it('reads what it writes, and says why it refuses an entry', () => {
    const doc = sampleDocument()
    expect(readWorkspaceDocument(JSON.parse(JSON.stringify(doc)))).toEqual({
      ok: true,
      document: doc,
    })
    expect(readWorkspaceDocument({ ...doc, version: 7 })).toEqual({
      ok: false,
      reason: 'saved by a newer version of the app (format 7)',
    })
    const bad = readWorkspaceDocument({ ...doc, meta: { ...doc.meta, date: '27.04.2023' } })
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.reason).toMatch(/^meta\.date: /)
    const wrongId = readWorkspaceDocument({ ...doc, id: 'other-id' })
    expect(!wrongId.ok && wrongId.reason).toMatch(/meta\.id must be the document id/)
    expect(readWorkspaceDocument('text').ok).toBe(false)
    // A meta.json field the CLI does not read is refused, as the CLI refuses it.
    expect(readWorkspaceDocument({ ...doc, meta: { ...doc.meta, extra: 1 } }).ok).toBe(false)
  })
})

describe('the workspace store', () => {
  it('keeps saved documents for the next visit, newest first', async () => {
    const { tab } = origin()
    const first = tab()
    await first.getState().load()
    expect(first.getState().status).toBe('ready')
    expect(await first.getState().save(sampleDocument('article-a', 1))).toEqual({ ok: true })
    expect(await first.getState().save(sampleDocument('article-b', 2))).toEqual({ ok: true })

    const later = tab()
    await later.getState().load()
    expect(later.getState().documents.map((d) => d.id)).toEqual(['article-b', 'article-a'])
    expect(later.getState().documents[1]).toEqual(sampleDocument('article-a', 1))

    await later.getState().remove('article-b')
    const again = tab()
    await again.getState().load()
    expect(again.getState().documents.map((d) => d.id)).toEqual(['article-a'])
  })

  it('keeps unreadable entries aside, whole, and never writes over them', async () => {
    const { tab } = origin()
    const raw = openStore(WORKSPACE_DB, WORKSPACE_STORE)
    await set('article-a', sampleDocument('article-a'), raw)
    await set('article-damaged', { version: 1, id: 'article-damaged', text: 42 }, raw)
    await set('article-new', { ...sampleDocument('article-new'), version: 2 }, raw)

    const store = tab()
    await store.getState().load()
    const state = store.getState()
    expect(state.documents.map((d) => d.id)).toEqual(['article-a'])
    expect(state.keptAside.map((k) => k.key)).toEqual(['article-damaged', 'article-new'])
    expect(state.keptAside[0]?.raw).toContain('"text": 42')
    expect(state.keptAside[1]?.reason).toBe('saved by a newer version of the app (format 2)')
    expect(state.takenIds()).toEqual(new Set(['article-a', 'article-damaged', 'article-new']))

    const refused = await store.getState().save(sampleDocument('article-damaged'))
    expect(refused.ok).toBe(false)
    const reread = tab()
    await reread.getState().load()
    expect(reread.getState().keptAside.map((k) => k.key)).toEqual([
      'article-damaged',
      'article-new',
    ])

    expect(await store.getState().discardKeptAside('article-damaged')).toEqual({ ok: true })
    const after = tab()
    await after.getState().load()
    expect(after.getState().keptAside.map((k) => k.key)).toEqual(['article-new'])
  })

  it('keeps two tabs in step', async () => {
    const { tab } = origin()
    const one = tab()
    const two = tab()
    await one.getState().load()
    await two.getState().load()
    await one.getState().save(sampleDocument('article-a'))
    await settle()
    expect(two.getState().documents.map((d) => d.id)).toEqual(['article-a'])
    expect(two.getState().lastSyncAt).not.toBeNull()
    await two.getState().remove('article-a')
    await settle()
    expect(one.getState().documents).toEqual([])
  })

  it('says when the browser gives no IndexedDB, and keeps nothing from the caller', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const store = origin().tab()
    await store.getState().load()
    expect(store.getState().status).toBe('failed')
    expect(store.getState().error?.kind).toBe('unavailable')
    const saved = await store.getState().save(sampleDocument())
    expect(saved).toMatchObject({ ok: false, error: { kind: 'unavailable' } })
  })

  it('says when another tab blocks the database', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        const request = {} as IDBOpenDBRequest
        setTimeout(() => request.onblocked?.({} as IDBVersionChangeEvent))
        return request
      },
    })
    const store = origin().tab()
    await store.getState().load()
    expect(store.getState()).toMatchObject({ status: 'failed', error: { kind: 'blocked' } })
  })

  it('says when the quota is full, and the documents stay as they were', async () => {
    const store = origin().tab()
    await store.getState().load()
    await store.getState().save(sampleDocument('article-a'))
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const result = await store.getState().save(sampleDocument('article-b'))
    expect(put).toHaveBeenCalled()
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } })
    expect(store.getState().error?.kind).toBe('quota')
    expect(store.getState().documents.map((d) => d.id)).toEqual(['article-a'])
  })
})
