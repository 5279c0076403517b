import type { BuildOutcome, DocumentDraft, LeftOut } from '@/domain/workspace/builder-adapter'
import type { Corpus, Session } from '@/domain/corpus/schema'

/** Page → worker: build the drafts with the published corpus. */
export interface BuildRequest {
  id: number
  corpus: Corpus
  drafts: DocumentDraft[]
  sessions: Session[]
  overrides: Record<string, unknown>
}

/** Worker → page. */
export interface BuildReply {
  id: number
  outcome: BuildOutcome
  /** Passages of each draft left out, by source id. */
  leftOut: Record<string, LeftOut[]>
  /** Time the pipeline took in the worker. */
  ms: number
}
