import type { BuildOutcome, DocumentDraft, LeftOut } from '@/domain/workspace/builder-adapter'
import type { Corpus, Session } from '@/domain/corpus/schema'

/**
 * Page → worker: build the drafts against the published corpus. The corpus is sent with the
 * first request only (and again if it changes): the worker keeps it, prepared for linking, so
 * that a change to a draft costs the draft, not a copy and a reading of the whole corpus.
 */
export interface BuildRequest {
  id: number
  /** The published corpus; omitted when the worker already holds it. */
  corpus?: Corpus
  drafts: DocumentDraft[]
  sessions: Session[]
  overrides: Record<string, unknown>
}

/** Worker → page. */
export interface BuildReply {
  id: number
  /** The drafts' sources, statements (linked to published ones too) and speakers only. */
  outcome: BuildOutcome
  /** Passages of each draft left out, by source id. */
  leftOut: Record<string, LeftOut[]>
  /** Time the pipeline took in the worker. */
  ms: number
}
