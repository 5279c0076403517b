import { useId, useRef, useState } from 'react'
import { buildShareLink, MAX_SHARED_TITLE_LENGTH } from '@/domain/bookmarks/share-url'
import { appBaseUrl } from '@/components/export/download'
import { fieldClass, primaryButtonClass } from '@/components/button-styles'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

type ShareState =
  | { status: 'idle' }
  | { status: 'ready'; url: string; copied: boolean; omitted: number; count: number }

/**
 * Builds the link to a read-only copy of the listed bookmarks (ids and title only: notes
 * stay private), copies it, and shows it in a field to copy by hand if the browser refuses.
 */
export function SharePanel({ ids, filtered }: { ids: string[]; filtered: boolean }) {
  const t = useT(bookmarksMessages)
  const titleId = useId()
  const urlId = useId()
  const [title, setTitle] = useState('')
  const [state, setState] = useState<ShareState>({ status: 'idle' })
  const urlRef = useRef<HTMLInputElement>(null)

  const share = async () => {
    const link = buildShareLink(ids, title)
    const url = `${appBaseUrl().replace(/\/+$/, '')}${link.path}`
    let copied: boolean
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      copied = true
    } catch {
      copied = false
    }
    setState({
      status: 'ready',
      url,
      copied,
      omitted: link.omitted.length,
      count: link.search.ids.length,
    })
    if (!copied) requestAnimationFrame(() => urlRef.current?.select())
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t('share.intro', { filtered: filtered ? 'yes' : 'no' })}
      </p>
      <div>
        <label htmlFor={titleId} className="block text-sm font-medium">
          {t('share.title')}
        </label>
        <input
          id={titleId}
          type="text"
          value={title}
          maxLength={MAX_SHARED_TITLE_LENGTH}
          onChange={(event) => setTitle(event.target.value)}
          className={`mt-1 ${fieldClass}`}
        />
      </div>
      <button
        type="button"
        className={primaryButtonClass}
        disabled={ids.length === 0}
        onClick={() => void share()}
      >
        {t('share.copy')}
      </button>
      <div role="status" className="text-sm">
        {state.status === 'ready'
          ? state.copied
            ? t('share.copied', { count: state.count })
            : t('share.notCopied')
          : ''}
        {state.status === 'ready' && state.omitted > 0
          ? ` ${t('share.omitted', { count: state.omitted })}`
          : ''}
      </div>
      {state.status === 'ready' ? (
        <div>
          <label htmlFor={urlId} className="block text-sm font-medium">
            {t('share.link')}
          </label>
          <input
            id={urlId}
            ref={urlRef}
            type="text"
            readOnly
            value={state.url}
            onFocus={(event) => event.target.select()}
            className={`mt-1 ${fieldClass} font-mono text-xs`}
          />
        </div>
      ) : null}
    </div>
  )
}
