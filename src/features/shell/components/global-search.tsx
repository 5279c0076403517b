import { useNavigate } from '@tanstack/react-router'
import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '@/i18n/catalog'
import { shellMessages } from '../messages'

/** The header's search box: submitting opens the quote explorer with `?q=`. "/" focuses it. */
export function GlobalSearch() {
  const t = useT(shellMessages)
  const navigate = useNavigate()
  const inputRef = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState('')
  const id = useId()

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
        return
      // A page may own "/" for its own search box (the explorer does).
      if (document.querySelector('[data-owns-slash]')) return
      event.preventDefault()
      inputRef.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <form
      role="search"
      aria-label={t('search.label')}
      onSubmit={(event) => {
        event.preventDefault()
        const q = value.trim()
        void navigate({ to: '/quotes', search: q ? { q } : {} })
      }}
      className="flex items-center gap-1"
    >
      <label htmlFor={id} className="sr-only">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder={t('search.placeholder')}
        className="w-40 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm placeholder:text-slate-500 sm:w-56 dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
      <button
        type="submit"
        className="rounded bg-cyan-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-cyan-900 dark:bg-cyan-700 dark:hover:bg-cyan-600"
      >
        {t('search.submit')}
      </button>
    </form>
  )
}
