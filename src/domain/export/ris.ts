/**
 * RIS records for statements (read by Zotero, EndNote, Mendeley and most reference managers).
 * Each tag is one line: `TY  - GEN`; values never span lines.
 */
import { citationTitle, dateParts, eventName, kindNote } from './citation-title'
import type { StatementRecord } from './statement-record'

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

export function risRecord(r: StatementRecord, notes: readonly string[] = []): string {
  const [year, month, day] = dateParts(r.date)
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'))
  const lines: [string, string][] = [
    ['TY', 'GEN'],
    ['ID', r.id],
    ['AU', r.speakerName],
    ['TI', `“${citationTitle(r)}”`],
    ['T2', r.sourceTitle],
    ['T3', eventName(r)],
  ]
  if (year) lines.push(['PY', String(year)], ['DA', `${year}/${pad(month)}/${pad(day)}/`])
  if (r.publisher) lines.push(['PB', r.publisher])
  lines.push(['UR', r.permalink], ['LA', r.language], ['AB', r.text])
  for (const topic of r.topicLabels) lines.push(['KW', topic])
  lines.push(
    [
      'N1',
      `${kindNote(r)}${r.speakerRole ? ` by ${r.speakerName}, ${r.speakerRole}` : ''}. ${r.citation}`,
    ],
    ...notes.map((n): [string, string] => ['N1', n]),
    ['DB', 'Assembly Explorer'],
  )
  return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n')}\r\nER  - \r\n`
}

/** An .ris file; `notes` are added to every record (RIS has no file-level comment). */
export function toRis(records: readonly StatementRecord[], notes: readonly string[] = []): string {
  return records.map((r) => risRecord(r, notes)).join('\r\n')
}
