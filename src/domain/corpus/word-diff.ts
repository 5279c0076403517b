/**
 * Word-level comparison of two statements (how one source's wording differs from
 * another's), built on jsdiff's `diffWords`.
 */
import { diffWords } from 'diff'

export type DiffTokenKind = 'same' | 'removed' | 'added'

export interface DiffToken {
  kind: DiffTokenKind
  text: string
}

/**
 * Tokens that turn `from` into `to`: `removed` words are only in `from`, `added` only in
 * `to`. Joining the `same`+`removed` texts gives `from` back, `same`+`added` gives `to`.
 * Case differences count, because the statements are verbatim.
 */
export function wordDiff(from: string, to: string): DiffToken[] {
  return diffWords(from, to).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))
}

/** Share of the longer statement's words that both statements have in common (0–1). */
export function sharedWordRatio(tokens: readonly DiffToken[]): number {
  const words = (kinds: DiffTokenKind[]) =>
    tokens
      .filter((t) => kinds.includes(t.kind))
      .reduce((n, t) => n + (t.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
  const longer = Math.max(words(['same', 'removed']), words(['same', 'added']))
  return longer === 0 ? 1 : words(['same']) / longer
}
