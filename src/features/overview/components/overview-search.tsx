import { Link, useNavigate } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { textLinkClass } from '@/components/text-link-class'
import { useT } from '@/i18n/catalog'
import { overviewMessages } from '../messages'

/** The overview's search box: it opens the explorer with the words as `?q=`. */
export function OverviewSearch() {
  const t = useT(overviewMessages)
  // Example searches in the interface's language (the corpus is searched in every language).
  const examples = t('search.examples').split('|')
  const navigate = useNavigate()
  const [value, setValue] = useState('')
  const inputId = useId()
  const hintId = useId()
  return (
    <div>
      <form
        role="search"
        aria-label={t('search.formLabel')}
        onSubmit={(event) => {
          event.preventDefault()
          const q = value.trim()
          void navigate({ to: '/quotes', search: q ? { q } : {} })
        }}
      >
        <label htmlFor={inputId} className="block text-base font-semibold">
          {t('search.label')}
        </label>
        <div className="mt-2 flex max-w-2xl flex-col gap-2 sm:flex-row">
          <input
            id={inputId}
            type="search"
            name="q"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-describedby={hintId}
            placeholder={t('search.placeholder')}
            className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2 text-base placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
          />
          <button
            type="submit"
            className="rounded bg-cyan-800 px-4 py-2 font-medium text-white hover:bg-cyan-900 dark:bg-cyan-700 dark:hover:bg-cyan-600"
          >
            {t('search.submit')}
          </button>
        </div>
      </form>
      <p id={hintId} className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {t('search.hint')}{' '}
        {examples.map((example, i) => (
          <span key={example}>
            <Link to="/quotes" search={{ q: example }} className={textLinkClass}>
              {example}
            </Link>
            {i < examples.length - 1 ? ', ' : '.'}
          </span>
        ))}
      </p>
    </div>
  )
}
