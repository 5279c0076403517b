/// <reference lib="webworker" />
/**
 * The search indexes are built here, off the main thread (about a second at 100,000
 * statements), then handed to the page, which answers every keystroke itself. The worker
 * fetches the same corpus file as the page (the fetch is answered from the HTTP cache) but
 * leaves validating it to the page: it only reads what it indexes, and the page takes its
 * indexes only if the worker's fingerprint matches the validated corpus.
 */
import type { Corpus } from '@/domain/corpus/schema'
import { toPortable } from '@/domain/search/portable-index'
import { buildSearchIndexes } from '@/domain/search/search-engine'
import { fetchCorpusData } from '@/features/corpus/load-corpus'
import type { FromWorker } from './protocol'
import { fingerprintOf } from './fingerprint'

declare const self: DedicatedWorkerGlobalScope

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer)

/**
 * The page fetches the same corpus at the same moment; with a very large file the browser can
 * fail one of the two requests (e.g. while it writes the cache entry), so try again briefly
 * before giving up (the page then searches on its own).
 */
async function loadCorpusWithRetry(attempts = 3): Promise<Corpus> {
  for (let attempt = 1; ; attempt++) {
    try {
      const data = (await fetchCorpusData()) as Partial<Corpus> | null
      if (!Array.isArray(data?.quotes)) throw new Error('The corpus file has no statements.')
      return data as Corpus
    } catch (error) {
      if (attempt >= attempts) throw error
      await new Promise((resolve) => setTimeout(resolve, 400 * attempt))
    }
  }
}

loadCorpusWithRetry()
  .then((corpus) => {
    const started = performance.now()
    const { data, transfer } = toPortable(buildSearchIndexes(corpus))
    post(
      {
        type: 'ready',
        fingerprint: fingerprintOf(corpus.quotes),
        buildMs: performance.now() - started,
        indexes: data,
      },
      transfer,
    )
    self.close() // its work is done: the page searches from here on
  })
  .catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  )
