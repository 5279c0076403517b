/**
 * The explorer's handle on the search engine. In the browser a Web Worker builds the indexes
 * (the heavy part: about a second at 100,000 statements) and hands them to the page, which
 * then answers every request itself, at once, in the caller's task: a keystroke's results are
 * ready in the keystroke's own event, with no round trip to wait for. Where there is no worker
 * (jsdom in tests, very old browsers) or it fails, the page builds the same engine itself.
 *
 * Latest wins: until the indexes arrive only the newest request waits; older waiting
 * requests resolve to `null` at once.
 */
import type { CorpusModel } from '@/domain/corpus/model'
import { fromPortable } from '@/domain/search/portable-index'
import {
  createSearchEngine,
  createSearchEngineFrom,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
} from '@/domain/search/search-engine'
import { fingerprintOf, sameFingerprint } from './fingerprint'
import type { FromWorker } from './protocol'

export interface SearchAnswer {
  readonly result: SearchResult
  /** Time the engine spent on this search, in milliseconds. */
  readonly searchMs: number
}

export interface SearchClient {
  /** Who built the indexes: the `worker`, or the `page` when no worker could be used. */
  readonly mode: () => 'worker' | 'page'
  search(request: SearchRequest): Promise<SearchAnswer | null>
}

function answer(engine: SearchEngine, request: SearchRequest): SearchAnswer {
  const started = performance.now()
  const result = engine.search(request)
  return { result, searchMs: performance.now() - started }
}

/** Builds the engine on the main thread, at the first search. */
export function createInPageClient(model: CorpusModel): SearchClient {
  let engine: SearchEngine | null = null
  return {
    mode: () => 'page',
    search(request) {
      engine ??= createSearchEngine(model.corpus)
      return Promise.resolve(answer(engine, request))
    },
  }
}

interface Waiting {
  request: SearchRequest
  resolve: (answer: SearchAnswer | null) => void
}

let worker: Worker | null | undefined
/** The worker's "ready" or "failed" message, kept for a client created after it arrived. */
let workerStatus: FromWorker | null = null
let listener: ((message: FromWorker) => void) | null = null

/** Starts the search worker early (it loads the corpus and builds the indexes at once). */
export function warmUpSearch(): void {
  if (worker !== undefined) return
  worker = null
  if (typeof Worker === 'undefined') return
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    })
  } catch {
    worker = null
    return
  }
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    workerStatus = event.data
    listener?.(event.data)
  })
  worker.addEventListener('error', (event) => {
    event.preventDefault() // handled: the page takes over, nothing for the console
    workerStatus = { type: 'failed', message: event.message }
    listener?.(workerStatus)
  })
}

function createWorkerClient(model: CorpusModel): SearchClient {
  let engine: SearchEngine | null = null
  let fallback: SearchClient | null = null
  let waiting: Waiting | null = null
  const expected = fingerprintOf(model.corpus.quotes)

  const answerWaiting = () => {
    const pending = waiting
    waiting = null
    if (!pending) return
    if (engine) pending.resolve(answer(engine, pending.request))
    else if (fallback) void fallback.search(pending.request).then(pending.resolve)
  }

  const onMessage = (message: FromWorker) => {
    if (engine || fallback) return
    // The worker must have indexed the very statements the page shows, or positions would lie.
    if (message.type === 'ready' && sameFingerprint(message.fingerprint, expected)) {
      engine = createSearchEngineFrom(fromPortable(message.indexes))
    } else {
      fallback = createInPageClient(model)
    }
    workerStatus = null // the indexes now live in the engine; drop the message's copy
    answerWaiting()
  }
  listener = onMessage
  if (workerStatus) onMessage(workerStatus)

  return {
    mode: () => (fallback ? 'page' : 'worker'),
    search(request) {
      if (engine) return Promise.resolve(answer(engine, request))
      if (fallback) return fallback.search(request)
      return new Promise((resolve) => {
        waiting?.resolve(null)
        waiting = { request, resolve }
      })
    },
  }
}

/** Key of a request: equal keys, equal results. */
export function requestKey(request: SearchRequest): string {
  return JSON.stringify([
    request.q,
    request.session,
    request.topic,
    request.kind,
    request.speaker,
    request.source,
    request.sort,
  ])
}

/**
 * Asking again for the latest request returns the same answer: the input handler starts a
 * search the moment a key is pressed, and the view's effect, which runs after React has
 * rendered, picks up that search instead of starting another.
 */
function sharingLatest(client: SearchClient): SearchClient {
  let latestKey = ''
  let latest: Promise<SearchAnswer | null> | null = null
  return {
    mode: client.mode,
    search(request) {
      const key = requestKey(request)
      if (latest && key === latestKey) return latest
      latestKey = key
      latest = client.search(request)
      return latest
    },
  }
}

const clients = new WeakMap<CorpusModel, SearchClient>()

/** The search client for a loaded corpus: one per corpus, kept for the whole visit. */
export function searchClientFor(model: CorpusModel): SearchClient {
  let client = clients.get(model)
  if (!client) {
    warmUpSearch()
    client = sharingLatest(worker ? createWorkerClient(model) : createInPageClient(model))
    clients.set(model, client)
  }
  return client
}
