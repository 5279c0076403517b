import corpusUrl from '@/generated/corpus.json?url'
import { buildCorpusModel, type CorpusModel } from '@/domain/corpus/model'
import { cachedLoad, fetchJson, validated } from './cached-load'

/**
 * The corpus ships as a hashed static JSON asset, fetched once and shared by every view,
 * so the JavaScript that paints the shell never waits on it.
 */
export const loadPublishedCorpus: () => Promise<CorpusModel> = cachedLoad(async () => {
  // The file's reader is imported while the file downloads: the home page never needs it.
  const [{ CorpusFileError, CorpusFileSchema, decodeCorpusFile }, json] = await Promise.all([
    import('@/domain/corpus/corpus-file'),
    fetchJson(corpusUrl, 'corpus file', { inWorker: true }),
  ])
  const file = validated(CorpusFileSchema, json, 'corpus file')
  try {
    return buildCorpusModel(decodeCorpusFile(file))
  } catch (error) {
    if (error instanceof CorpusFileError)
      throw new Error(`The corpus file is malformed: ${error.message}`, { cause: error })
    throw error
  }
})

/**
 * The corpus the views read (the statement, source, session, topic pages, the explorer,
 * /check, bookmarks). Joining the user's saved documents to it
 * (src/domain/workspace/merge-workspace.ts) is to come here; /add and /data read the published
 * corpus whatever happens.
 */
export const loadCorpus: () => Promise<CorpusModel> = loadPublishedCorpus
