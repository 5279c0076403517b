import { originMessages } from './origin-messages'
import { useT } from '@/i18n/catalog'

/**
 * A view of someone's own documents (`?origin=workspace`) opened in a browser that has none:
 * says why it shows nothing of them, instead of a bare empty list.
 */
export function OwnDocumentsElsewhere() {
  const t = useT(originMessages)
  return (
    <section
      role="status"
      data-own-documents-elsewhere
      className="max-w-prose rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">{t('elsewhere.heading')}</p>
      <p className="mt-1">{t('elsewhere.view')}</p>
      <p className="mt-1">{t('elsewhere.askSender')}</p>
    </section>
  )
}
