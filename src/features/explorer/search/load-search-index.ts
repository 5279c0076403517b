import indexUrl from '@/generated/corpus-index.bin?url'
import { cachedLoad } from '@/features/corpus/cached-load'
import { fetchBytes } from '@/features/corpus/fetch-bytes'

/**
 * The search index file the corpus builder wrote (src/domain/search/index-file.ts), as bytes.
 * The explorer's route starts this download with the corpus's, so both arrive together.
 */
export const loadSearchIndexFile: () => Promise<ArrayBuffer> = cachedLoad(() =>
  fetchBytes(indexUrl, 'search index'),
)
