import { Link } from '@tanstack/react-router'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { niceScale } from '@/domain/reading/chart-scale'
import { kwicSearch } from '@/domain/reading/reading-search'
import { type TrendMeasure } from '@/domain/reading/options'
import type { TermTrends } from '@/domain/reading/term-trends'
import { useT } from '@/i18n/catalog'
import { wordsMessages } from '../messages'
import { markerPath, SERIES_STYLES } from './series-styles'

interface TrendsChartProps {
  trends: TermTrends
  /** Each series' term as typed (for its KWIC link) and as shown (quoted). */
  terms: readonly { typed: string; shown: string }[]
  measure: TrendMeasure
  format: (value: number, measure: TrendMeasure) => string
}

const HEIGHT = 260
const MARGIN = { top: 16, right: 24, bottom: 36, left: 52 }

/** The width of an element, followed as it changes (a fixed guess where it cannot be measured). */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(240, Math.round(entry.contentRect.width)))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return { ref, width }
}

/**
 * A line chart of the terms across sessions, drawn in SVG. Each point is a link to the KWIC
 * lines it counts, with its value in its name; the chart is one stop in the tab order, and the
 * arrow keys move between sessions (left, right) and terms (up, down), Home and End to the
 * first and last session. The table beside it holds the same figures.
 */
export function TrendsChart({ trends, terms, measure, format }: TrendsChartProps) {
  const t = useT(wordsMessages)
  const corpusTerms = useCorpusTerms()
  const titleId = useId()
  const descId = useId()
  const { ref, width } = useWidth(640)
  const [active, setActive] = useState({ series: 0, session: 0 })
  const [shown, setShown] = useState<string | null>(null)
  const points = useRef(new Map<string, SVGAElement | HTMLAnchorElement>())

  const { sessions, series } = trends
  const valueOf = (s: number, i: number): number | null =>
    measure === 'count' ? (series[s]!.counts[i] ?? 0) : (series[s]!.per1000[i] ?? null)
  const largest = Math.max(
    0,
    ...series.flatMap((_, s) => sessions.map((__, i) => valueOf(s, i) ?? 0)),
  )
  const scale = niceScale(largest)
  const plotWidth = width - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = (i: number) =>
    MARGIN.left + (sessions.length === 1 ? plotWidth / 2 : (i * plotWidth) / (sessions.length - 1))
  const y = (value: number) => MARGIN.top + plotHeight - (value / scale.max) * plotHeight
  // Every session is named when there is room; otherwise every n-th.
  const labelEvery = Math.max(1, Math.ceil((sessions.length * 56) / plotWidth))

  const pointLabel = (s: number, i: number) => {
    const session = corpusTerms.sessionName(sessions[i]!)
    const per1000 = series[s]!.per1000[i]
    return per1000 === null || per1000 === undefined
      ? t('chart.pointNoWords', { term: terms[s]!.shown, session })
      : t('chart.point', {
          term: terms[s]!.shown,
          session,
          per1000: format(per1000, 'per1000'),
          count: series[s]!.counts[i] ?? 0,
        })
  }
  const hasPoint = (s: number, i: number) => valueOf(s, i) !== null
  const move = (event: KeyboardEvent, s: number, i: number) => {
    const next = { series: s, session: i }
    if (event.key === 'ArrowRight') next.session = Math.min(sessions.length - 1, i + 1)
    else if (event.key === 'ArrowLeft') next.session = Math.max(0, i - 1)
    else if (event.key === 'ArrowDown') next.series = Math.min(series.length - 1, s + 1)
    else if (event.key === 'ArrowUp') next.series = Math.max(0, s - 1)
    else if (event.key === 'Home') next.session = 0
    else if (event.key === 'End') next.session = sessions.length - 1
    else return
    event.preventDefault()
    // A session without statements has no point: skip over it in the direction of travel.
    const step = next.session >= i ? 1 : -1
    while (!hasPoint(next.series, next.session)) {
      next.session += step
      if (next.session < 0 || next.session >= sessions.length) return
    }
    setActive(next)
    points.current.get(`${next.series}:${next.session}`)?.focus()
  }

  const summary = series
    .map((_, s) =>
      t('chart.seriesSummary', {
        term: terms[s]!.shown,
        values: corpusTerms.list(
          sessions.flatMap((session, i) => {
            const value = valueOf(s, i)
            return value === null
              ? []
              : [t('chart.valueAt', { value: format(value, measure), roman: session.roman })]
          }),
        ),
      }),
    )
    .join('; ')

  return (
    <figure className="flex flex-col gap-2">
      <figcaption id={titleId} className="font-semibold">
        {t(`chart.title.${measure}`)}
      </figcaption>
      <p id={descId} className="sr-only">
        {t('chart.desc', { summary })}
      </p>
      <div ref={ref} className="w-full">
        <svg
          role="group"
          aria-labelledby={titleId}
          aria-describedby={descId}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          className="block max-w-full overflow-visible text-slate-900 dark:text-slate-100"
          data-measure={measure}
        >
          <g aria-hidden="true" className="text-xs">
            {scale.ticks.map((tick) => (
              <g key={tick}>
                <line
                  x1={MARGIN.left}
                  x2={width - MARGIN.right}
                  y1={y(tick)}
                  y2={y(tick)}
                  className="stroke-slate-200 dark:stroke-slate-700"
                />
                <text
                  x={MARGIN.left - 8}
                  y={y(tick)}
                  textAnchor="end"
                  dominantBaseline="middle"
                  className="fill-current"
                >
                  {format(tick, 'count')}
                </text>
              </g>
            ))}
            {sessions.map((session, i) =>
              i % labelEvery === 0 ? (
                <text
                  key={session.id}
                  x={x(i)}
                  y={HEIGHT - MARGIN.bottom + 20}
                  textAnchor="middle"
                  className="fill-current"
                >
                  {session.roman}
                </text>
              ) : null,
            )}
            <line
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={y(0)}
              y2={y(0)}
              className="stroke-slate-500"
            />
          </g>
          {series.map((_, s) => {
            const style = SERIES_STYLES[s % SERIES_STYLES.length]!
            const segments: string[] = []
            let open = false
            sessions.forEach((__, i) => {
              const value = valueOf(s, i)
              if (value === null) open = false
              else {
                segments.push(`${open ? 'L' : 'M'} ${x(i)} ${y(value)}`)
                open = true
              }
            })
            return (
              <g key={s} data-series={terms[s]!.typed}>
                <path
                  d={segments.join(' ')}
                  fill="none"
                  strokeWidth={2.5}
                  strokeDasharray={style.dash}
                  className={style.stroke}
                  aria-hidden="true"
                />
                {sessions.map((session, i) => {
                  const value = valueOf(s, i)
                  if (value === null) return null
                  const key = `${s}:${i}`
                  const isActive = active.series === s && active.session === i
                  return (
                    <Link
                      key={session.id}
                      ref={(element: SVGAElement | HTMLAnchorElement | null) => {
                        if (element) points.current.set(key, element)
                        else points.current.delete(key)
                      }}
                      to="/kwic"
                      search={kwicSearch({ q: terms[s]!.typed, session: [session.id] })}
                      aria-label={pointLabel(s, i)}
                      tabIndex={isActive ? 0 : -1}
                      onKeyDown={(event: KeyboardEvent) => move(event, s, i)}
                      onFocus={() => {
                        setActive({ series: s, session: i })
                        setShown(key)
                      }}
                      onBlur={() => setShown(null)}
                      onMouseEnter={() => setShown(key)}
                      onMouseLeave={() => setShown(null)}
                      className="outline-none"
                    >
                      {/* A larger, invisible target for the pointer. */}
                      <circle cx={x(i)} cy={y(value)} r={12} fill="transparent" />
                      <path
                        d={markerPath(style.marker, x(i), y(value), 5)}
                        strokeWidth={1.5}
                        className={`${style.fill} stroke-white dark:stroke-slate-950`}
                      />
                      {shown === key ? (
                        <circle
                          cx={x(i)}
                          cy={y(value)}
                          r={10}
                          fill="none"
                          strokeWidth={2}
                          className="stroke-slate-900 dark:stroke-slate-100"
                        />
                      ) : null}
                    </Link>
                  )
                })}
              </g>
            )
          })}
        </svg>
      </div>
      <p aria-hidden="true" className="min-h-6 text-sm font-medium" data-chart-readout>
        {shown ? pointLabel(Number(shown.split(':')[0]), Number(shown.split(':')[1])) : ''}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('chart.keys')}</p>
    </figure>
  )
}
