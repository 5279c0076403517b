/// <reference lib="webworker" />
/**
 * The search index lives here, off the main thread: building it over 100,000 statements and
 * answering each keystroke never blocks typing or scrolling. The worker fetches the same
 * corpus file as the page (the fetch is answered from the HTTP cache) but leaves validating it
 * to the page: it only reads what it indexes, and the page accepts its answers only if the
 * worker's fingerprint matches the validated corpus.
 */
import type { Corpus } from '@/domain/corpus/schema'
import { createSearchEngine } from '@/domain/search/search-engine'
import { fetchCorpusData } from '@/features/corpus/load-corpus'
import type { FromWorker, ToWorker } from './protocol'
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

const engine = loadCorpusWithRetry().then((corpus) => {
  const started = performance.now()
  const built = createSearchEngine(corpus)
  post({
    type: 'ready',
    fingerprint: fingerprintOf(corpus.quotes),
    buildMs: performance.now() - started,
  })
  return built
})
engine.catch((error: unknown) =>
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
)

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type !== 'search') return
  const ready = await engine.catch(() => null)
  if (!ready) return
  const started = performance.now()
  const result = ready.search(message.request)
  // The order array is transferred, not copied.
  post({ type: 'result', id: message.id, result, searchMs: performance.now() - started }, [
    result.order.buffer,
  ])
}
