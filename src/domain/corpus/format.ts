/**
 * Human-readable labels for corpus entities, shared by every view so that a session, a date
 * or a count reads the same everywhere.
 */
import type { Session, SourceKind } from './schema'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** `2023-04-27` → `27 April 2023`, without time zones shifting the day. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  const monthName = MONTHS[Number(month) - 1]
  return monthName ? `${Number(day)} ${monthName} ${year}` : iso
}

/** The year of an ISO date, as sessions are known by it ("the 2022 session"). */
export function yearOf(iso: string): string {
  return iso.slice(0, 4)
}

/** `XXXII session` */
export function sessionName(session: Pick<Session, 'roman'>): string {
  return `${session.roman} session`
}

/** `XXXII session (27 April 2023)`: unambiguous in a citation. */
export function sessionWithDate(session: Pick<Session, 'roman' | 'date'>): string {
  return `${sessionName(session)} (${formatDate(session.date)})`
}

const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  factsheet: 'Factsheet',
  'press-release': 'Press release',
  article: 'News article',
  transcript: 'Transcript',
}

export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KIND_LABELS[kind]
}

/** `1 statement`, `2 statements`: English plurals for the nouns the app counts. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

/** `en` → `English`; an unknown code is shown as it is. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}
