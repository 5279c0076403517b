import type { CheckCorpus } from '@/domain/check/check-text'
import type { CorpusModel } from '@/domain/corpus/model'
import { decodeIndexFile } from '@/domain/search/index-file'
import { quoteLanguages } from '@/domain/search/search-engine'
import { buildTextIndex } from '@/domain/search/text-index'
import indexUrl from '@/generated/corpus-index.bin?url'
import { fetchBytes } from '@/features/corpus/fetch-bytes'

const loaded = new WeakMap<CorpusModel, Promise<readonly CheckCorpus[]>>()

/**
 * The statements /check compares with (one promise per corpus, so React's `use` can wait on
 * it): the published corpus: its statements with the search index the builder
 * wrote (the same file the explorer uses). If that file cannot be used, the index is built
 * here from the statements, as the explorer does.
 */
export function loadCheckCorpora(model: CorpusModel): Promise<readonly CheckCorpus[]> {
  let promise = loaded.get(model)
  if (!promise) {
    const quotes = model.corpus.quotes
    // Its own copy of the file (from the browser's cache when the explorer fetched it): the
    // decoder changes the buffer it reads in place.
    promise = fetchBytes(indexUrl, 'search index')
      .then((file) => decodeIndexFile(file, quotes).text)
      .catch((error: unknown) => {
        console.warn(
          `Check: the search index file could not be used (${error instanceof Error ? error.message : String(error)}); building it in the page instead.`,
        )
        return buildTextIndex(
          quotes.map((q) => q.text),
          quoteLanguages(model.corpus),
        )
      })
      .then((index) => [{ origin: 'corpus' as const, quotes, index }])
    loaded.set(model, promise)
  }
  return promise
}
