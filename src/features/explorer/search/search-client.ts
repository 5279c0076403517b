/**
 * The explorer's handle on the search engine. The corpus builder writes the search indexes to
 * a file (src/domain/search/index-file.ts); the page downloads it alongside the corpus and
 * answers every request itself, synchronously, in the task that asks (no worker). When to ask
 * is the caller's choice: the explorer asks for a keystroke's results only after the frame
 * that echoes the key has been painted (use-search-results.ts). Nothing heavy is left to do in
 * the browser: building the indexes (about a second at 100,000 statements) happened at build
 * time. If the file cannot be used (missing, damaged, or built for another corpus), the page
 * builds the same indexes itself, once, and says why in the console. A corpus joined with the
 * user's own documents (src/features/corpus/workspace) brings the index file the join worker
 * wrote over it.
 *
 * Latest wins: until the indexes are ready only the newest request waits; older waiting
 * requests resolve to `null` at once.
 */
import type { CorpusModel } from '@/domain/corpus/model'
import { decodeIndexFile } from '@/domain/search/index-file'
import {
  createSearchEngine,
  createSearchEngineFrom,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
} from '@/domain/search/search-engine'
import { joinedIndexFile } from '@/features/corpus/joined-index'
import { loadSearchIndexFile } from './load-search-index'

export interface SearchAnswer {
  readonly result: SearchResult
  /** Time the engine spent on this search, in milliseconds. */
  readonly searchMs: number
}

export interface SearchClient {
  /** Where the indexes came from: the builder's `file`, or built in the `page` (fallback). */
  readonly mode: () => 'file' | 'page'
  search(request: SearchRequest): Promise<SearchAnswer | null>
}

function answer(engine: SearchEngine, request: SearchRequest): SearchAnswer {
  const started = performance.now()
  const result = engine.search(request)
  return { result, searchMs: performance.now() - started }
}

interface Waiting {
  request: SearchRequest
  resolve: (answer: SearchAnswer | null) => void
}

function createClient(model: CorpusModel): SearchClient {
  let engine: SearchEngine | null = null
  let mode: 'file' | 'page' = 'file'
  let waiting: Waiting | null = null

  // A corpus joined with the user's documents comes with its own index file (the join worker
  // wrote it); the published corpus's is the builder's.
  const joined = joinedIndexFile(model)
  const file = joined
    ? Promise.resolve(joined)
    : model.workspaceSourceIds.size > 0
      ? Promise.reject(new Error('no index was written over your documents'))
      : loadSearchIndexFile()
  const ready = file
    .then((file) => {
      engine = createSearchEngineFrom(decodeIndexFile(file, model.corpus.quotes))
    })
    .catch((error: unknown) => {
      console.warn(
        `Search: the index file could not be used (${error instanceof Error ? error.message : String(error)}); building the index in the page instead.`,
      )
      mode = 'page'
      engine = createSearchEngine(model.corpus, model.workspaceSourceIds)
    })
    .then(() => {
      const pending = waiting
      waiting = null
      if (pending && engine) pending.resolve(answer(engine, pending.request))
    })
  void ready

  return {
    mode: () => mode,
    search(request) {
      if (engine) return Promise.resolve(answer(engine, request))
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
    request.lang,
    request.origin,
  ])
}

/**
 * Asking again for the latest request returns the same answer instead of searching twice: a
 * keystroke's search (asked once its echo is painted) and the view's effect (which asks when
 * the request on screen changes) can ask for the same request.
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
    client = sharingLatest(createClient(model))
    clients.set(model, client)
  }
  return client
}
