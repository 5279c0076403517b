import { useId, useState } from 'react'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { downloadText } from '@/components/export/download'
import type { CorpusModel } from '@/domain/corpus/model'
import {
  importPlan,
  readWorkspaceFolder,
  workspaceFolder,
  type FolderProblem,
} from '@/domain/workspace/corpus-folder'
import type { WorkspaceDocument } from '@/domain/workspace/workspace-document'
import { useT } from '@/i18n/catalog'
import { workspaceMessages } from '../messages'
import { useWorkspace } from '../use-workspace'
import type { WorkspaceError } from '../idb'
import { workspaceStore, type KeptAside, type WriteResult } from '../workspace-store'
import { NotAZipError, unzipFolder, zipFolder } from '../zip'
import { StorageErrorMessage } from './storage-error'

const buttonClass =
  'rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800'
const boxClass = 'rounded border p-3 space-y-2'

interface ImportReport {
  file: string
  added: number
  same: string[]
  clash: string[]
  problems: FolderProblem[]
  notAZip?: boolean
}

/** Saved documents: open one again, delete (with undo), export and import the workspace. */
export function WorkspacePanel({
  model,
  onOpen,
}: {
  model: CorpusModel
  onOpen: (doc: WorkspaceDocument) => void
}) {
  const t = useT(workspaceMessages)
  const { date } = useCorpusTerms()
  const documents = useWorkspace((s) => s.documents)
  const status = useWorkspace((s) => s.status)
  const error = useWorkspace((s) => s.error)
  const keptAside = useWorkspace((s) => s.keptAside)
  const lastSyncAt = useWorkspace((s) => s.lastSyncAt)
  const [removed, setRemoved] = useState<WorkspaceDocument | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  /** A failed action of this panel (a save elsewhere says its own failure). */
  const [actionError, setActionError] = useState<WorkspaceError | null>(null)
  const shown = status === 'failed' ? error : actionError
  const done = (result: WriteResult) => {
    setActionError(result.ok ? null : result.error)
    return result.ok
  }
  const importId = useId()

  const remove = async (doc: WorkspaceDocument) => {
    if (done(await workspaceStore.getState().remove(doc.id))) setRemoved(doc)
  }
  const undo = async () => {
    if (!removed) return
    if (done(await workspaceStore.getState().save(removed))) setRemoved(null)
  }
  const exportZip = () =>
    downloadText(
      `assembly-explorer-workspace-${new Date().toISOString().slice(0, 10)}.zip`,
      zipFolder(workspaceFolder(documents, model.sessions)),
      'application/zip',
    )
  const importZip = async (file: File | undefined) => {
    if (!file) return
    let files: Map<string, Uint8Array>
    try {
      files = unzipFolder(new Uint8Array(await file.arrayBuffer()))
    } catch (e) {
      if (!(e instanceof NotAZipError)) throw e
      setReport({ file: file.name, added: 0, same: [], clash: [], problems: [], notAZip: true })
      return
    }
    const read = readWorkspaceFolder(files, model.sessions, new Date())
    const state = workspaceStore.getState()
    const plan = importPlan(read.documents, state.documents, state.takenIds())
    const ok = plan.add.length > 0 ? done(await state.saveMany(plan.add)) : true
    setReport({
      file: file.name,
      added: ok ? plan.add.length : 0,
      same: plan.same,
      clash: plan.clash,
      problems: read.problems,
    })
  }

  return (
    <section aria-labelledby="workspace-heading" className="max-w-3xl space-y-4">
      <h2 id="workspace-heading" className="font-serif text-2xl font-semibold tracking-tight">
        {t('heading')}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('intro')}</p>
      {status === 'loading' || status === 'idle' ? <p role="status">{t('loading')}</p> : null}
      {shown ? (
        <div role="alert" className={`${boxClass} border-rose-700 dark:border-rose-400`}>
          <StorageErrorMessage error={shown} />
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="text-sm">
        {lastSyncAt ? t('synced') : null}
      </div>
      {removed ? (
        <div role="status" className="flex flex-wrap items-center gap-2">
          {t('removed', { title: removed.meta.title })}
          <button type="button" className={buttonClass} onClick={() => void undo()}>
            {t('undo')}
          </button>
        </div>
      ) : null}
      {status === 'ready' && documents.length === 0 ? <p>{t('empty')}</p> : null}
      {documents.length > 0 ? (
        <ul className="space-y-2" aria-label={t('listLabel')}>
          {documents.map((doc) => (
            <li
              key={doc.id}
              data-workspace-id={doc.id}
              className="rounded border border-slate-300 p-3 dark:border-slate-700"
            >
              <p className="font-medium">{doc.meta.title}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {t('documentLine', {
                  date: date(doc.meta.date),
                  saved: date(doc.savedAt.slice(0, 10)),
                  corrections: Object.keys(doc.corrections).length,
                })}{' '}
                <code>{doc.id}</code>
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                <button type="button" className={buttonClass} onClick={() => onOpen(doc)}>
                  {t('open', { title: doc.meta.title })}
                </button>
                <button type="button" className={buttonClass} onClick={() => void remove(doc)}>
                  {t('delete', { title: doc.meta.title })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass}
          disabled={documents.length === 0}
          onClick={exportZip}
        >
          {t('export')}
        </button>
        <label htmlFor={importId} className="text-sm font-medium">
          {t('import')}
        </label>
        <input
          id={importId}
          type="file"
          accept=".zip,application/zip"
          className="text-sm"
          onChange={(e) => {
            void importZip(e.target.files?.[0])
            e.target.value = ''
          }}
        />
      </div>
      {report ? <ImportResult report={report} /> : null}
      {keptAside.length > 0 ? <KeptAsideList entries={keptAside} onDone={done} /> : null}
    </section>
  )
}

function ImportResult({ report }: { report: ImportReport }) {
  const t = useT(workspaceMessages)
  return (
    <div role="status" className={`${boxClass} border-slate-400 dark:border-slate-600`}>
      {report.notAZip ? (
        <p>{t('import.notAZip', { file: report.file })}</p>
      ) : (
        <p>{t('import.done', { file: report.file, added: report.added })}</p>
      )}
      {report.same.length > 0 ? <p>{t('import.same', { ids: report.same.join(', ') })}</p> : null}
      {report.clash.length > 0 ? (
        <p>{t('import.clash', { ids: report.clash.join(', ') })}</p>
      ) : null}
      {report.problems.length > 0 ? (
        <ul className="list-disc pl-5 text-sm">
          {report.problems.map((p, i) => (
            <li key={i}>
              <code>{p.file}</code> {t(`problem.${p.code}`)}
              {p.detail ? (
                <>
                  {' '}
                  <code lang="en">{p.detail}</code>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function KeptAsideList({
  entries,
  onDone,
}: {
  entries: readonly KeptAside[]
  onDone: (result: WriteResult) => boolean
}) {
  const t = useT(workspaceMessages)
  const [confirming, setConfirming] = useState<string | null>(null)
  return (
    <div className={`${boxClass} border-amber-700 dark:border-amber-400`}>
      <h3 className="font-semibold">{t('kept.heading', { count: entries.length })}</h3>
      <p className="text-sm">{t('kept.intro')}</p>
      <ul className="space-y-2">
        {entries.map((k) => (
          <li key={k.key} className="text-sm">
            <code>{k.key}</code>: <span lang="en">{k.reason}</span>
            <div className="mt-1 flex flex-wrap gap-2">
              <button
                type="button"
                className={buttonClass}
                onClick={() =>
                  downloadText(`workspace-kept-aside-${k.key}.json`, k.raw, 'application/json')
                }
              >
                {t('kept.download', { key: k.key })}
              </button>
              {confirming === k.key ? (
                <>
                  <button
                    type="button"
                    className={buttonClass}
                    onClick={() =>
                      void workspaceStore.getState().discardKeptAside(k.key).then(onDone)
                    }
                  >
                    {t('kept.confirmDelete')}
                  </button>
                  <button type="button" className={buttonClass} onClick={() => setConfirming(null)}>
                    {t('kept.cancel')}
                  </button>
                </>
              ) : (
                <button type="button" className={buttonClass} onClick={() => setConfirming(k.key)}>
                  {t('kept.delete', { key: k.key })}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
