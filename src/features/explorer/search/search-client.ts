/**
 * The explorer's handle on the search engine. In the browser the engine runs in a Web Worker;
 * where there is no worker (jsdom in tests, very old browsers) or it fails, the same engine
 * runs in the page behind the same interface, so tests exercise the real search.
 *
 * Latest wins: while one search runs, only the newest request waits; older waiting requests
 * resolve to `null` at once, and an answer that arrives after a newer request resolves to
 * `null` too.
 */
import type { CorpusModel } from '@/domain/corpus/model'
import {
  createSearchEngine,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
} from '@/domain/search/search-engine'
import { fingerprintOf, sameFingerprint } from './fingerprint'
import type { FromWorker, ToWorker } from './protocol'

export interface SearchAnswer {
  readonly result: SearchResult
  /** Time the engine spent on this search, in milliseconds. */
  readonly searchMs: number
}

export interface SearchClient {
  /** Where searches run: `worker`, or `page` when no worker could be used. */
  readonly mode: () => 'worker' | 'page'
  search(request: SearchRequest): Promise<SearchAnswer | null>
}

/** Runs the engine on the main thread; the index is built at the first search. */
export function createInPageClient(model: CorpusModel): SearchClient {
  let engine: SearchEngine | null = null
  let latest = 0
  return {
    mode: () => 'page',
    search(request) {
      const id = ++latest
      engine ??= createSearchEngine(model.corpus)
      const started = performance.now()
      const result = engine.search(request)
      const answer = { result, searchMs: performance.now() - started }
      return Promise.resolve(id === latest ? answer : null)
    },
  }
}

interface Waiting {
  id: number
  request: SearchRequest
  resolve: (answer: SearchAnswer | null) => void
}

let worker: Worker | null | undefined
/** The worker's "ready" or "failed" message, kept for a client created after it arrived. */
let workerStatus: FromWorker | null = null
let listener: ((message: FromWorker) => void) | null = null

/** Starts the search worker early (it loads the corpus and builds its index at once). */
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
    if (event.data.type !== 'result') workerStatus = event.data
    listener?.(event.data)
  })
  worker.addEventListener('error', (event) => {
    event.preventDefault() // handled: the page takes over, nothing for the console
    workerStatus = { type: 'failed', message: event.message }
    listener?.(workerStatus)
  })
}

function createWorkerClient(model: CorpusModel, target: Worker): SearchClient {
  let fallback: SearchClient | null = null
  let ready = false
  let nextId = 1
  let inFlight: Waiting | null = null
  let waiting: Waiting | null = null
  const expected = fingerprintOf(model.corpus.quotes)

  const switchToPage = () => {
    fallback ??= createInPageClient(model)
    for (const pending of [inFlight, waiting]) {
      if (pending) void fallback.search(pending.request).then(pending.resolve)
    }
    inFlight = waiting = null
  }

  const pump = () => {
    if (!ready || inFlight || !waiting) return
    inFlight = waiting
    waiting = null
    const message: ToWorker = { type: 'search', id: inFlight.id, request: inFlight.request }
    target.postMessage(message)
  }

  const onMessage = (message: FromWorker) => {
    if (message.type === 'ready') {
      // The worker must index the very statements the page shows, or positions would lie.
      if (!sameFingerprint(message.fingerprint, expected)) switchToPage()
      else {
        ready = true
        pump()
      }
    } else if (message.type === 'failed') {
      switchToPage()
    } else if (message.type === 'result' && inFlight && inFlight.id === message.id) {
      const done = inFlight
      inFlight = null
      done.resolve(waiting ? null : { result: message.result, searchMs: message.searchMs })
      pump()
    }
  }
  listener = onMessage
  if (workerStatus) onMessage(workerStatus)

  return {
    mode: () => (fallback ? 'page' : 'worker'),
    search(request) {
      if (fallback) return fallback.search(request)
      return new Promise((resolve) => {
        waiting?.resolve(null)
        waiting = { id: nextId++, request, resolve }
        pump()
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
    client = sharingLatest(worker ? createWorkerClient(model, worker) : createInPageClient(model))
    clients.set(model, client)
  }
  return client
}
