/**
 * What the attribution stage decides for each passage of a document: a statement (direct or
 * reported, with its speaker and why), or a passage left out (with its reason).
 */
import type { Span } from './segment'
import type { Person } from './speakers'

export type StatementKind = 'direct' | 'reported'

export interface Statement extends Span {
  kind: StatementKind
  speaker: Person
  section: string | null
  /** The form of writing that made it a statement (for `--explain`). */
  why: string
}

/** Why a passage is not a statement (docs/corpus.md, “What counts as a statement”). */
export const LEFT_OUT_REASONS = [
  'heading',
  'dateline',
  'byline',
  'caption',
  'background',
  'residue',
  'event',
  'narration',
  'stage',
  'salutation',
  'question',
  'no-speaker',
] as const
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number]

export interface LeftOut extends Span {
  reason: LeftOutReason
}
