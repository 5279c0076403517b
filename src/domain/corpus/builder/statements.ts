/**
 * What the attribution stage decides for each passage of a document: a statement (direct or
 * reported, with its speaker and why), or a passage left out (with its reason).
 */
import type { LeftOutReason } from '../schema'
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

export { LEFT_OUT_REASONS, type LeftOutReason } from '../schema'
export interface LeftOut extends Span {
  reason: LeftOutReason
}
