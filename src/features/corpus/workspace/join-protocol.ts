import type { Corpus } from '@/domain/corpus/schema'
import type { JoinedCorpus, WorkspaceInputs } from '@/domain/workspace/merge-workspace'

/** Page → join worker: the published corpus and the workspace's documents. */
export interface JoinRequest {
  corpus: Corpus
  workspace: WorkspaceInputs
}

/**
 * Join worker → page: the joined corpus, and the search index file over it (the same format
 * as the one the builder writes for the published corpus, see src/domain/search/index-file.ts),
 * so the page only decodes it. `failed`: the worker could not run the join at all.
 */
export type JoinReply =
  (JoinedCorpus & { ok: true; index: ArrayBuffer; ms: number }) | { ok: false; message: string }
