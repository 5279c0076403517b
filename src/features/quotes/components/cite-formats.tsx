import { appBaseUrl, downloadText } from '@/components/export/download'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import {
  CITATION_FORMAT_LABELS,
  CITATION_FORMATS,
  statementCitation,
  type CitationFormat,
} from '@/domain/export/statement-citation'
import { statementRecord } from '@/domain/export/statement-record'
import { useT } from '@/i18n/catalog'
import { statementMessages } from '../messages'
import { CopyButton } from './copy-button'

/** The statement's citation for reference managers: BibTeX, RIS, CSL-JSON, to copy or save. */
export function CiteFormats({ model, quote }: { model: CorpusModel; quote: Quote }) {
  const t = useT(statementMessages)
  const citation = (format: CitationFormat) =>
    statementCitation(format, statementRecord(model, quote, appBaseUrl()))
  return (
    <ul className="space-y-2">
      {CITATION_FORMATS.map((format) => {
        const label = CITATION_FORMAT_LABELS[format]
        return (
          <li key={format} className="flex flex-wrap items-start gap-2">
            <CopyButton
              label={t('share.copyFormat', { format: label })}
              copiedMessage={t('share.formatCopied', { format: label })}
              getText={() => citation(format).text}
            />
            <button
              type="button"
              onClick={() => {
                const file = citation(format)
                downloadText(file.filename, file.text, file.mimeType)
              }}
              className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              {t('share.downloadFormat', { format: label })}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
