/**
 * The three export formats:
 *
 * - JSON: complete (every bookmark with note, dates, order and snapshot, plus saved views)
 *   and re-importable; carries `format` and `formatVersion` so later versions can read it.
 * - CSV (RFC 4180): one row per bookmark, for spreadsheets and reference managers.
 * - Markdown: ready to paste into a document, each statement quoted with its citation.
 */
import { toCsv as writeCsv } from '../csv'
import { escapeMarkdown, exportedLine, markdownStatement } from '../export/markdown'
import type { Bookmark } from './bookmark'
import type { PersistedState, SavedView } from './persisted-state'
import { quoteLink, type ResolvedBookmark } from './resolve'

export const EXPORT_FORMAT = 'assembly-explorer-bookmarks'
export const EXPORT_FORMAT_VERSION = 1

export interface ExportFile {
  format: typeof EXPORT_FORMAT
  formatVersion: typeof EXPORT_FORMAT_VERSION
  exportedAt: string
  title?: string
  bookmarks: ExportedBookmark[]
  savedViews: SavedView[]
}

export type ExportedBookmark = Pick<
  Bookmark,
  'quoteId' | 'addedAt' | 'updatedAt' | 'note' | 'snapshot' | 'order' | 'noteConflict'
>

/** The collection as a re-importable JSON document (ordered as given). */
export function toExportJson(
  state: Pick<PersistedState, 'bookmarks' | 'savedViews'>,
  ordered: readonly Bookmark[],
  exportedAt: string,
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt,
    bookmarks: ordered.map((b) => {
      const out: ExportedBookmark = {
        quoteId: b.quoteId,
        addedAt: b.addedAt,
        updatedAt: b.updatedAt,
        note: b.note,
        snapshot: b.snapshot,
      }
      if (b.order !== undefined) out.order = b.order
      if (b.noteConflict) out.noteConflict = true
      return out
    }),
    savedViews: Object.values(state.savedViews).sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : 1,
    ),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

export const CSV_COLUMNS = [
  'Quote',
  'Speaker',
  'Session',
  'Date',
  'Source',
  'Topics',
  'Note',
  'Link',
  'Quote ID',
  'Kind',
  'Citation',
  'Bookmarked at',
  'In current corpus',
] as const

/**
 * One row per bookmark under a header row, written by the app's one CSV writer (`../csv`):
 * every cell quoted and neutralised against spreadsheet formulas, CRLF, UTF-8 with BOM.
 */
export function toCsv(items: readonly ResolvedBookmark[], appBaseUrl: string): string {
  const rows: string[][] = [[...CSV_COLUMNS]]
  for (const { bookmark, snapshot, inCorpus } of items) {
    rows.push([
      snapshot?.text ?? '',
      snapshot?.speakerName ?? '',
      snapshot?.sessionLabel ?? '',
      snapshot?.date ?? '',
      snapshot?.sourceTitle ?? '',
      (snapshot?.topicLabels ?? []).join('; '),
      bookmark.note,
      quoteLink(appBaseUrl, bookmark.quoteId),
      bookmark.quoteId,
      snapshot?.kind ?? '',
      snapshot?.citation ?? '',
      bookmark.addedAt,
      inCorpus ? 'yes' : 'no',
    ])
  }
  return writeCsv(rows)
}

/** The collection as Markdown: each statement as a block quote with its citation and note. */
export function toMarkdown(
  items: readonly ResolvedBookmark[],
  options: { title: string; appBaseUrl: string; exportedAt: string },
): string {
  const lines: string[] = [
    `# ${escapeMarkdown(options.title)}`,
    '',
    exportedLine(options.exportedAt, items.length),
  ]
  items.forEach(({ bookmark, snapshot, inCorpus }, index) => {
    const link = quoteLink(options.appBaseUrl, bookmark.quoteId)
    lines.push('')
    if (!snapshot) {
      lines.push(`## ${index + 1}. Quote ${bookmark.quoteId}`, '')
      lines.push('_The text of this statement was not saved and it is not in the current corpus._')
    } else {
      lines.push(...markdownStatement(index + 1, snapshot))
    }
    lines.push('', `Link: <${link}>${inCorpus ? '' : ' (no longer in the corpus)'}`)
    if (bookmark.note.trim()) {
      const [first = '', ...rest] = bookmark.note.trim().split('\n')
      lines.push('', `**Note:** ${escapeMarkdown(first)}`, ...rest.map((l) => escapeMarkdown(l)))
    }
  })
  return `${lines.join('\n')}\n`
}
