import { useEffect, useId, type KeyboardEvent, type RefObject } from 'react'
import { useT } from '@/i18n/catalog'
import { renderRichText } from '@/i18n/rich-text'
import { explorerMessages } from '../messages'

const KEY = (
  <kbd className="rounded border border-slate-300 px-1 font-sans text-xs dark:border-slate-600" />
)

interface SearchBoxProps {
  /** The text the box starts with; later changes from outside go through `inputRef`. */
  initialValue: string
  onChange: (value: string) => void
  inputRef: RefObject<HTMLInputElement | null>
  /** ArrowDown in the box: move into the results. */
  onEnterResults: () => void
  /** The box lost focus or Enter was pressed: a good moment to update the URL. */
  onDone: () => void
}

/**
 * The explorer's search field. "/" anywhere on the page focuses it (the page marks itself with
 * data-owns-slash so the header's box leaves "/" to it); Escape clears it.
 *
 * Uncontrolled on purpose: a keystroke only starts a search, it does not re-render the page.
 * The view re-renders once, when the answer arrives (see QuoteExplorer), so the main thread
 * is free to take that answer the moment it comes.
 */
export function SearchBox({
  initialValue,
  onChange,
  inputRef,
  onEnterResults,
  onDone,
}: SearchBoxProps) {
  const t = useT(explorerMessages)
  const id = useId()
  const hintId = useId()

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
        return
      event.preventDefault()
      inputRef.current?.focus()
      inputRef.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [inputRef])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && event.currentTarget.value !== '') {
      event.preventDefault()
      event.currentTarget.value = ''
      onChange('')
    } else if (event.key === 'ArrowDown') {
      event.preventDefault()
      onEnterResults()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onDone()
      onEnterResults()
    }
  }

  return (
    <div role="search" aria-label={t('search.region')}>
      <label htmlFor={id} className="block text-base font-semibold">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        defaultValue={initialValue}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={500}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onDone}
        placeholder={t('search.placeholder')}
        className="mt-2 w-full max-w-3xl rounded-md border border-slate-400 bg-white px-4 py-3 text-lg shadow-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
      <p id={hintId} className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {t('search.hint')}
        <span className="hidden sm:inline">
          {' '}
          {renderRichText(t('search.keys'), { 0: KEY, 1: KEY, 2: KEY, 3: KEY })}
        </span>
      </p>
    </div>
  )
}
