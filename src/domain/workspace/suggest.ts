/**
 * Suggestions for a pasted document's metadata, which the user confirms or corrects: its
 * title, date, session, kind, language and id. Pure; nothing here is ever applied unasked.
 */
import type { Session, Source } from '../corpus/schema'
import { fromRoman, toRoman } from '../corpus/roman'

/** The first non-empty line, as a title (a headline is the first line of a copied article). */
export function suggestTitle(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? ''
  const title = line.trim().replace(/\s+/g, ' ')
  return title.length > 200 ? `${title.slice(0, 199)}…` : title
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [
    new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'),
    (m) => [+m[3]!, monthOf(m[2]!), +m[1]!],
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
    (m) => [+m[3]!, monthOf(m[1]!), +m[2]!],
  ],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => [+m[3]!, +m[2]!, +m[1]!]],
]
const monthOf = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1

const pad = (n: number) => String(n).padStart(2, '0')

/** The first date the text gives (2023-04-27, 27 April 2023, April 27, 2023, 27.04.2023). */
export function suggestDate(text: string): string | null {
  let best: { at: number; iso: string } | null = null
  for (const [pattern, parts] of DATE_PATTERNS) {
    const m = pattern.exec(text)
    if (!m) continue
    const [y, mo, d] = parts(m)
    const date = new Date(Date.UTC(y, mo - 1, d))
    if (mo < 1 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) continue
    if (!best || m.index < best.at) best = { at: m.index, iso: `${y}-${pad(mo)}-${pad(d)}` }
  }
  return best?.iso ?? null
}

export { fromRoman, toRoman }

/** A session number the text names: "XXXIII session", "33rd session", "session XXXIII". */
export function mentionedSession(text: string): number | null {
  const m =
    /\b([IVXLC]+)\s+session\b/.exec(text) ??
    /\bsession\s+([IVXLC]+)\b/.exec(text) ??
    /\b(\d{1,3})(?:st|nd|rd|th)\s+session\b/i.exec(text) ??
    /\b([IVXLC]+)\s+сесси/i.exec(text) ??
    /\b([IVXLC]+)\s+сессия/i.exec(text)
  if (!m) return null
  const value = m[1]!
  return /^\d+$/.test(value) ? Number(value) : fromRoman(value)
}

export type SessionSuggestion =
  | { kind: 'existing'; sessionId: string; why: 'mention' | 'date' }
  | { kind: 'new'; number: number; roman: string }
  | null

/** The session: named in the text, or held on the date the text gives. */
export function suggestSession(
  text: string,
  date: string | null,
  sessions: readonly Session[],
): SessionSuggestion {
  const number = mentionedSession(text)
  if (number !== null) {
    const known = sessions.find((s) => s.number === number)
    return known
      ? { kind: 'existing', sessionId: known.id, why: 'mention' }
      : { kind: 'new', number, roman: toRoman(number) }
  }
  const onDate = date ? sessions.find((s) => s.date === date) : undefined
  return onDate ? { kind: 'existing', sessionId: onDate.id, why: 'date' } : null
}

/** en, ru or kk, by the letters the text uses. */
export function suggestLanguage(text: string): string {
  const cyrillic = (text.match(/[\u0400-\u04ff]/g) ?? []).length
  const latin = (text.match(/[a-z]/gi) ?? []).length
  if (cyrillic <= latin) return 'en'
  return /[әғқңөұүһі]/i.test(text) ? 'kk' : 'ru'
}

/** The kind a text reads as: bullets make a factsheet, a "press release" says so. */
export function suggestKind(text: string): Source['kind'] {
  if (/press release|пресс-релиз|баспасөз релизі/i.test(text.slice(0, 500))) return 'press-release'
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  const bullets = lines.filter((l) => /^\s*[·•▪‣◦*–-]\s+/.test(l)).length
  if (bullets >= 3 && bullets >= lines.length / 3) return 'factsheet'
  return 'article'
}

/** A source id in the corpus's scheme: <kind>-<year>-<session roman>[-<slug of the title>]. */
export function suggestId(
  kind: Source['kind'],
  date: string,
  roman: string,
  title: string,
  taken: ReadonlySet<string>,
): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter((w) => w.length > 2)
    .slice(0, 3)
    .join('-')
  const base = [kind, date.slice(0, 4), roman.toLowerCase(), slug]
    .filter(Boolean)
    .join('-')
    .slice(0, 60)
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}
