import { Link } from '@tanstack/react-router'
import { yearOf } from '@/domain/corpus/format'
import type { TopicSessionMatrix } from '@/domain/corpus/overview'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { useT } from '@/i18n/catalog'
import { overviewMessages } from '../messages'

/** Heat-map shades per session, lightest to darkest; text stays readable on each. */
const SHADES: Record<string, string[]> = {
  '31': [
    'bg-amber-50 dark:bg-amber-950/60',
    'bg-amber-100 dark:bg-amber-900/70',
    'bg-amber-200 dark:bg-amber-800',
    'bg-amber-300 dark:bg-amber-700',
  ],
  '32': [
    'bg-cyan-50 dark:bg-cyan-950/60',
    'bg-cyan-100 dark:bg-cyan-900/70',
    'bg-cyan-200 dark:bg-cyan-800',
    'bg-cyan-300 dark:bg-cyan-700',
  ],
}
const NEUTRAL = [
  'bg-slate-50 dark:bg-slate-900',
  'bg-slate-100 dark:bg-slate-800',
  'bg-slate-200 dark:bg-slate-700',
  'bg-slate-300 dark:bg-slate-600',
]

function shade(sessionId: string, count: number, max: number): string {
  const shades = SHADES[sessionId] ?? NEUTRAL
  if (count === 0 || max === 0) return ''
  const level = Math.min(shades.length - 1, Math.ceil((count / max) * shades.length) - 1)
  return shades[level] ?? ''
}

/**
 * The topic × session map: one accessible table, shaded as a heat map. Each count links to
 * the explorer filtered to that topic and session.
 */
export function TopicSessionMap({ matrix }: { matrix: TopicSessionMatrix }) {
  const t = useT(overviewMessages)
  const { topicLabel } = useCorpusTerms()
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-1 text-left">
        <caption className="sr-only">{t('map.caption')}</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="px-2 py-1 text-sm font-medium text-slate-700 dark:text-slate-300"
            >
              {t('map.topic')}
            </th>
            {matrix.sessions.map((session) => (
              <th
                key={session.id}
                scope="col"
                className="w-20 px-2 py-1 text-center text-sm font-semibold sm:w-28"
              >
                {session.roman}
                <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                  {yearOf(session.date)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.topic.id}>
              <th scope="row" className="px-2 py-1.5 text-sm font-normal">
                <Link
                  to="/topics/$topicId"
                  params={{ topicId: row.topic.id }}
                  className="font-medium text-slate-900 underline decoration-slate-400 underline-offset-2 hover:decoration-slate-900 dark:text-slate-100 dark:hover:decoration-slate-100"
                >
                  {topicLabel(row.topic)}
                </Link>
              </th>
              {matrix.sessions.map((session, i) => {
                const count = row.counts[i] ?? 0
                const where = {
                  topic: topicLabel(row.topic),
                  roman: session.roman,
                  year: yearOf(session.date),
                }
                return (
                  <td
                    key={session.id}
                    className={`rounded text-center tabular-nums ${shade(session.id, count, matrix.max)}`}
                  >
                    {count === 0 ? (
                      <span className="block px-2 py-1.5 text-slate-600 dark:text-slate-400">
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{t('map.none', where)}</span>
                      </span>
                    ) : (
                      <Link
                        to="/quotes"
                        search={{ topic: [row.topic.id], session: [session.id] }}
                        aria-label={t('map.count', { ...where, count })}
                        className="block rounded px-2 py-1.5 font-semibold text-slate-950 underline-offset-2 hover:underline dark:text-white"
                      >
                        {count}
                      </Link>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th
              scope="row"
              className="px-2 pt-2 text-sm font-medium text-slate-700 dark:text-slate-300"
            >
              {t('map.all')}
            </th>
            {matrix.sessions.map((session, i) => (
              <td key={session.id} className="pt-2 text-center">
                <Link
                  to="/quotes"
                  search={{ session: [session.id] }}
                  aria-label={t('map.allOfSession', {
                    count: matrix.sessionTotals[i] ?? 0,
                    roman: session.roman,
                  })}
                  className="font-semibold tabular-nums underline decoration-slate-400 underline-offset-2"
                >
                  {matrix.sessionTotals[i] ?? 0}
                </Link>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t('map.note')}</p>
    </div>
  )
}
