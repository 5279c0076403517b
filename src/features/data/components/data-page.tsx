import { useState } from 'react'
import { SessionBadge } from '@/components/corpus/session-badge'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { appBaseUrl, downloadText } from '@/components/export/download'
import { plural } from '@/domain/corpus/format'
import type { CorpusModel } from '@/domain/corpus/model'
import {
  ANNOTATIONS_LICENSE,
  DATASET_FIELDS,
  DATASET_FILES,
  DATASET_MEDIA_TYPES,
  datasetFile,
  RIGHTS_STATEMENT,
  type DatasetFormat,
} from '@/domain/export/dataset'
import { useDocumentTitle } from '@/hooks/use-document-title'

const DOWNLOADS: { format: DatasetFormat; label: string; what: string }[] = [
  {
    format: 'csv',
    label: 'CSV',
    what: 'one row per statement, UTF-8, for spreadsheets, pandas and R',
  },
  {
    format: 'json',
    label: 'JSON',
    what: 'the same rows as an array of objects, lists as arrays',
  },
  {
    format: 'datapackage',
    label: 'Data Package',
    what: 'a Frictionless description of both files and every field',
  },
]

const codeClass =
  'rounded bg-slate-100 p-3 font-mono text-sm whitespace-pre-wrap break-words text-slate-900 dark:bg-slate-900 dark:text-slate-100'

/** `/data`: the whole corpus as a dataset, what each field means, and whose texts they are. */
export function DataPage({ model }: { model: CorpusModel }) {
  useDocumentTitle('The corpus as a dataset')
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
        <PageHeading eyebrow="Data">The corpus as a dataset</PageHeading>
        <p className="text-lg leading-relaxed text-slate-800 dark:text-slate-200">
          All {plural(count, 'statement')} from{' '}
          {plural(model.corpus.sources.length, 'source document')}, one row each: the text verbatim,
          who said it, at which session, in which source, its topics and the statements that
          corroborate or echo it.
        </p>
        <p className="flex flex-wrap items-center gap-2 text-slate-700 dark:text-slate-300">
          Sessions:
          {model.sessions.map((s) => (
            <SessionBadge key={s.id} session={s} sessions={model.sessions} />
          ))}
        </p>
      </header>

      <section aria-labelledby="data-download" className="space-y-3">
        <h2 id="data-download" className="font-serif text-2xl font-semibold">
          Download
        </h2>
        <ul className="space-y-2">
          {DOWNLOADS.map(({ format, label, what }) => (
            <li key={format} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <button
                type="button"
                onClick={() => save(format)}
                className="rounded bg-cyan-800 px-3 py-2 text-sm font-medium text-white hover:bg-cyan-900 dark:bg-cyan-700 dark:hover:bg-cyan-600"
              >
                {DATASET_FILES[format]}
              </button>
              <span className="text-slate-700 dark:text-slate-300">
                {label}: {what}
              </span>
            </li>
          ))}
        </ul>
        {failed ? (
          <p role="alert" className="text-red-800 dark:text-red-300">
            The file could not be made: {failed}
          </p>
        ) : null}
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The files are made in your browser from the corpus this page shows, and work offline. The
          command line writes the same files:{' '}
          <code className="font-mono">
            npm run corpus -- --format csv --format json --format datapackage
          </code>
          .
        </p>
      </section>

      <section aria-labelledby="data-read" className="space-y-3">
        <h2 id="data-read" className="font-serif text-2xl font-semibold">
          Reading it
        </h2>
        <p>In Python with pandas:</p>
        <pre className={codeClass}>
          <code>{'import pandas as pd\nstatements = pd.read_csv("statements.csv")'}</code>
        </pre>
        <p>In R with readr:</p>
        <pre className={codeClass}>
          <code>{'library(readr)\nstatements <- read_csv("statements.csv")'}</code>
        </pre>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Lists (topics, corroborated by, echoes) are ids separated by “;” in the CSV file and
          arrays in the JSON file. The CSV file begins with a byte-order mark, which pandas and
          readr skip; a text that begins with =, +, -, @, a tab or a carriage return starts with an
          added apostrophe there, so that spreadsheets never run it as a formula (the JSON file has
          every text unaltered).
        </p>
      </section>

      <section aria-labelledby="data-fields" className="space-y-3">
        <h2 id="data-fields" className="font-serif text-2xl font-semibold">
          Fields
        </h2>
        <div>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">The fields of each row</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Field
                </th>
                <th scope="col" className="py-2 font-semibold">
                  Meaning
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
                    {f.name}
                  </th>
                  <td className="py-2">{f.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="data-rights" className="space-y-3">
        <h2 id="data-rights" className="font-serif text-2xl font-semibold">
          Rights and citing
        </h2>
        <p>{RIGHTS_STATEMENT}</p>
        <p>
          Annotations licence:{' '}
          <a href={ANNOTATIONS_LICENSE.path} className={textLinkClass}>
            {ANNOTATIONS_LICENSE.title}
          </a>
          . The app’s code is under the MIT licence (the <code className="font-mono">LICENSE</code>{' '}
          file); to cite the project, use its <code className="font-mono">CITATION.cff</code>. Each
          statement’s page offers its own citation.
        </p>
      </section>
    </div>
  )
}
