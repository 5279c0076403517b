/**
 * CSL-JSON items for statements: what citation processors (citeproc, Zotero, Pandoc) read.
 * A statement is a `speech`: the speaker as author, the session as event.
 */
import { citationTitle, dateParts, eventName, kindNote } from './citation-title'
import type { StatementRecord } from './statement-record'

export interface CslItem {
  id: string
  type: 'speech'
  title: string
  author: { literal: string }[]
  issued?: { 'date-parts': number[][] }
  event: string
  'container-title': string
  publisher?: string
  genre: string
  URL: string
  language: string
  abstract: string
  note: string
  keyword?: string
}

export function cslItem(r: StatementRecord): CslItem {
  const parts = dateParts(r.date)
  return {
    id: r.id,
    type: 'speech',
    title: `“${citationTitle(r)}”`,
    author: [{ literal: r.speakerName }],
    ...(parts.length > 0 ? { issued: { 'date-parts': [parts] } } : {}),
    event: eventName(r),
    'container-title': r.sourceTitle,
    ...(r.publisher ? { publisher: r.publisher } : {}),
    genre: kindNote(r),
    URL: r.permalink,
    language: r.language,
    abstract: r.text,
    note: r.citation,
    ...(r.topicLabels.length > 0 ? { keyword: r.topicLabels.join(', ') } : {}),
  }
}

export function toCslJson(records: readonly StatementRecord[]): string {
  return `${JSON.stringify(records.map(cslItem), null, 2)}\n`
}
