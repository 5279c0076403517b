import type { Session } from '@/domain/corpus/schema'
import { yearOf } from '@/domain/corpus/format'
import { useCorpusTerms } from './use-corpus-terms'

/**
 * Each session keeps one colour everywhere (31 amber, 32 cyan), always beside its name and
 * year so the colour is a help, never the only carrier of meaning. A session added later
 * gets a neutral tone until it is given its own.
 */
const SESSION_TONES: Record<string, { badge: string; rule: string; dot: string }> = {
  '31': {
    badge:
      'border-s31 bg-amber-50 text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-200',
    rule: 'border-s31 dark:border-amber-500',
    dot: 'bg-s31 dark:bg-amber-500',
  },
  '32': {
    badge:
      'border-s32 bg-cyan-50 text-cyan-900 dark:border-cyan-500 dark:bg-cyan-950 dark:text-cyan-200',
    rule: 'border-s32 dark:border-cyan-500',
    dot: 'bg-s32 dark:bg-cyan-500',
  },
}
const NEUTRAL_TONE = {
  badge:
    'border-slate-500 bg-slate-50 text-slate-800 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-200',
  rule: 'border-slate-500',
  dot: 'bg-slate-500',
}

/** A session's colour as classes: its badge, a rule (border) and a dot (background). */
export function sessionTone(sessionId: string) {
  return SESSION_TONES[sessionId] ?? NEUTRAL_TONE
}

/** `XXXI · 2022` in the session's colour. */
export function SessionBadge({
  session,
  className = '',
}: {
  session: Pick<Session, 'id' | 'roman' | 'date'>
  className?: string
}) {
  const { t } = useCorpusTerms()
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${sessionTone(session.id).badge} ${className}`}
    >
      <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-current" />
      <span>{t('session.badge', { roman: session.roman, year: yearOf(session.date) })}</span>
    </span>
  )
}
