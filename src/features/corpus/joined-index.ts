import type { CorpusModel } from '@/domain/corpus/model'

/**
 * The search index file written over a corpus joined with the user's documents (the join
 * worker writes it with the corpus), for the views that search it. The published corpus has
 * none here: its file is the one the builder wrote.
 */
const files = new WeakMap<CorpusModel, ArrayBuffer>()

export function setJoinedIndexFile(model: CorpusModel, file: ArrayBuffer): void {
  files.set(model, file)
}

/** A copy of the file (the decoder changes the buffer it reads), or null. */
export function joinedIndexFile(model: CorpusModel): ArrayBuffer | null {
  return files.get(model)?.slice(0) ?? null
}
