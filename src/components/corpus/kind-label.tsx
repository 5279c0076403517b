import type { QuoteKind } from '@/domain/corpus/schema'
import { useCorpusTerms } from './use-corpus-terms'

/**
 * "Direct quote" (the speaker's own words) vs "Reported" (a source's account of what was
 * said): told apart by the word and the badge's shape, not by colour.
 */
export function KindLabel({ kind }: { kind: QuoteKind }) {
  const { kindName } = useCorpusTerms()
  return kind === 'direct' ? (
    <span className="inline-flex items-center gap-1 rounded border border-slate-800 bg-slate-800 px-1.5 py-0.5 text-xs font-semibold text-white dark:border-slate-200 dark:bg-slate-200 dark:text-slate-950">
      <span aria-hidden="true" className="font-serif text-sm leading-none">
        “
      </span>
      {kindName('direct')}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 rounded border border-dashed border-slate-500 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:border-slate-400 dark:text-slate-300">
      <span aria-hidden="true" className="leading-none">
        ≈
      </span>
      {kindName('reported')}
    </span>
  )
}
