import { useEffect, useId, useRef, useState } from 'react'
import { buttonClass } from '@/components/button-styles'
import { useT } from '@/i18n/catalog'
import { statementMessages } from '../messages'

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; text: string }

/**
 * Copies text to the clipboard and says so. When the browser refuses (no permission, an
 * insecure origin), it shows the text selected in a box so the reader can copy it by hand.
 */
export function CopyButton({
  label,
  copiedMessage,
  getText,
}: {
  label: string
  copiedMessage: string
  getText: () => string
}) {
  const t = useT(statementMessages)
  const [state, setState] = useState<CopyState>({ status: 'idle' })
  const fallbackRef = useRef<HTMLTextAreaElement>(null)
  const fallbackId = useId()

  useEffect(() => {
    if (state.status === 'failed') fallbackRef.current?.select()
    if (state.status !== 'copied') return
    const timer = window.setTimeout(() => setState({ status: 'idle' }), 4000)
    return () => window.clearTimeout(timer)
  }, [state])

  const copy = async () => {
    const text = getText()
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setState({ status: 'copied' })
    } catch {
      setState({ status: 'failed', text })
    }
  }

  return (
    <div className="min-w-0">
      <button type="button" onClick={() => void copy()} className={buttonClass}>
        {label}
      </button>
      <p role="status" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {state.status === 'copied' ? copiedMessage : ''}
      </p>
      {state.status === 'failed' ? (
        <div role="alert" className="mt-1 max-w-prose">
          <label htmlFor={fallbackId} className="text-sm">
            {t('share.copyFailed')}
          </label>
          <textarea
            id={fallbackId}
            ref={fallbackRef}
            readOnly
            value={state.text}
            rows={3}
            className="mt-1 w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          />
        </div>
      ) : null}
    </div>
  )
}
