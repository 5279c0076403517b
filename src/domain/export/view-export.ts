/**
 * The export of a list view (the explorer's results, a topic's or a session's statements) in
 * one of five formats, named after the view, each saying which filters produced it and when.
 */
import type { CorpusModel } from '../corpus/model'
import { sessionWithDate, languageName } from '../corpus/format'
import type { Quote } from '../corpus/schema'
import { toCsv } from '@/domain/csv'
import { FILTER_FACETS, type FilterFacet, type QuoteFilters } from '../filters/quote-filters'
import { toBibtex } from './bibtex'
import { DATASET_FIELDS, datasetCell } from './dataset'
import { escapeMarkdown, exportedLine, markdownStatement } from './markdown'
import { toRis } from './ris'
import { statementRecords, type StatementRecord } from './statement-record'

export const VIEW_EXPORT_FORMATS = ['csv', 'json', 'md', 'bib', 'ris'] as const
export type ViewExportFormat = (typeof VIEW_EXPORT_FORMATS)[number]

export const VIEW_EXPORT_LABELS: Record<ViewExportFormat, string> = {
  csv: 'CSV',
  json: 'JSON',
  md: 'Markdown',
  bib: 'BibTeX',
  ris: 'RIS',
}

const MIME_TYPES: Record<ViewExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
  bib: 'application/x-bibtex;charset=utf-8',
  ris: 'application/x-research-info-systems;charset=utf-8',
}

export interface ListView {
  /** How the page is called, e.g. "Quote explorer", "Topic: Language policy". */
  title: string
  /** The page's own scope (a session's or a topic's page), named first in the file name. */
  scope?: { facet: 'session' | 'topic'; value: string }
  /** The filters that produced the list (the scope's own facet not included). */
  filters: QuoteFilters
  /** The view's absolute address, filters included. */
  url: string
}

export interface ViewExportFile {
  filename: string
  mimeType: string
  text: string
}

const FACET_NAMES: Record<FilterFacet, string> = {
  session: 'Session',
  topic: 'Topic',
  kind: 'Kind',
  speaker: 'Speaker',
  source: 'Source',
  lang: 'Language',
  origin: 'Origin',
}

/** The filters in words: `Search: “kazakh language”`, `Session: XXXI session (29 April 2022)`. */
export function describeFilters(model: CorpusModel, filters: QuoteFilters): string[] {
  const name = (facet: FilterFacet, id: string): string => {
    if (facet === 'session') {
      const session = model.sessionById.get(id)
      return session ? sessionWithDate(session) : id
    }
    if (facet === 'topic') return model.topicById.get(id)?.label ?? id
    if (facet === 'speaker') return model.speakerById.get(id)?.name ?? id
    if (facet === 'source') return model.sourceById.get(id)?.title ?? id
    if (facet === 'lang') return languageName(id)
    if (facet === 'origin') return id === 'workspace' ? 'your documents' : 'published corpus'
    return id === 'direct' ? 'direct quotation' : 'reported speech'
  }
  const lines: string[] = []
  if (filters.q.trim()) lines.push(`Search: “${filters.q.trim()}”`)
  for (const facet of FILTER_FACETS) {
    const values = filters[facet] as string[]
    if (values.length > 0)
      lines.push(`${FACET_NAMES[facet]}: ${values.map((v) => name(facet, v)).join(' or ')}`)
  }
  return lines
}

const slugWords = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')

/** The file name's stem: the scope, the search words and the filters, e.g. `kazakh-language-session-31`. */
export function viewSlug(view: Pick<ListView, 'scope' | 'filters'>): string {
  const { filters, scope } = view
  const facetPart = (facet: FilterFacet, id: string) => (facet === 'session' ? `session-${id}` : id)
  const parts = [
    scope ? facetPart(scope.facet, scope.value) : '',
    slugWords(filters.q),
    ...FILTER_FACETS.flatMap((f) => (filters[f] as string[]).map((id) => facetPart(f, id))),
  ]
  const slug = parts.map(slugWords).filter(Boolean).join('-').slice(0, 80).replace(/-+$/, '')
  return slug || 'all-statements'
}

/** The lines every export opens with: the view, its filters, when, and how many statements. */
function provenance(model: CorpusModel, view: ListView, count: number, exportedAt: string) {
  const filters = describeFilters(model, view.filters)
  return [
    `${view.title}: ${count} ${count === 1 ? 'statement' : 'statements'}`,
    `Filters: ${filters.length > 0 ? filters.join('; ') : 'none'}`,
    `View: ${view.url}`,
    `Exported from Assembly Explorer at ${exportedAt}`,
  ]
}

function viewCsv(
  records: readonly StatementRecord[],
  view: ListView,
  model: CorpusModel,
  exportedAt: string,
) {
  const filters = describeFilters(model, view.filters).join('; ') || 'none'
  const header = [
    ...DATASET_FIELDS.map((f) => f.name),
    'citation',
    'view',
    'filters',
    'exported_at',
  ]
  const rows = records.map((r) => [
    ...DATASET_FIELDS.map((f) => datasetCell(f.value(r))),
    r.citation,
    view.url,
    filters,
    exportedAt,
  ])
  return toCsv([header, ...rows])
}

function viewJson(
  records: readonly StatementRecord[],
  view: ListView,
  model: CorpusModel,
  exportedAt: string,
) {
  const file = {
    format: 'assembly-explorer-view',
    formatVersion: 1,
    exportedAt,
    view: {
      title: view.title,
      url: view.url,
      ...(view.scope ? { scope: view.scope } : {}),
      filters: {
        q: view.filters.q.trim(),
        ...Object.fromEntries(FILTER_FACETS.map((f) => [f, view.filters[f]])),
      },
      description: describeFilters(model, view.filters),
    },
    count: records.length,
    statements: records,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

function viewMarkdown(
  records: readonly StatementRecord[],
  view: ListView,
  model: CorpusModel,
  exportedAt: string,
) {
  const filters = describeFilters(model, view.filters)
  const lines = [
    `# ${escapeMarkdown(view.title)}`,
    '',
    `${exportedLine(exportedAt, records.length)} (${exportedAt})`,
    '',
    `Filters: ${filters.length > 0 ? filters.map(escapeMarkdown).join('; ') : 'none'}.`,
    '',
    `View: <${view.url}>`,
  ]
  records.forEach((r, i) => {
    lines.push('', ...markdownStatement(i + 1, r), '', `Link: <${r.permalink}>`)
  })
  return `${lines.join('\n')}\n`
}

/** The file for `format` of the statements a view shows, in the order shown. */
export function exportView(
  format: ViewExportFormat,
  model: CorpusModel,
  view: ListView,
  quotes: readonly Quote[],
  options: { appBaseUrl: string; exportedAt: string },
): ViewExportFile {
  const records = statementRecords(model, quotes, options.appBaseUrl)
  const { exportedAt } = options
  const text =
    format === 'csv'
      ? viewCsv(records, view, model, exportedAt)
      : format === 'json'
        ? viewJson(records, view, model, exportedAt)
        : format === 'md'
          ? viewMarkdown(records, view, model, exportedAt)
          : format === 'bib'
            ? toBibtex(records, provenance(model, view, records.length, exportedAt))
            : toRis(records, provenance(model, view, records.length, exportedAt).slice(1))
  return { filename: `${viewSlug(view)}.${format}`, mimeType: MIME_TYPES[format], text }
}
