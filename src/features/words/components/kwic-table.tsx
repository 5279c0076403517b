import { Link } from '@tanstack/react-router'
import { textLinkClass } from '@/components/text-link-class'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import type { CorpusModel } from '@/domain/corpus/model'
import type { KwicLine } from '@/domain/reading/kwic'
import type { KwicSort } from '@/domain/reading/options'
import { useT } from '@/i18n/catalog'
import { wordsMessages } from '../messages'

interface KwicTableProps {
  model: CorpusModel
  lines: readonly KwicLine[]
  /** The term as shown in a sentence (quoted). */
  term: string
  sort: KwicSort
  onSort: (sort: KwicSort) => void
}

/** In `ch`: a longer match wraps in its column. */
const MAX_MATCH_WIDTH = 24

const headerButton =
  'inline-flex items-center gap-1 rounded px-1 py-0.5 font-semibold hover:bg-slate-100 dark:hover:bg-slate-800'

/**
 * The concordance: the left context right-aligned and clipped on its left, the match in its
 * own column (so every match starts at the same place), the right context clipped on its
 * right. The left, right and statement headers sort the lines (aria-sort says which does).
 */
export function KwicTable({ model, lines, term, sort, onSort }: KwicTableProps) {
  const t = useT(wordsMessages)
  const terms = useCorpusTerms()
  // The match column is as wide as the longest match (within reason), the contexts share the
  // rest: the right context then starts right after the match, as in a printed concordance.
  const matchWidth = Math.min(
    MAX_MATCH_WIDTH,
    Math.max(t('table.match').length, ...lines.map((l) => l.match.length)) + 3,
  )
  const sortHeader = (column: KwicSort, label: string, className: string) => (
    <th
      scope="col"
      aria-sort={sort === column ? 'ascending' : 'none'}
      className={`px-1 pb-2 ${className}`}
    >
      <button type="button" className={headerButton} onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="text-xs">
          {sort === column ? '▲' : '↕'}
        </span>
      </button>
    </th>
  )
  return (
    <div className="overflow-hidden">
      <table className="w-full table-fixed border-collapse text-sm" data-kwic-sort={sort}>
        <caption className="sr-only">
          {t('table.caption', { term })}, {t(`sort.${sort}`)}
        </caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            {sortHeader('left', t('table.left'), 'text-right')}
            <th
              scope="col"
              style={{ width: `${matchWidth}ch` }}
              className="px-1 pb-2 text-left font-semibold"
            >
              {t('table.match')}
            </th>
            {sortHeader('right', t('table.right'), 'text-left')}
            {sortHeader('source', t('table.statement'), 'hidden w-36 text-left sm:table-cell')}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const session = model.sessionById.get(line.sessionId)
            const source = model.sourceById.get(line.sourceId)
            const sessionName = session ? terms.sessionName(session) : line.sessionId
            return (
              <tr
                key={`${line.quoteId}:${line.start}`}
                className="border-b border-slate-100 align-top dark:border-slate-800"
                data-quote-id={line.quoteId}
              >
                <td className="overflow-hidden px-1 py-1.5">
                  <div className="flex justify-end whitespace-pre text-slate-800 dark:text-slate-200">
                    <span>{line.left}</span>
                  </div>
                </td>
                <td className="px-1 py-1.5 font-semibold break-words">
                  <Link
                    to="/quotes/$quoteId"
                    params={{ quoteId: line.quoteId }}
                    className={textLinkClass}
                    aria-label={`${line.match} (${t('line.where', {
                      source: source?.title ?? line.sourceId,
                      session: sessionName,
                    })})`}
                  >
                    {line.match}
                  </Link>
                </td>
                <td className="overflow-hidden px-1 py-1.5 text-ellipsis whitespace-pre text-slate-800 dark:text-slate-200">
                  {line.right}
                </td>
                <td className="hidden px-1 py-1.5 text-slate-700 sm:table-cell dark:text-slate-300">
                  {session?.roman ?? line.sessionId}
                  {source ? ` · ${terms.sourceKindName(source.kind)}` : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
