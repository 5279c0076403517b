import type { DiffToken } from '@/domain/corpus/word-diff'
import { useT } from '@/i18n/catalog'
import { renderRichText } from '@/i18n/rich-text'
import { viewMessages } from './view-messages'

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
  const t = useT(viewMessages)
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
            <span className="sr-only">{t('compare.onlyIn', { label: fromLabel })}</span>
            {token.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins
            key={i}
            className="mx-px rounded-sm bg-emerald-100 px-0.5 text-emerald-950 decoration-emerald-800 decoration-2 underline-offset-2 dark:bg-emerald-950 dark:text-emerald-100 dark:decoration-emerald-300"
          >
            <span className="sr-only">{t('compare.onlyIn', { label: toLabel })}</span>
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
  const t = useT(viewMessages)
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {renderRichText(t('compare.legend', { from: fromLabel, to: toLabel }), {
        0: <span className="font-medium" />,
        1: (
          <del className="rounded-sm bg-rose-100 px-1 text-rose-950 decoration-rose-800 decoration-2 dark:bg-rose-950 dark:text-rose-100 dark:decoration-rose-300" />
        ),
        2: (
          <ins className="rounded-sm bg-emerald-100 px-1 text-emerald-950 decoration-emerald-800 decoration-2 underline-offset-2 dark:bg-emerald-950 dark:text-emerald-100 dark:decoration-emerald-300" />
        ),
      })}
    </p>
  )
}
