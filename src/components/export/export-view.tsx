import { Link } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { textLinkClass } from '@/components/text-link-class'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import type { ListView, ViewExportFormat } from '@/domain/export/view-export'
import { viewMessages } from '@/components/corpus/view-messages'
import { useT } from '@/i18n/catalog'
import { appBaseUrl, downloadText } from './download'

const FORMATS: { format: ViewExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'md', label: 'Markdown' },
  { format: 'bib', label: 'BibTeX' },
  { format: 'ris', label: 'RIS' },
]

export interface ExportViewProps {
  model: CorpusModel
  /** The view; its address is the address bar's at the time of the export. */
  view: Omit<ListView, 'url'>
  /** The statements on screen, in the order shown (called on click). */
  quotes: () => readonly Quote[]
}

/**
 * "Export these statements": the statements a list view shows, as CSV, JSON, Markdown, BibTeX
 * or RIS. The formatters load on the first click, so the view's own code stays small.
 */
export function ExportView({ model, view, quotes }: ExportViewProps) {
  const t = useT(viewMessages)
  const id = useId()
  const [failed, setFailed] = useState<string | null>(null)
  const save = async (format: ViewExportFormat) => {
    try {
      const { exportView } = await import('@/domain/export/view-export')
      const file = exportView(format, model, { ...view, url: window.location.href }, quotes(), {
        appBaseUrl: appBaseUrl(),
        exportedAt: new Date().toISOString(),
      })
      downloadText(file.filename, file.text, file.mimeType)
      setFailed(null)
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      className="flex flex-wrap items-center gap-2 print:hidden"
    >
      <span id={`${id}-label`} className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {t('export.heading')}
      </span>
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          onClick={() => void save(format)}
          className="rounded border border-slate-400 px-2 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {label}
        </button>
      ))}
      <Link to="/data" className={`${textLinkClass} text-sm`}>
        {t('export.dataset')}
      </Link>
      {failed ? (
        <p role="alert" className="w-full text-sm text-red-800 dark:text-red-300">
          {t('export.failed', { error: failed })}
        </p>
      ) : null}
    </div>
  )
}
