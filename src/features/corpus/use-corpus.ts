import { use } from 'react'
import type { CorpusModel } from '@/domain/corpus/model'
import { loadCorpus } from './load-corpus'

/** Suspends until the corpus is loaded; wrap callers in <Suspense>. */
export function useCorpus(): CorpusModel {
  return use(loadCorpus())
}
