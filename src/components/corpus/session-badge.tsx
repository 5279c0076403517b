import type { Session } from '@/domain/corpus/schema'
import { yearOf } from '@/domain/corpus/format'
import { useCorpusTerms } from './use-corpus-terms'

/**
 * Session colours, all in this module. A session's colour follows from its place in the
 * corpus's sessions list, ordered by number: the first session takes the first tone, the next
 * the next, and so on round the palette, so any number of sessions (including ones added
 * later) each get one, and neighbouring sessions never share one. The colour is always beside
 * the session's name and year, a help, never the only carrier of meaning.
 *
 * Class names are built from the hue's name, so Tailwind cannot find them in this file: the
 * `@source inline(…)` lines in src/app/styles.css list every one (keep the two lists together).
 * Light mode uses each hue's 700 shade for rules and dots (at least 3:1 against white; the
 * first two hues keep the exact tones they always had), dark mode its 500 shade; badges set the
 * 900 (light) or 200 (dark) text on the hue's palest tint (AA).
 */
export interface SessionTone {
  /** Border, background and text of a badge. */
  readonly badge: string
  /** A coloured border (apply its side with `border-t-4`, `border-l-4`…). */
  readonly rule: string
  /** A background, for a dot. */
  readonly dot: string
}

/** The palette, in the order sessions take it. */
export const SESSION_HUES = [
  'amber',
  'cyan',
  'violet',
  'emerald',
  'rose',
  'blue',
  'fuchsia',
  'lime',
] as const

function toneOf(hue: (typeof SESSION_HUES)[number]): SessionTone {
  // The first two keep their original tones (`--color-tone-*` in styles.css).
  const light = hue === 'amber' || hue === 'cyan' ? `tone-${hue}` : `${hue}-700`
  return {
    badge: `border-${light} bg-${hue}-50 text-${hue}-900 dark:border-${hue}-500 dark:bg-${hue}-950 dark:text-${hue}-200`,
    rule: `border-${light} dark:border-${hue}-500`,
    dot: `bg-${light} dark:bg-${hue}-500`,
  }
}

const TONES: readonly SessionTone[] = SESSION_HUES.map(toneOf)

/** For a session that is not in the list (e.g. a bookmark's, gone from the corpus). */
const NEUTRAL_TONE: SessionTone = {
  badge:
    'border-slate-500 bg-slate-50 text-slate-800 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-200',
  rule: 'border-slate-500',
  dot: 'bg-slate-500',
}

/** The session's place among `sessions` by number (0 = lowest), or -1 if it is not there. */
export function sessionRank(
  sessionId: string,
  sessions: readonly Pick<Session, 'id' | 'number'>[],
): number {
  const own = sessions.find((s) => s.id === sessionId)
  if (!own) return -1
  return sessions.filter((s) => s.number < own.number).length
}

/** A session's colour as classes: its badge, a rule (border) and a dot (background). */
export function sessionTone(
  sessionId: string,
  sessions: readonly Pick<Session, 'id' | 'number'>[],
): SessionTone {
  const rank = sessionRank(sessionId, sessions)
  return rank < 0 ? NEUTRAL_TONE : TONES[rank % TONES.length]!
}

/** `XXXI · 2022` in the session's colour. */
export function SessionBadge({
  session,
  sessions,
  className = '',
}: {
  session: Pick<Session, 'id' | 'roman' | 'date'>
  /** The corpus's sessions: the badge's colour follows from the session's place among them. */
  sessions: readonly Pick<Session, 'id' | 'number'>[]
  className?: string
}) {
  const { t } = useCorpusTerms()
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${sessionTone(session.id, sessions).badge} ${className}`}
    >
      <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-current" />
      <span>{t('session.badge', { roman: session.roman, year: yearOf(session.date) })}</span>
    </span>
  )
}
