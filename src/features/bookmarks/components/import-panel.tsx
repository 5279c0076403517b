import { useId, useRef, useState, type ReactNode } from 'react'
import {
  checkImportSize,
  importChangesNothing,
  previewImportSteps,
  type ImportPreview,
} from '@/domain/bookmarks/import-file'
import { describeSetAside } from '@/domain/bookmarks/salvage'
import type { StorageFit } from '@/domain/bookmarks/stored-size'
import type { CorpusModel } from '@/domain/corpus/model'
import { joinList } from '@/domain/corpus/format'
import { translator, useT, type Translate } from '@/i18n/catalog'
import { currentLocale } from '@/i18n/i18n'
import { bookmarksMessages } from '../messages'
import { readImportFile } from '../import/read-import-file'
import { runSliced } from '../run-sliced'
import { checkImportFits, importIntoStore } from '../store/import-into-store'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { buttonClass, fieldClass, primaryButtonClass } from '@/components/button-styles'
import { Notice } from './notice'

type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'saving'; name: string }
  | { status: 'error'; problem: string }
  | { status: 'preview'; name: string; preview: ImportPreview; fit: StorageFit }
  | { status: 'done'; message: string }

/** Entries of a file that could not be read, listed one by one up to this many. */
const MAX_LISTED = 20

type T = Translate<NonNullable<(typeof bookmarksMessages)['keys']>>

/** Megabytes with one decimal, in the interface language's digits. */
const megabytes = (chars: number) =>
  (chars / (1024 * 1024)).toLocaleString(currentLocale(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })

const listIds = (t: T, ids: readonly string[]) =>
  ids.length > 8
    ? t('import.ids', { ids: ids.slice(0, 8).join(', '), more: ids.length - 8 })
    : ids.join(', ')

/**
 * Import from a JSON export: the file is checked and a preview says what would be added,
 * what is already there and what cannot be imported; nothing changes until the user confirms.
 */
export function ImportPanel({ model }: { model: CorpusModel }) {
  const t = useT(bookmarksMessages)
  const inputId = useId()
  const previewHeadingId = useId()
  const [state, setState] = useState<ImportState>({ status: 'idle' })
  const inputRef = useRef<HTMLInputElement>(null)
  const previewRef = useRef<HTMLHeadingElement>(null)
  const resultRef = useRef<HTMLDivElement>(null)

  const reset = () => {
    if (inputRef.current) inputRef.current.value = ''
  }

  // Only the latest file chosen counts: an earlier one still being read is forgotten.
  const attempt = useRef(0)

  const onFile = async (file: File | undefined) => {
    if (!file) return
    const mine = ++attempt.current
    const current = () => mine === attempt.current
    const fail = (problem: string) => {
      if (!current()) return
      setState({ status: 'error', problem })
      reset()
    }
    const sizeProblem = checkImportSize(file.size, file.name)
    if (sizeProblem) return fail(sizeProblem)
    setState({ status: 'reading', name: file.name })
    // Read and checked in a worker, previewed and measured here a slice at a time: a file of
    // 10,000 bookmarks never holds the page for long.
    const parsed = await readImportFile(file)
    if (!parsed.ok) return fail(parsed.problem)
    const preview = await runSliced(
      previewImportSteps(useBookmarksStore.getState(), parsed.file, model),
    )
    if (
      parsed.file.bookmarks.length > 0 &&
      preview.unknown.length === new Set(parsed.file.bookmarks.map((b) => b.quoteId)).size
    )
      return fail(t('import.noneKnown', { name: file.name, ids: listIds(t, preview.unknown) }))
    const fit = await checkImportFits(useBookmarksStore, preview)
    if (!fit.fits) return fail(doesNotFit(t, file.name, fit))
    if (!current()) return
    setState({ status: 'preview', name: file.name, preview, fit })
    requestAnimationFrame(() => previewRef.current?.focus())
  }

  const confirm = async (preview: ImportPreview, name: string) => {
    const mine = ++attempt.current
    setState({ status: 'saving', name })
    const outcome = await importIntoStore(
      useBookmarksStore,
      preview,
      translator(bookmarksMessages)('import.undo', { name }),
    )
    if (mine !== attempt.current) return
    reset()
    if (!outcome.ok) {
      setState({
        status: 'error',
        problem:
          outcome.reason === 'does-not-fit'
            ? doesNotFit(t, name, outcome.fit)
            : t('import.notSaved', { name }),
      })
      return
    }
    const { result } = outcome
    setState({
      status: 'done',
      message: t('import.done', {
        added: result.added.length,
        joined: result.notesJoined.length,
        views: outcome.viewsAdded,
        name,
        setAside: preview.setAside.length,
      }),
    })
    requestAnimationFrame(() => resultRef.current?.focus())
  }

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium">
          {t('import.label')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void onFile(event.target.files?.[0])}
          className={`mt-1 ${fieldClass} file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-2 file:py-1 file:text-sm dark:file:bg-slate-700 dark:file:text-slate-100`}
        />
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t('import.hint')}</p>
      </div>

      <div role="status" className="text-sm">
        {state.status === 'reading'
          ? t('import.reading', { name: state.name })
          : state.status === 'saving'
            ? t('import.saving', { name: state.name })
            : ''}
      </div>

      {state.status === 'error' ? (
        <Notice tone="error" role="alert" title={t('import.refusedTitle')}>
          <p className="break-words">{state.problem}</p>
        </Notice>
      ) : null}

      {state.status === 'done' ? (
        <div ref={resultRef} tabIndex={-1} className="outline-none">
          <Notice tone="success">
            <p>{state.message}</p>
          </Notice>
        </div>
      ) : null}

      {state.status === 'preview' ? (
        <section
          aria-labelledby={previewHeadingId}
          className="rounded border border-slate-300 p-3 dark:border-slate-700"
        >
          <h3
            id={previewHeadingId}
            ref={previewRef}
            tabIndex={-1}
            className="font-semibold outline-none"
          >
            {t('import.previewHeading', { name: state.name })}
          </h3>
          <PreviewList preview={state.preview} fit={state.fit} />
          <div className="mt-3 flex flex-wrap gap-2">
            {importChangesNothing(state.preview) ? (
              <p className="text-sm">{t('import.nothingNew')}</p>
            ) : (
              <button
                type="button"
                className={primaryButtonClass}
                onClick={() => void confirm(state.preview, state.name)}
              >
                {confirmLabel(t, state.preview)}
              </button>
            )}
            <button
              type="button"
              className={buttonClass}
              onClick={() => {
                setState({ status: 'idle' })
                reset()
                inputRef.current?.focus()
              }}
            >
              {importChangesNothing(state.preview) ? t('import.close') : t('import.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  )
}

function confirmLabel(t: T, preview: ImportPreview): string {
  const parts: string[] = []
  if (preview.toAdd.length > 0)
    parts.push(t('import.confirmBookmarks', { count: preview.toAdd.length }))
  if (preview.notesToJoin.length > 0)
    parts.push(t('import.confirmNotes', { count: preview.notesToJoin.length }))
  if (preview.viewsToAdd.length > 0)
    parts.push(t('import.confirmViews', { count: preview.viewsToAdd.length }))
  return t('import.confirm', { what: joinList(parts, currentLocale()) })
}

/** The refusal when the collection with the file would not fit in the browser's storage. */
function doesNotFit(t: T, name: string, fit: StorageFit): string {
  return t('import.doesNotFit', {
    name,
    needed: megabytes(fit.needed),
    quota: megabytes(fit.quota),
    others: fit.usedByOthers > 0 ? megabytes(fit.usedByOthers) : 'none',
  })
}

function PreviewList({ preview, fit }: { preview: ImportPreview; fit: StorageFit }) {
  const t = useT(bookmarksMessages)
  const rows: [string, ReactNode][] = [
    [t('import.rowAdd'), t('import.confirmBookmarks', { count: preview.toAdd.length })],
    [
      t('import.rowPresent'),
      t('import.confirmBookmarks', { count: preview.alreadyPresent.length }),
    ],
  ]
  if (preview.notesToJoin.length > 0)
    rows.push([
      t('import.rowJoin'),
      t('import.rowJoinValue', { count: preview.notesToJoin.length }),
    ])
  if (preview.notInCorpus.length > 0)
    rows.push([
      t('import.rowNotInCorpus'),
      t('import.rowNotInCorpusValue', { count: preview.notInCorpus.length }),
    ])
  if (preview.unknown.length > 0) rows.push([t('import.rowUnknown'), listIds(t, preview.unknown)])
  if (preview.duplicates > 0)
    rows.push([t('import.rowTwice'), t('import.rowTwiceValue', { count: preview.duplicates })])
  if (preview.viewsToAdd.length > 0)
    rows.push([t('import.rowViews'), preview.viewsToAdd.map((v) => v.name).join(', ')])
  if (preview.setAside.length > 0)
    rows.push([
      t('import.rowUnreadable'),
      <>
        {t('import.rowUnreadableValue', { count: preview.setAside.length })}
        <ul className="list-disc pl-5">
          {preview.setAside.slice(0, MAX_LISTED).map((entry) => (
            <li key={entry.path}>{describeSetAside(entry)}</li>
          ))}
          {preview.setAside.length > MAX_LISTED ? (
            <li>{t('import.andMore', { count: preview.setAside.length - MAX_LISTED })}</li>
          ) : null}
        </ul>
      </>,
    ])
  rows.push([
    t('import.rowStorage'),
    t('import.rowStorageValue', {
      used: megabytes(fit.needed + fit.usedByOthers),
      quota: megabytes(fit.quota),
    }),
  ])
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700 dark:text-slate-300">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
