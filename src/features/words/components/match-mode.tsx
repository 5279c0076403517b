import type { TermQuery } from '@/domain/reading/term-match'
import { useT } from '@/i18n/catalog'
import { wordsMessages } from '../messages'

/** Says how a term is matched: by stem (every form) or exactly (a quoted phrase). */
export function MatchMode({ term }: { term: TermQuery }) {
  const t = useT(wordsMessages)
  const shown = t('term', { term: term.label })
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300" data-match-mode={term.mode}>
      {t(term.mode === 'exact' ? 'match.exact' : 'match.stem', { term: shown })}
    </p>
  )
}
