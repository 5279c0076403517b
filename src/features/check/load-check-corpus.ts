import type { CheckCorpus } from '@/domain/check/check-text'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import { decodeIndexFile } from '@/domain/search/index-file'
import { quoteLanguages } from '@/domain/search/search-engine'
import { buildTextIndex } from '@/domain/search/text-index'
import indexUrl from '@/generated/corpus-index.bin?url'
import { fetchBytes } from '@/features/corpus/fetch-bytes'

const loaded = new WeakMap<CorpusModel, Promise<readonly CheckCorpus[]>>()

/**
 * The statements /check compares with (one promise per corpus, so React's `use` can wait on
 * it): the published corpus, its statements with the search index the builder wrote (the same
 * file the explorer uses; if that file cannot be used, the index is built here from the
 * statements, as the explorer does); and the user's own documents joined to it
 * (src/features/corpus/workspace), with an index of their own, so a match says where it is from.
 */
export function loadCheckCorpora(model: CorpusModel): Promise<readonly CheckCorpus[]> {
  let promise = loaded.get(model)
  if (!promise) {
    const mine = (q: Quote) => model.workspaceSourceIds.has(q.sourceId)
    const all = model.corpus.quotes
    const quotes = model.workspaceSourceIds.size > 0 ? all.filter((q) => !mine(q)) : all
    const own = all.filter(mine)
    // Its own copy of the file (from the browser's cache when the explorer fetched it): the
    // decoder changes the buffer it reads in place.
    promise = fetchBytes(indexUrl, 'search index')
      .then((file) => decodeIndexFile(file, quotes).text)
      .catch((error: unknown) => {
        console.warn(
          `Check: the search index file could not be used (${error instanceof Error ? error.message : String(error)}); building it in the page instead.`,
        )
        return textIndexOf(model, quotes)
      })
      .then((index): CheckCorpus[] => [
        { origin: 'corpus', quotes, index },
        ...(own.length > 0
          ? [{ origin: 'workspace' as const, quotes: own, index: textIndexOf(model, own) }]
          : []),
      ])
    loaded.set(model, promise)
  }
  return promise
}

function textIndexOf(model: CorpusModel, quotes: readonly Quote[]) {
  return buildTextIndex(
    quotes.map((q) => q.text),
    quoteLanguages({ quotes: [...quotes], sources: model.corpus.sources }),
  )
}
