import type { DiffToken } from '@/domain/corpus/word-diff'

/**
 * A word-level comparison. Words only in the first statement are struck through (<del>),
 * words only in the second are underlined (<ins>); screen readers hear which is which.
 */
export function WordComparison({
  tokens,
  fromLabel,
  toLabel,
}: {
  tokens: readonly DiffToken[]
  fromLabel: string
  toLabel: string
}) {
  return (
    <p className="font-serif leading-relaxed">
      {tokens.map((token, i) =>
        token.kind === 'same' ? (
          <span key={i}>{token.text}</span>
        ) : token.kind === 'removed' ? (
          <del
            key={i}
            className="mx-px rounded-sm bg-rose-100 px-0.5 text-rose-950 decoration-rose-800 decoration-2 dark:bg-rose-950 dark:text-rose-100 dark:decoration-rose-300"
          >
            <span className="sr-only">[only in {fromLabel}: </span>
            {token.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins
            key={i}
            className="mx-px rounded-sm bg-emerald-100 px-0.5 text-emerald-950 decoration-emerald-800 decoration-2 underline-offset-2 dark:bg-emerald-950 dark:text-emerald-100 dark:decoration-emerald-300"
          >
            <span className="sr-only">[only in {toLabel}: </span>
            {token.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  )
}

/** The key to the comparison's marks, in words and style, not colour alone. */
export function WordComparisonLegend({
  fromLabel,
  toLabel,
}: {
  fromLabel: string
  toLabel: string
}) {
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      <span className="font-medium">How to read the comparison:</span>{' '}
      <del className="rounded-sm bg-rose-100 px-1 text-rose-950 decoration-rose-800 decoration-2 dark:bg-rose-950 dark:text-rose-100 dark:decoration-rose-300">
        struck through
      </del>{' '}
      = only in {fromLabel};{' '}
      <ins className="rounded-sm bg-emerald-100 px-1 text-emerald-950 decoration-emerald-800 decoration-2 underline-offset-2 dark:bg-emerald-950 dark:text-emerald-100 dark:decoration-emerald-300">
        underlined
      </ins>{' '}
      = only in {toLabel}; plain = the same in both.
    </p>
  )
}
