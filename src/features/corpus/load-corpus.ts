import corpusUrl from '@/generated/corpus.json?url'
import { buildCorpusModel, type CorpusModel } from '@/domain/corpus/model'
import { CorpusSchema } from '@/domain/corpus/schema'
import { cachedLoad, fetchValidated } from './cached-load'

/**
 * The corpus ships as a hashed static JSON asset, fetched once and shared by every view,
 * so the JavaScript that paints the shell never waits on it.
 */
export const loadCorpus: () => Promise<CorpusModel> = cachedLoad(async () =>
  buildCorpusModel(await fetchValidated(corpusUrl, CorpusSchema, 'corpus file')),
)

/**
 * The corpus file, fetched and parsed but not validated: for the search worker, which indexes
 * the same bytes the page validates (and proves it by fingerprint), so a 100,000-statement
 * corpus is not checked twice on the way to the first answer.
 */
export async function fetchCorpusData(): Promise<unknown> {
  const response = await fetch(corpusUrl)
  if (!response.ok) throw new Error(`The corpus could not be loaded (HTTP ${response.status}).`)
  return response.json()
}
