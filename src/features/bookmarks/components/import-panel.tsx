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
import { plural } from '@/domain/corpus/format'
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

const megabytes = (chars: number) => `${(chars / (1024 * 1024)).toFixed(1)} MB`

const listIds = (ids: readonly string[]) =>
  ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ')

/**
 * Import from a JSON export: the file is checked and a preview says what would be added,
 * what is already there and what cannot be imported; nothing changes until the user confirms.
 */
export function ImportPanel({ model }: { model: CorpusModel }) {
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
      return fail(
        `None of the statements in “${file.name}” are in the corpus, and the file has no saved text for them (unknown quote IDs: ${listIds(preview.unknown)}). Nothing was changed.`,
      )
    const fit = await checkImportFits(useBookmarksStore, preview)
    if (!fit.fits) return fail(doesNotFit(file.name, fit))
    if (!current()) return
    setState({ status: 'preview', name: file.name, preview, fit })
    requestAnimationFrame(() => previewRef.current?.focus())
  }

  const confirm = async (preview: ImportPreview, name: string) => {
    const mine = ++attempt.current
    setState({ status: 'saving', name })
    const outcome = await importIntoStore(useBookmarksStore, preview, `Imported “${name}”.`)
    if (mine !== attempt.current) return
    reset()
    if (!outcome.ok) {
      setState({
        status: 'error',
        problem:
          outcome.reason === 'does-not-fit'
            ? doesNotFit(name, outcome.fit)
            : `The bookmarks from “${name}” could not be saved: this browser’s storage refused them. Nothing was changed.`,
      })
      return
    }
    const { result } = outcome
    const parts = [`Added ${plural(result.added.length, 'bookmark')}`]
    if (result.notesJoined.length > 0)
      parts.push(`kept both notes on ${plural(result.notesJoined.length, 'bookmark')}`)
    if (outcome.viewsAdded > 0) parts.push(`added ${plural(outcome.viewsAdded, 'saved view')}`)
    const setAside =
      preview.setAside.length > 0
        ? ` ${plural(preview.setAside.length, 'entry', 'entries')} of the file could not be read and ${preview.setAside.length === 1 ? 'was' : 'were'} not imported.`
        : ''
    setState({ status: 'done', message: `${parts.join(', ')} from “${name}”.${setAside}` })
    requestAnimationFrame(() => resultRef.current?.focus())
  }

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium">
          Import bookmarks from a JSON file
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void onFile(event.target.files?.[0])}
          className={`mt-1 ${fieldClass} file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-2 file:py-1 file:text-sm dark:file:bg-slate-700 dark:file:text-slate-100`}
        />
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          You will see what the file contains before anything changes. Existing notes are never
          replaced.
        </p>
      </div>

      <div role="status" className="text-sm">
        {state.status === 'reading'
          ? `Reading “${state.name}”…`
          : state.status === 'saving'
            ? `Saving the bookmarks from “${state.name}”…`
            : ''}
      </div>

      {state.status === 'error' ? (
        <Notice tone="error" role="alert" title="This file cannot be imported">
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
            Before importing “{state.name}”
          </h3>
          <PreviewList preview={state.preview} fit={state.fit} />
          <div className="mt-3 flex flex-wrap gap-2">
            {importChangesNothing(state.preview) ? (
              <p className="text-sm">
                Nothing new in this file: your bookmarks already hold all of it.
              </p>
            ) : (
              <button
                type="button"
                className={primaryButtonClass}
                onClick={() => void confirm(state.preview, state.name)}
              >
                {confirmLabel(state.preview)}
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
              {importChangesNothing(state.preview) ? 'Close' : 'Cancel'}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  )
}

function confirmLabel(preview: ImportPreview): string {
  const parts: string[] = []
  if (preview.toAdd.length > 0) parts.push(plural(preview.toAdd.length, 'bookmark'))
  if (preview.notesToJoin.length > 0) parts.push(plural(preview.notesToJoin.length, 'note'))
  if (preview.viewsToAdd.length > 0) parts.push(plural(preview.viewsToAdd.length, 'saved view'))
  return `Import ${parts.join(', ').replace(/, ([^,]*)$/, ' and $1')}`
}

/** The refusal when the collection with the file would not fit in the browser's storage. */
function doesNotFit(name: string, fit: StorageFit): string {
  const others =
    fit.usedByOthers > 0 ? ` (other data of this site takes ${megabytes(fit.usedByOthers)})` : ''
  return `With “${name}”, your bookmarks would take ${megabytes(fit.needed)} of this browser’s storage, which keeps ${megabytes(fit.quota)} for this site${others}. Nothing was changed. Import a smaller file, or export your bookmarks and remove some first.`
}

function PreviewList({ preview, fit }: { preview: ImportPreview; fit: StorageFit }) {
  const rows: [string, ReactNode][] = [
    ['Will be added', plural(preview.toAdd.length, 'bookmark')],
    ['Already in your bookmarks', plural(preview.alreadyPresent.length, 'bookmark')],
  ]
  if (preview.notesToJoin.length > 0)
    rows.push([
      'Different note from yours',
      `${plural(preview.notesToJoin.length, 'bookmark')}: both notes will be kept, yours first`,
    ])
  if (preview.notInCorpus.length > 0)
    rows.push([
      'Not in the current corpus',
      `${plural(preview.notInCorpus.length, 'bookmark')}, added with the text saved in the file`,
    ])
  if (preview.unknown.length > 0)
    rows.push(['Unknown quote IDs, skipped', listIds(preview.unknown)])
  if (preview.duplicates > 0)
    rows.push([
      'Listed twice in the file',
      `${plural(preview.duplicates, 'entry', 'entries')}, counted once`,
    ])
  if (preview.viewsToAdd.length > 0)
    rows.push(['Saved views to add', preview.viewsToAdd.map((v) => v.name).join(', ')])
  if (preview.setAside.length > 0)
    rows.push([
      'Cannot be read, not imported',
      <>
        {plural(preview.setAside.length, 'entry', 'entries')}:
        <ul className="list-disc pl-5">
          {preview.setAside.slice(0, MAX_LISTED).map((entry) => (
            <li key={entry.path}>{describeSetAside(entry)}</li>
          ))}
          {preview.setAside.length > MAX_LISTED ? (
            <li>and {preview.setAside.length - MAX_LISTED} more</li>
          ) : null}
        </ul>
      </>,
    ])
  rows.push([
    'Storage after importing',
    `${megabytes(fit.needed + fit.usedByOthers)} of the ${megabytes(fit.quota)} this browser keeps for this site`,
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
