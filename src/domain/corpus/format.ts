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

/**
 * `2023-04-27` → `27 April 2023` (English, as citations write it), or the date as `locale` writes
 * it (`27 апреля 2023 г.`, `2023 ж. 27 сәуір`, through Intl), without time zones shifting the day.
 */
export function formatDate(iso: string, locale = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  if (locale === 'kk') {
    const monthName = KAZAKH_MONTHS[Number(month) - 1]
    return monthName ? `${year} ж. ${Number(day)} ${monthName}` : iso
  }
  if (locale !== 'en') {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
    if (Number.isNaN(date.getTime())) return iso
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date)
  }
  const monthName = MONTHS[Number(month) - 1]
  return monthName ? `${Number(day)} ${monthName} ${year}` : iso
}

/**
 * Kazakh month names. Browsers built without Kazakh locale data (Debian's Chromium) write a
 * Kazakh date as `2023 M04 27` and a list with English `and`, and the prerendered page (Node,
 * full ICU) would then differ from the app's: so Kazakh dates and lists are written here, as
 * full ICU writes them.
 */
const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
]

/** `2022 and 2023`, `2022, 2023 и 2024`, `2022 және 2023`: a list as `locale` joins it. */
export function joinList(items: readonly string[], locale = 'en'): string {
  if (locale === 'kk')
    return items.length < 2
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} және ${items[items.length - 1]}`
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
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

/** `en` → `English` (`английский` in Russian); an unknown code is shown as it is. */
export function languageName(code: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}
