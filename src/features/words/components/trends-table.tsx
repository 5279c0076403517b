import { Link } from '@tanstack/react-router'
import { Fragment, useId } from 'react'
import { textLinkClass } from '@/components/text-link-class'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { kwicSearch } from '@/domain/reading/reading-search'
import { type TrendMeasure } from '@/domain/reading/options'
import type { TermTrends } from '@/domain/reading/term-trends'
import { useT } from '@/i18n/catalog'
import { wordsMessages } from '../messages'

interface TrendsTableProps {
  trends: TermTrends
  terms: readonly { typed: string; shown: string }[]
  format: (value: number, measure: TrendMeasure) => string
}

const cell = 'px-2 py-1.5 text-right tabular-nums'

/**
 * The chart's figures as a table: a row per session, for each term its rate per 1,000 words
 * and its count (a link to those lines in context), and a last row for all sessions.
 */
export function TrendsTable({ trends, terms, format }: TrendsTableProps) {
  const t = useT(wordsMessages)
  const corpusTerms = useCorpusTerms()
  const captionId = useId()
  const { sessions, series } = trends
  const allWords = sessions.reduce((n, s) => n + s.words, 0)
  const rate = (count: number, words: number) =>
    words > 0 ? format((count * 1000) / words, 'per1000') : '—'
  const countCell = (s: number, count: number, sessionId: string | null, session: string) =>
    count > 0 ? (
      <Link
        to="/kwic"
        search={kwicSearch({ q: terms[s]!.typed, session: sessionId ? [sessionId] : [] })}
        className={textLinkClass}
        aria-label={t('table.countLink', {
          count: format(count, 'count'),
          term: terms[s]!.shown,
          session,
        })}
      >
        {format(count, 'count')}
      </Link>
    ) : (
      format(count, 'count')
    )

  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="overflow-x-auto rounded border border-slate-200 focus-visible:outline-2 focus-visible:outline-cyan-700 dark:border-slate-800"
    >
      <table className="w-full border-collapse text-sm" data-trends-table>
        <caption id={captionId} className="p-2 text-left font-semibold">
          {t('table.trendsCaption')}
        </caption>
        <colgroup span={2} />
        {terms.map((term) => (
          <colgroup key={term.typed} span={2} />
        ))}
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th rowSpan={2} scope="col" className="px-2 py-1.5 text-left">
              {t('table.session')}
            </th>
            <th rowSpan={2} scope="col" className="px-2 py-1.5 text-right">
              {t('table.words')}
            </th>
            {terms.map((term) => (
              <th
                key={term.typed}
                colSpan={2}
                scope="colgroup"
                className="border-l border-slate-200 px-2 py-1.5 text-center dark:border-slate-700"
              >
                {term.shown}
              </th>
            ))}
          </tr>
          <tr>
            {terms.map((term) => (
              <Fragment key={term.typed}>
                <th
                  scope="col"
                  className="border-l border-slate-200 px-2 py-1.5 text-right font-medium dark:border-slate-700"
                >
                  {t('table.per1000')}
                </th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">
                  {t('table.count')}
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {sessions.map((session, i) => {
            const name = corpusTerms.sessionName(session)
            return (
              <tr key={session.id} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="px-2 py-1.5 text-left font-medium whitespace-nowrap">
                  {name}
                </th>
                <td className={cell}>
                  {session.words > 0 ? format(session.words, 'count') : t('table.noWords')}
                </td>
                {series.map((s, k) => (
                  <Fragment key={terms[k]!.typed}>
                    <td className={`${cell} border-l border-slate-200 dark:border-slate-700`}>
                      {rate(s.counts[i] ?? 0, session.words)}
                    </td>
                    <td className={cell}>{countCell(k, s.counts[i] ?? 0, session.id, name)}</td>
                  </Fragment>
                ))}
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold dark:border-slate-600">
            <th scope="row" className="px-2 py-1.5 text-left">
              {t('table.all')}
            </th>
            <td className={cell}>{format(allWords, 'count')}</td>
            {series.map((s, k) => (
              <Fragment key={terms[k]!.typed}>
                <td className={`${cell} border-l border-slate-200 dark:border-slate-700`}>
                  {rate(s.total, allWords)}
                </td>
                <td className={cell}>{countCell(k, s.total, null, t('table.all'))}</td>
              </Fragment>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
