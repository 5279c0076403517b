import { useId, type FormEvent, type ReactNode } from 'react'
import { fieldClass, primaryButtonClass } from '@/components/button-styles'
import { useT } from '@/i18n/catalog'
import { wordsMessages } from '../messages'

interface TermFormProps {
  label: string
  placeholder: string
  submit: string
  /** The text the field shows: the URL's; a new value (back, a link) resets the field. */
  value: string
  onSubmit: (value: string) => void
  /** More controls beside the button (the KWIC view's session). */
  children?: ReactNode
}

/** The field a reading tool asks for its words in, and how it matches them. */
export function TermForm({ label, placeholder, submit, value, onSubmit, children }: TermFormProps) {
  const t = useT(wordsMessages)
  const id = useId()
  const hintId = useId()
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const field = event.currentTarget.elements.namedItem('term') as HTMLInputElement
    onSubmit(field.value)
  }
  return (
    <form role="search" aria-label={label} onSubmit={send} className="flex flex-col gap-2">
      <label htmlFor={id} className="text-base font-semibold">
        {label}
      </label>
      <div className="flex flex-wrap items-end gap-3">
        <input
          key={value}
          id={id}
          name="term"
          type="search"
          defaultValue={value}
          placeholder={placeholder}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          className={`${fieldClass} max-w-xl min-w-0 flex-1 basis-64 text-base`}
        />
        <button type="submit" className={primaryButtonClass}>
          {submit}
        </button>
        {children}
      </div>
      <p id={hintId} className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
        {t('match.hint')}
      </p>
    </form>
  )
}
