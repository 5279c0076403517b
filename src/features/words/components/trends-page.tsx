import { Link } from '@tanstack/react-router'
import { useId, useMemo } from 'react'
import { textLinkClass } from '@/components/text-link-class'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import type { CorpusModel } from '@/domain/corpus/model'
import {
  kwicSearch,
  splitTerms,
  trendsSearch,
  trendsSettings,
  type TrendsSettings,
} from '@/domain/reading/reading-search'
import { type TrendsSearch } from '@/domain/reading/search-schemas'
import { TREND_MEASURES, type TrendMeasure } from '@/domain/reading/options'
import { termTrends } from '@/domain/reading/term-trends'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { useT } from '@/i18n/catalog'
import { wordsMessages } from '../messages'
import { MatchMode } from './match-mode'
import { markerPath, SERIES_STYLES } from './series-styles'
import { TermForm } from './term-form'
import { ToolPage } from './tool-page'
import { TrendsChart } from './trends-chart'
import { TrendsTable } from './trends-table'

export interface TrendsPageProps {
  model: CorpusModel
  search: TrendsSearch
  rawSearch: Record<string, unknown>
  onSearchChange: (search: TrendsSearch) => void
}

/** `/trends`: how often up to five terms occur at each session, as a chart and a table. */
export function TrendsPage({ model, search, rawSearch, onSearchChange }: TrendsPageProps) {
  const t = useT(wordsMessages)
  const { locale, list } = useCorpusTerms()
  const measureName = useId()
  const { settings, ignored } = useMemo(
    () => trendsSettings(search, rawSearch),
    [search, rawSearch],
  )
  const change = (next: Partial<TrendsSettings>) =>
    onSearchChange(trendsSearch({ ...settings, ...next }))
  const trends = useMemo(() => termTrends(model, settings.queries), [model, settings.queries])
  const terms = settings.terms.map((typed, i) => ({
    typed,
    shown: t('term', { term: settings.queries[i]!.label }),
  }))
  const format = useMemo(() => {
    const rate = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
    return (value: number, measure: TrendMeasure) =>
      measure === 'per1000' ? rate.format(value) : whole.format(value)
  }, [locale])
  useDocumentTitle(
    terms.length > 0
      ? t('trends.titleTerms', { terms: list(terms.map((term) => term.shown)) })
      : t('trends.title'),
  )

  return (
    <ToolPage tool="trends" ignored={ignored}>
      <TermForm
        label={t('trends.label')}
        placeholder={t('trends.placeholder')}
        submit={t('trends.submit')}
        value={settings.terms.join(', ')}
        onSubmit={(typed) => change({ terms: splitTerms(typed) })}
      />

      {terms.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t('trends.empty')}</p>
      ) : (
        <>
          <ul className="flex flex-col gap-3" aria-label={t('trends.title')}>
            {trends.series.map((series, s) => {
              const style = SERIES_STYLES[s % SERIES_STYLES.length]!
              return (
                <li key={terms[s]!.typed} className="flex items-start gap-3">
                  <svg width={36} height={16} aria-hidden="true" className="mt-1 shrink-0">
                    <line
                      x1={2}
                      x2={34}
                      y1={8}
                      y2={8}
                      strokeWidth={2.5}
                      strokeDasharray={style.dash}
                      className={style.stroke}
                    />
                    <path d={markerPath(style.marker, 18, 8, 5)} className={style.fill} />
                  </svg>
                  <div>
                    <p className={`font-semibold ${style.text}`}>{terms[s]!.shown}</p>
                    <MatchMode term={series.term} />
                    <p className="text-sm">
                      {series.total === 0 ? (
                        t('trends.none', { term: terms[s]!.shown })
                      ) : (
                        <Link
                          to="/kwic"
                          search={kwicSearch({ q: terms[s]!.typed })}
                          className={textLinkClass}
                        >
                          {t('trends.inContext', { term: terms[s]!.shown })}
                        </Link>
                      )}
                    </p>
                  </div>
                </li>
              )
            })}
          </ul>

          <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <legend className="float-left mr-2 text-sm font-medium">{t('measure.label')}</legend>
            {TREND_MEASURES.map((measure) => (
              <label key={measure} className="inline-flex items-center gap-1.5 text-sm">
                <input
                  type="radio"
                  name={measureName}
                  value={measure}
                  checked={settings.measure === measure}
                  onChange={() => change({ measure })}
                />
                {t(`measure.${measure}`)}
              </label>
            ))}
          </fieldset>

          <TrendsChart trends={trends} terms={terms} measure={settings.measure} format={format} />
          <TrendsTable trends={trends} terms={terms} format={format} />
          <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
            {t('trends.counting')}
          </p>
        </>
      )}
    </ToolPage>
  )
}
