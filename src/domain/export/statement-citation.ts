/**
 * One statement's citation in a reference manager's format, as text to copy or a file to save.
 */
import { toBibtex } from './bibtex'
import { toCslJson } from './csl-json'
import { toRis } from './ris'
import type { StatementRecord } from './statement-record'

export const CITATION_FORMATS = ['bib', 'ris', 'csl.json'] as const
export type CitationFormat = (typeof CITATION_FORMATS)[number]

export const CITATION_FORMAT_LABELS: Record<CitationFormat, string> = {
  bib: 'BibTeX',
  ris: 'RIS',
  'csl.json': 'CSL-JSON',
}

const MEDIA_TYPES: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex;charset=utf-8',
  ris: 'application/x-research-info-systems;charset=utf-8',
  'csl.json': 'application/vnd.citationstyles.csl+json',
}

export function statementCitation(
  format: CitationFormat,
  record: StatementRecord,
): { text: string; filename: string; mimeType: string } {
  const text =
    format === 'bib' ? toBibtex([record]) : format === 'ris' ? toRis([record]) : toCslJson([record])
  return { text, filename: `statement-${record.id}.${format}`, mimeType: MEDIA_TYPES[format] }
}
