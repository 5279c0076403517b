import { useT } from '@/i18n/catalog'
import type { WorkspaceError } from '../idb'
import { workspaceMessages } from '../messages'

/** What went wrong with the browser's storage, in the user's words, and the browser's. */
export function StorageErrorMessage({ error }: { error: WorkspaceError }) {
  const t = useT(workspaceMessages)
  return (
    <>
      <p className="font-medium">{t(`error.${error.kind}`)}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t('error.detail')} <code lang="en">{error.detail}</code>
      </p>
    </>
  )
}
