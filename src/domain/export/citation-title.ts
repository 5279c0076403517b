/**
 * What reference managers need of a statement beyond its record: a title short enough for a
 * reference list and the parts of its date.
 */
import type { StatementRecord } from './statement-record'

const TITLE_LENGTH = 160

/** The statement as a title: whole when short, else cut at a word with an ellipsis. */
export function citationTitle(r: Pick<StatementRecord, 'text'>): string {
  const text = r.text.replace(/\s+/g, ' ').trim()
  if (text.length <= TITLE_LENGTH) return text
  const cut = text.slice(0, TITLE_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** `2023-04-27` → [2023, 4, 27]; whatever parts the date has. */
export function dateParts(iso: string): number[] {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso)
  if (!match) return []
  return match
    .slice(1)
    .filter((p): p is string => p !== undefined)
    .map(Number)
}

/** “Direct quotation” or “Reported speech (the source’s words)”. */
export function kindNote(r: Pick<StatementRecord, 'kind'>): string {
  return r.kind === 'direct' ? 'Direct quotation' : 'Reported speech, in the source’s words'
}

/** `XXXII session of the Assembly of People of Kazakhstan` */
export function eventName(r: Pick<StatementRecord, 'sessionLabel'>): string {
  return `${r.sessionLabel} of the Assembly of People of Kazakhstan`
}
