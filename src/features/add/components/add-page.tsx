import { useCallback, useId, useMemo, useState, type DragEvent } from 'react'
import { PageHeading } from '@/components/page-heading'
import type { CorpusModel } from '@/domain/corpus/model'
import {
  suggestDate,
  suggestKind,
  suggestLanguage,
  suggestSession,
  suggestTitle,
} from '@/domain/workspace/suggest'
import type { Corrections, WorkspaceDocument } from '@/domain/workspace/workspace-document'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { useT } from '@/i18n/catalog'
import { WorkspacePanel } from '@/features/workspace/components/workspace-panel'
import { useWorkspace } from '@/features/workspace/use-workspace'
import { draftOf, metaOfDocument, NEW_SESSION, type Meta } from '../draft'
import { addMessages } from '../messages'
import { ACCEPTED_FILES, readDocumentFile, UnreadableFileError } from '../read-file'
import { h2Class, MetaForm } from './meta-form'
import { Preview, type CorrectionActions } from './preview'

function suggestedMeta(text: string, model: CorpusModel): Meta {
  const date = suggestDate(text)
  const session = suggestSession(text, date, model.sessions)
  const existing = session?.kind === 'existing' ? model.sessionById.get(session.sessionId) : null
  return {
    title: suggestTitle(text),
    date: date ?? existing?.date ?? '',
    sessionId: session?.kind === 'new' ? NEW_SESSION : (existing?.id ?? ''),
    kind: suggestKind(text),
    language: suggestLanguage(text),
    newSession: {
      number: session?.kind === 'new' ? String(session.number) : '',
      date: date ?? '',
      theme: '',
    },
  }
}

/**
 * Add a document: paste or drop it, confirm its metadata, review and correct what the pipeline
 * extracts, save it to the workspace (this browser's IndexedDB).
 */
export function AddPage({ model }: { model: CorpusModel }) {
  const t = useT(addMessages)
  useDocumentTitle(t('page.title'))
  const [text, setText] = useState('')
  const [meta, setMeta] = useState<Meta | null>(null)
  const [fileMessage, setFileMessage] = useState<string | null>(null)
  const [corrections, setCorrections] = useState<Corrections>({})
  /** The id the document on screen is saved under: saving again replaces it. */
  const [savedId, setSavedId] = useState<string | null>(null)
  const documents = useWorkspace((s) => s.documents)
  const keptAside = useWorkspace((s) => s.keptAside)
  const textId = useId()
  const fileId = useId()
  const actions: CorrectionActions = useMemo(
    () => ({
      onCorrect: (id, change) =>
        setCorrections((all) => ({ ...all, [id]: { ...all[id], ...change } })),
      onUncorrect: (id) =>
        setCorrections((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== id))),
    }),
    [],
  )
  const taken = useMemo(
    () => new Set([...documents.map((d) => d.id), ...keptAside.map((k) => k.key)]),
    [documents, keptAside],
  )
  const request = useMemo(
    () => (meta ? draftOf(model, text, meta, taken, savedId) : null),
    [model, text, meta, taken, savedId],
  )

  const take = (value: string) => {
    setText(value)
    setMeta(suggestedMeta(value, model))
    setCorrections({})
    setSavedId(null)
  }
  const open = useCallback((doc: WorkspaceDocument) => {
    setText(doc.text)
    setMeta(metaOfDocument(doc))
    setCorrections(doc.corrections)
    setSavedId(doc.id)
    setFileMessage(null)
    document.getElementById('add-text')?.scrollIntoView()
  }, [])
  const readFile = async (file: File | undefined) => {
    if (!file) return
    try {
      take(await readDocumentFile(file))
      setFileMessage(t('text.read', { name: file.name }))
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      setFileMessage(t(`text.unreadable.${error.reason}`, { name: error.file }))
    }
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    void readFile(event.dataTransfer.files[0])
  }

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <PageHeading eyebrow={t('page.eyebrow')}>{t('page.heading')}</PageHeading>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">{t('page.intro')}</p>
      </header>

      <section
        aria-labelledby="add-text"
        className="max-w-3xl space-y-3"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <h2 id="add-text" className={h2Class}>
          {t('text.heading')}
        </h2>
        <label htmlFor={textId} className="block font-medium">
          {t('text.label')}
        </label>
        <textarea
          id={textId}
          value={text}
          onChange={(e) => {
            const value = e.target.value
            setText(value)
            // Suggestions are made once (a paste into the empty field); later edits keep what
            // the user confirmed.
            if (meta === null) setMeta(suggestedMeta(value, model))
          }}
          rows={10}
          className="block w-full rounded border border-slate-400 bg-white p-3 font-serif dark:border-slate-600 dark:bg-slate-900"
        />
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor={fileId} className="font-medium">
            {t('text.file')}
          </label>
          <input
            id={fileId}
            type="file"
            accept={ACCEPTED_FILES}
            onChange={(e) => void readFile(e.target.files?.[0])}
            className="text-sm"
          />
        </div>
        {fileMessage ? (
          <p role="status" className="text-sm">
            {fileMessage}
          </p>
        ) : null}
      </section>

      {meta && request && text.trim() !== '' ? (
        <>
          <MetaForm model={model} meta={meta} onChange={setMeta} />
          <Preview
            model={model}
            request={request}
            corrections={corrections}
            actions={actions}
            onSaved={setSavedId}
          />
        </>
      ) : null}

      <WorkspacePanel model={model} onOpen={open} />
    </div>
  )
}
