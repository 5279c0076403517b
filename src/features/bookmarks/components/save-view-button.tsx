import { useId, useRef, useState } from 'react'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'
import { buttonClass, fieldClass, primaryButtonClass } from '@/components/button-styles'

/**
 * "Save this view" for the explorer: keeps the current URL (path + query, inside the app)
 * under a name, listed on /bookmarks. `url` is e.g. "/quotes?topic=language-policy".
 */
export function SaveViewButton({
  url,
  suggestedName = '',
}: {
  url: string
  suggestedName?: string
}) {
  const t = useT(bookmarksMessages)
  const [open, setOpen] = useState(false)
  const [name, setName] = useState(suggestedName)
  const [status, setStatus] = useState('')
  const nameId = useId()
  const formId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const alreadySaved = useBookmarksStore((s) =>
    Object.values(s.savedViews).some((v) => v.url === url),
  )

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        ref={buttonRef}
        type="button"
        className={buttonClass}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          setOpen((o) => !o)
          setStatus('')
          setName((n) => n || suggestedName)
        }}
      >
        {alreadySaved ? t('saveView.again') : t('saveView.open')}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status}
      </span>
      {open ? (
        <form
          id={formId}
          className="flex w-full flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            const view = useBookmarksStore.getState().saveView(name || url, url)
            setOpen(false)
            setStatus(view ? t('saveView.done', { name: view.name }) : t('saveView.refused'))
            buttonRef.current?.focus()
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setOpen(false)
              buttonRef.current?.focus()
            }
          }}
        >
          <div className="min-w-48 flex-1">
            <label htmlFor={nameId} className="block text-sm font-medium">
              {t('saveView.name')}
            </label>
            <input
              id={nameId}
              type="text"
              value={name}
              maxLength={200}
              // The user just asked to name the view.
              autoFocus
              onChange={(event) => setName(event.target.value)}
              className={`mt-1 ${fieldClass}`}
            />
          </div>
          <button type="submit" className={primaryButtonClass}>
            {t('saveView.submit')}
          </button>
        </form>
      ) : null}
    </div>
  )
}
