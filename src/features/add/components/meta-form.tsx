import type { ReactNode } from 'react'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import type { CorpusModel } from '@/domain/corpus/model'
import { SOURCE_KINDS, type Source } from '@/domain/corpus/schema'
import { useT } from '@/i18n/catalog'
import { NEW_SESSION, type Meta } from '../draft'
import { addMessages } from '../messages'

export const h2Class = 'font-serif text-2xl font-semibold tracking-tight'
export const fieldClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900'
export const buttonClass =
  'rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800'

function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <div>
      <label className="block">
        <span className="font-medium">{label}</span>
        {children}
      </label>
      {hint ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{hint}</p> : null}
    </div>
  )
}

export function MetaForm({
  model,
  meta,
  onChange,
}: {
  model: CorpusModel
  meta: Meta
  onChange: (meta: Meta) => void
}) {
  const t = useT(addMessages)
  const { sessionName, date, sourceKindName } = useCorpusTerms()
  const set = (patch: Partial<Meta>) => onChange({ ...meta, ...patch })
  return (
    <section aria-labelledby="add-meta" className="max-w-3xl space-y-4">
      <h2 id="add-meta" className={h2Class}>
        {t('meta.heading')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('meta.intro')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field label={t('meta.title')} hint={t('meta.titleHint')}>
            <input
              className={fieldClass}
              value={meta.title}
              onChange={(e) => set({ title: e.target.value })}
            />
          </Field>
        </div>
        <Field label={t('meta.date')} hint={t('meta.dateHint')}>
          <input
            type="date"
            className={fieldClass}
            value={meta.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        </Field>
        <Field label={t('meta.session')}>
          <select
            className={fieldClass}
            value={meta.sessionId}
            onChange={(e) => set({ sessionId: e.target.value })}
          >
            <option value="">{t('meta.chooseSession')}</option>
            {model.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {sessionName(s)} ({date(s.date)})
              </option>
            ))}
            <option value={NEW_SESSION}>{t('meta.newSession')}</option>
          </select>
        </Field>
        {meta.sessionId === NEW_SESSION ? (
          <fieldset className="grid gap-4 rounded border border-slate-300 p-3 sm:col-span-2 sm:grid-cols-3 dark:border-slate-700">
            <legend className="px-1 font-medium">{t('meta.newSessionLegend')}</legend>
            <Field label={t('meta.number')}>
              <input
                inputMode="numeric"
                className={fieldClass}
                value={meta.newSession.number}
                onChange={(e) =>
                  set({ newSession: { ...meta.newSession, number: e.target.value } })
                }
              />
            </Field>
            <Field label={t('meta.sessionDate')}>
              <input
                type="date"
                className={fieldClass}
                value={meta.newSession.date}
                onChange={(e) => set({ newSession: { ...meta.newSession, date: e.target.value } })}
              />
            </Field>
            <Field label={t('meta.theme')}>
              <input
                className={fieldClass}
                value={meta.newSession.theme}
                onChange={(e) => set({ newSession: { ...meta.newSession, theme: e.target.value } })}
              />
            </Field>
          </fieldset>
        ) : null}
        <Field label={t('meta.kind')}>
          <select
            className={fieldClass}
            value={meta.kind}
            onChange={(e) => set({ kind: e.target.value as Source['kind'] })}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {sourceKindName(k)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('meta.language')}>
          <select
            className={fieldClass}
            value={meta.language}
            onChange={(e) => set({ language: e.target.value })}
          >
            <option value="en">{t('language.en')}</option>
            <option value="ru">{t('language.ru')}</option>
            <option value="kk">{t('language.kk')}</option>
          </select>
        </Field>
      </div>
    </section>
  )
}
