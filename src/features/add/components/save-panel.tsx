import { useState } from 'react'
import { downloadText } from '@/components/export/download'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Session } from '@/domain/corpus/schema'
import type { DocumentDraft } from '@/domain/workspace/builder-adapter'
import { workspaceFolder } from '@/domain/workspace/corpus-folder'
import type { Corrections, WorkspaceDocument } from '@/domain/workspace/workspace-document'
import { useT } from '@/i18n/catalog'
import type { WorkspaceError } from '@/features/workspace/idb'
import { StorageErrorMessage } from '@/features/workspace/components/storage-error'
import { workspaceStore } from '@/features/workspace/workspace-store'
import { zipFolder } from '@/features/workspace/zip'
import { documentOf } from '../draft'
import { addMessages } from '../messages'
import { buttonClass, h2Class } from './meta-form'

type Outcome =
  { ok: true; id: string } | { ok: false; error: WorkspaceError; doc: WorkspaceDocument }

/** "Save to your workspace": the document with its corrections, kept in this browser. */
export function SavePanel({
  model,
  draft,
  sessions,
  corrections,
  ready,
  onSaved,
}: {
  model: CorpusModel
  draft: DocumentDraft
  sessions: readonly Session[]
  corrections: Corrections
  ready: boolean
  onSaved: (id: string) => void
}) {
  const t = useT(addMessages)
  const [saving, setSaving] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const save = async () => {
    const doc = documentOf(draft, sessions, corrections, new Date())
    setSaving(true)
    const result = await workspaceStore.getState().save(doc)
    setSaving(false)
    setOutcome(result.ok ? { ok: true, id: doc.id } : { ok: false, error: result.error, doc })
    if (result.ok) onSaved(doc.id)
  }
  const download = (doc: WorkspaceDocument) =>
    downloadText(
      `${doc.id}.zip`,
      zipFolder(workspaceFolder([doc], model.sessions)),
      'application/zip',
    )

  return (
    <section aria-labelledby="add-save" className="max-w-3xl space-y-3">
      <h2 id="add-save" className={h2Class}>
        {t('save.heading')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('save.intro')}</p>
      <button
        type="button"
        className="rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60 dark:bg-slate-100 dark:text-slate-950 dark:hover:bg-slate-300"
        disabled={!ready || saving}
        onClick={() => void save()}
      >
        {t('save.button')}
      </button>
      <div role="status" aria-live="polite">
        {outcome?.ok ? <p>{t('save.saved', { id: outcome.id })}</p> : null}
      </div>
      {outcome && !outcome.ok ? (
        <div
          role="alert"
          className="space-y-2 rounded border border-rose-700 p-3 dark:border-rose-400"
        >
          <StorageErrorMessage error={outcome.error} />
          <p>{t('save.keptOnScreen')}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={buttonClass} onClick={() => download(outcome.doc)}>
              {t('save.download')}
            </button>
            <button type="button" className={buttonClass} onClick={() => void save()}>
              {t('save.retry')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
