import type { ReactNode } from 'react'

const TONES = {
  info: 'border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100',
  warning:
    'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50',
  error:
    'border-red-400 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-50',
  success:
    'border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-600 dark:bg-emerald-950 dark:text-emerald-50',
} as const

/** A boxed message. The tone adds colour; the words (and title) carry the meaning. */
export function Notice({
  tone = 'info',
  title,
  children,
  role,
  className = '',
}: {
  tone?: keyof typeof TONES
  title?: ReactNode
  children?: ReactNode
  role?: 'alert' | 'status'
  className?: string
}) {
  return (
    <div role={role} className={`rounded border p-3 text-sm ${TONES[tone]} ${className}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? 'mt-1 space-y-2' : 'space-y-2'}>{children}</div> : null}
    </div>
  )
}
