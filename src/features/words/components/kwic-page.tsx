import { Link } from '@tanstack/react-router'
import { useId, useMemo } from 'react'
import { textLinkClass } from '@/components/text-link-class'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import type { CorpusModel } from '@/domain/corpus/model'
import { kwicLines, matchedForms, sortKwicLines } from '@/domain/reading/kwic'
import {
  kwicSearch,
  kwicSettings,
  trendsSearch,
  type KwicSettings,
} from '@/domain/reading/reading-search'
import { type KwicSearch } from '@/domain/reading/search-schemas'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { useT } from '@/i18n/catalog'
import { wordsMessages } from '../messages'
import { KwicTable } from './kwic-table'
import { MatchMode } from './match-mode'
import { TermForm } from './term-form'
import { ToolPage } from './tool-page'

/** At most this many lines are drawn; the count says how many there are. */
export const MAX_SHOWN_LINES = 1000

export interface KwicPageProps {
  model: CorpusModel
  /** The validated search params (every field has a fallback). */
  search: KwicSearch
  /** The params as the URL had them, to say what was ignored. */
  rawSearch: Record<string, unknown>
  onSearchChange: (search: KwicSearch) => void
}

/** `/kwic`: every occurrence of a word or phrase, one line each, the match in a column. */
export function KwicPage({ model, search, rawSearch, onSearchChange }: KwicPageProps) {
  const t = useT(wordsMessages)
  const terms = useCorpusTerms()
  const sessionSelectId = useId()
  const { settings, ignored } = useMemo(
    () => kwicSettings(search, model, rawSearch),
    [search, model, rawSearch],
  )
  const change = (next: Partial<KwicSettings>) =>
    onSearchChange(kwicSearch({ ...settings, ...next }))
  const { term, sort } = settings
  const lines = useMemo(
    () => (term ? kwicLines(model, term, { sessions: settings.session }) : []),
    [model, term, settings.session],
  )
  const sorted = useMemo(
    () => sortKwicLines(lines, sort, new Intl.Collator(terms.locale).compare),
    [lines, sort, terms.locale],
  )
  const shownTerm = term ? t('term', { term: term.label }) : ''
  useDocumentTitle(term ? t('kwic.titleTerm', { term: shownTerm }) : t('kwic.title'))

  return (
    <ToolPage tool="kwic" ignored={ignored}>
      <TermForm
        label={t('kwic.label')}
        placeholder={t('kwic.placeholder')}
        submit={t('kwic.submit')}
        value={settings.q}
        onSubmit={(q) => change({ q })}
      >
        <div className="flex items-center gap-2">
          <label htmlFor={sessionSelectId} className="text-sm font-medium">
            {t('kwic.session')}
          </label>
          <select
            id={sessionSelectId}
            value={settings.session.length === 1 ? settings.session[0] : ''}
            onChange={(event) =>
              change({ session: event.target.value ? [event.target.value] : [] })
            }
            className="rounded border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">{t('kwic.allSessions')}</option>
            {model.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {terms.sessionName(s)}
              </option>
            ))}
          </select>
        </div>
      </TermForm>

      {!settings.q ? (
        <p className="text-slate-700 dark:text-slate-300">{t('kwic.empty')}</p>
      ) : !term ? (
        <p role="status">{t('kwic.noWord', { term: t('term', { term: settings.q }) })}</p>
      ) : (
        <section aria-labelledby={`${sessionSelectId}-results`} className="flex flex-col gap-4">
          <h2 id={`${sessionSelectId}-results`} className="sr-only">
            {t('table.caption', { term: shownTerm })}
          </h2>
          <div className="flex flex-col gap-1">
            <p role="status" className="text-base font-medium" data-kwic-lines={lines.length}>
              {lines.length === 0
                ? t('kwic.none', { term: shownTerm })
                : t('kwic.count', {
                    count: lines.length,
                    statements: new Set(lines.map((l) => l.quoteId)).size,
                  })}
            </p>
            <MatchMode term={term} />
            {term.mode === 'stem' && lines.length > 0 ? (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {t('kwic.forms')}{' '}
                {terms.list(
                  matchedForms(lines).map(({ form, count }) => t('kwic.form', { form, count })),
                )}
              </p>
            ) : null}
            <p className="text-sm">
              <Link
                to="/trends"
                search={trendsSearch({
                  terms: [term.mode === 'exact' ? `"${term.label}"` : term.label],
                })}
                className={textLinkClass}
              >
                {t('kwic.trend', { term: shownTerm })}
              </Link>
            </p>
          </div>
          {lines.length > 0 ? (
            <KwicTable
              model={model}
              lines={sorted.slice(0, MAX_SHOWN_LINES)}
              term={shownTerm}
              sort={sort}
              onSort={(next) => change({ sort: next })}
            />
          ) : null}
          {lines.length > MAX_SHOWN_LINES ? (
            <p className="text-sm">{t('kwic.limit', { shown: MAX_SHOWN_LINES })}</p>
          ) : null}
        </section>
      )}
    </ToolPage>
  )
}
