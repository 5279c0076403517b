import { useState } from 'react'
import { SessionBadge } from '@/components/corpus/session-badge'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { appBaseUrl, downloadText } from '@/components/export/download'
import type { CorpusModel } from '@/domain/corpus/model'
import {
  ANNOTATIONS_LICENSE,
  DATASET_FIELDS,
  DATASET_FILES,
  DATASET_MEDIA_TYPES,
  datasetFile,
  type DatasetFormat,
} from '@/domain/export/dataset'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { renderRichText } from '@/i18n/rich-text'
import { useT, type Translate } from '@/i18n/catalog'
import { dataMessages } from '../messages'

type DataKey = Parameters<Translate<NonNullable<typeof dataMessages.keys>>>[0]

/** The files, each with its format's own name (not translated: it is what tools call it). */
const DOWNLOADS: { format: DatasetFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'datapackage', label: 'Data Package' },
]

/** Code, the same in every language. */
const CODE = {
  command: 'npm run corpus -- --format csv --format json --format datapackage',
  python: 'import pandas as pd\nstatements = pd.read_csv("statements.csv")',
  r: 'library(readr)\nstatements <- read_csv("statements.csv")',
}

const codeClass =
  'rounded bg-slate-100 p-3 font-mono text-sm whitespace-pre-wrap break-words text-slate-900 dark:bg-slate-900 dark:text-slate-100'

/** `/data`: the whole corpus as a dataset, what each field means, and whose texts they are. */
export function DataPage({ model }: { model: CorpusModel }) {
  const t = useT(dataMessages)
  useDocumentTitle(t('page.title'))
  const [failed, setFailed] = useState<string | null>(null)
  const count = model.corpus.quotes.length
  const save = (format: DatasetFormat) => {
    try {
      downloadText(
        DATASET_FILES[format],
        datasetFile(format, model, { homepage: appBaseUrl() }),
        DATASET_MEDIA_TYPES[format],
      )
      setFailed(null)
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <PageHeading eyebrow={t('page.eyebrow')}>{t('page.title')}</PageHeading>
        <p className="text-lg leading-relaxed text-slate-800 dark:text-slate-200">
          {t('page.intro', { statements: count, sources: model.corpus.sources.length })}
        </p>
        <p className="flex flex-wrap items-center gap-2 text-slate-700 dark:text-slate-300">
          {t('page.sessions')}
          {model.sessions.map((s) => (
            <SessionBadge key={s.id} session={s} sessions={model.sessions} />
          ))}
        </p>
      </header>

      <section aria-labelledby="data-download" className="space-y-3">
        <h2 id="data-download" className="font-serif text-2xl font-semibold">
          {t('download.heading')}
        </h2>
        <ul className="space-y-2">
          {DOWNLOADS.map(({ format, label }) => (
            <li key={format} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <button
                type="button"
                onClick={() => save(format)}
                className="rounded bg-cyan-800 px-3 py-2 text-sm font-medium text-white hover:bg-cyan-900 dark:bg-cyan-700 dark:hover:bg-cyan-600"
              >
                <code className="font-mono">{DATASET_FILES[format]}</code>
              </button>
              <span className="text-slate-700 dark:text-slate-300">
                {label}: {t(`download.what.${format}`)}
              </span>
            </li>
          ))}
        </ul>
        {failed ? (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {t('download.failed', { error: failed })}
          </p>
        ) : null}
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t('download.offline')} <code className="font-mono">{CODE.command}</code>.
        </p>
      </section>

      <section aria-labelledby="data-read" className="space-y-3">
        <h2 id="data-read" className="font-serif text-2xl font-semibold">
          {t('read.heading')}
        </h2>
        <p>{t('read.python')}</p>
        <pre className={codeClass}>
          <code>{CODE.python}</code>
        </pre>
        <p>{t('read.r')}</p>
        <pre className={codeClass}>
          <code>{CODE.r}</code>
        </pre>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('read.lists')}</p>
      </section>

      <section aria-labelledby="data-fields" className="space-y-3">
        <h2 id="data-fields" className="font-serif text-2xl font-semibold">
          {t('fields.heading')}
        </h2>
        <div>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('fields.caption')}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t('fields.field')}
                </th>
                <th scope="col" className="py-2 font-semibold">
                  {t('fields.meaning')}
                </th>
              </tr>
            </thead>
            <tbody>
              {DATASET_FIELDS.map((f) => (
                <tr
                  key={f.name}
                  className="border-b border-slate-200 align-top dark:border-slate-800"
                >
                  <th scope="row" className="py-2 pr-4 font-mono font-normal break-all">
                    <code>{f.name}</code>
                  </th>
                  <td className="py-2">{t(`field.${f.name}` as DataKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="data-rights" className="space-y-3">
        <h2 id="data-rights" className="font-serif text-2xl font-semibold">
          {t('rights.heading')}
        </h2>
        <p>{t('rights.statement')}</p>
        <p>
          {renderRichText(t('rights.licence', { licence: ANNOTATIONS_LICENSE.title }), {
            0: <a href={ANNOTATIONS_LICENSE.path} className={textLinkClass} />,
            1: <code className="font-mono" />,
            2: <code className="font-mono" />,
          })}
        </p>
      </section>
    </div>
  )
}
