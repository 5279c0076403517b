/**
 * Reading an import file and previewing what it would change, before anything changes.
 *
 * Accepted: the JSON export (`format: "assembly-explorer-bookmarks"`, formatVersion 1), and,
 * so that a kept-aside copy of stored data can be recovered, a raw stored envelope
 * (`{ state, version }`) of any version this app can migrate.
 */
import * as v from 'valibot'
import { plural } from '../corpus/format'
import type { CorpusModel } from '../corpus/model'
import { IdSchema } from '../corpus/schema'
import { MAX_NOTE_LENGTH } from './bookmark'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export-formats'
import { joinNotes, type IncomingBookmark } from './merge'
import {
  migratePersistedState,
  PERSIST_VERSION,
  SavedViewSchema,
  SnapshotSchema,
  type PersistedState,
  type SavedView,
} from './persisted-state'
import {
  checkEntry,
  describeSetAsideList,
  salvagePersistedState,
  type SetAsideEntry,
} from './salvage'
import { runSteps, STEP, type Steps } from './steps'

/** Bookmark files are small (a few hundred statements); anything near this is the wrong file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export interface ImportFile {
  bookmarks: IncomingBookmark[]
  savedViews: SavedView[]
  /** Entries that could not be read: not imported, listed with field and reason. */
  setAside: SetAsideEntry[]
}

export type ImportParse = { ok: true; file: ImportFile } | { ok: false; problem: string }

const ImportedBookmarkSchema = v.object({
  quoteId: IdSchema,
  addedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)), ''),
  snapshot: v.optional(v.nullable(SnapshotSchema), null),
  order: v.optional(v.pipe(v.number(), v.finite())),
})

/** The frame of an export file; its entries are checked one by one (see salvage.ts). */
const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.number(),
  bookmarks: v.pipe(v.array(v.unknown()), v.maxLength(100_000)),
  savedViews: v.optional(v.array(v.unknown()), []),
})

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}

/** Checked before the file is read at all. Returns a problem, or null if the size is fine. */
export function checkImportSize(bytes: number, name: string): string | null {
  if (bytes === 0) return `“${name}” is empty.`
  if (bytes > MAX_IMPORT_BYTES)
    return `“${name}” is ${formatSize(bytes)}; a bookmarks file is at most ${formatSize(MAX_IMPORT_BYTES)}. Is it the right file? Nothing was changed.`
  return null
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  const path = issue.path
    ?.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
  return path ? path.replace(/^\./, '') : 'the file'
}

/** A file with entries, none of which could be read: refused, every entry's problem named. */
function nothingReadable(name: string, file: ImportFile): ImportParse {
  if (file.setAside.length === 0 || file.bookmarks.length > 0 || file.savedViews.length > 0)
    return { ok: true, file }
  return {
    ok: false,
    problem: `“${name}” has no entry this app can read (${plural(file.setAside.length, 'entry', 'entries')}): ${describeSetAsideList(file.setAside)}. Nothing was changed.`,
  }
}

/** Parses and validates an import file's text; never throws. Bad entries are set aside. */
export function parseImportFile(text: string, name = 'The file'): ImportParse {
  return runSteps(parseImportFileSteps(text, name))
}

/** `parseImportFile` in steps (steps.ts): entries are checked a few hundred at a time. */
export function* parseImportFileSteps(text: string, name = 'The file'): Steps<ImportParse> {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return {
      ok: false,
      problem: `“${name}” is not a JSON file. Import reads the JSON export of this app (CSV and Markdown exports cannot be imported). Nothing was changed.`,
    }
  }
  if (json && typeof json === 'object' && 'state' in json && 'version' in json) {
    const { state, version } = json as { state: unknown; version: unknown }
    if (typeof version !== 'number')
      return {
        ok: false,
        problem: `“${name}” has no readable format version. Nothing was changed.`,
      }
    try {
      const { state: read, setAside } =
        version === PERSIST_VERSION
          ? salvagePersistedState(state)
          : { state: migratePersistedState(state, version, new Date(), (id) => id), setAside: [] }
      return nothingReadable(name, {
        bookmarks: Object.values(read.bookmarks).map((b) => ({
          quoteId: b.quoteId,
          addedAt: b.addedAt,
          note: b.note,
          snapshot: b.snapshot,
          ...(b.order !== undefined ? { order: b.order } : {}),
        })),
        savedViews: Object.values(read.savedViews),
        setAside,
      })
    } catch (error) {
      return {
        ok: false,
        problem: `“${name}” looks like stored bookmarks data but cannot be read: ${error instanceof Error ? error.message : String(error)} Nothing was changed.`,
      }
    }
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== EXPORT_FORMAT)
    return {
      ok: false,
      problem: `“${name}” is JSON, but not a bookmarks export of this app (it has no "format": "${EXPORT_FORMAT}"). Nothing was changed.`,
    }
  const version = (json as { formatVersion?: unknown }).formatVersion
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION)
    return {
      ok: false,
      problem: `“${name}” was written by a newer version of the app (format ${version}); this one reads format ${EXPORT_FORMAT_VERSION}. Nothing was changed.`,
    }
  const parsed = v.safeParse(ExportFileSchema, json)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    return {
      ok: false,
      problem: `“${name}” has the wrong shape at ${issue ? issuePath(issue) : 'the top level'}: ${issue?.message ?? 'invalid'}. Nothing was changed.`,
    }
  }
  const file: ImportFile = { bookmarks: [], savedViews: [], setAside: [] }
  for (const [i, item] of parsed.output.bookmarks.entries()) {
    if (i % STEP === STEP - 1) yield
    const where = { section: 'bookmarks', key: `#${i + 1}`, path: `bookmarks[${i}]` } as const
    const checked = checkEntry(ImportedBookmarkSchema, item, where)
    if (!checked.ok) {
      file.setAside.push(checked.entry)
      continue
    }
    const b = checked.value
    const out: IncomingBookmark = { quoteId: b.quoteId, note: b.note, snapshot: b.snapshot }
    if (b.addedAt) out.addedAt = b.addedAt
    if (b.order !== undefined) out.order = b.order
    file.bookmarks.push(out)
  }
  parsed.output.savedViews.forEach((item, i) => {
    const where = { section: 'savedViews', key: `#${i + 1}`, path: `savedViews[${i}]` } as const
    const checked = checkEntry(SavedViewSchema, item, where)
    if (checked.ok) file.savedViews.push(checked.value)
    else file.setAside.push(checked.entry)
  })
  return nothingReadable(name, file)
}

export interface ImportPreview {
  /** New bookmarks that will be added (quote in the corpus, or its saved text in the file). */
  toAdd: IncomingBookmark[]
  /** Of `toAdd`, those whose quote is not in the current corpus (kept with their saved text). */
  notInCorpus: string[]
  /** Already bookmarked, nothing to change. */
  alreadyPresent: string[]
  /** Already bookmarked with a different note: both notes will be kept. */
  notesToJoin: string[]
  /** Not in the corpus and no saved text in the file: cannot be imported, skipped. */
  unknown: string[]
  /** Listed more than once in the file (counted once). */
  duplicates: number
  /** Saved views that are new. */
  viewsToAdd: SavedView[]
  /** Everything the merge needs (toAdd plus notes to join). */
  toMerge: IncomingBookmark[]
  /** Entries of the file that could not be read (not imported). */
  setAside: SetAsideEntry[]
}

/** What importing `file` into `state` would do, given the corpus loaded now. */
export function previewImport(
  state: Pick<PersistedState, 'bookmarks' | 'savedViews'>,
  file: ImportFile,
  model: CorpusModel,
): ImportPreview {
  return runSteps(previewImportSteps(state, file, model))
}

/** `previewImport` in steps (steps.ts). */
export function* previewImportSteps(
  state: Pick<PersistedState, 'bookmarks' | 'savedViews'>,
  file: ImportFile,
  model: CorpusModel,
): Steps<ImportPreview> {
  const seen = new Set<string>()
  const preview: ImportPreview = {
    toAdd: [],
    notInCorpus: [],
    alreadyPresent: [],
    notesToJoin: [],
    unknown: [],
    duplicates: 0,
    viewsToAdd: [],
    toMerge: [],
    setAside: file.setAside,
  }
  for (const [i, item] of file.bookmarks.entries()) {
    if (i % STEP === STEP - 1) yield
    if (seen.has(item.quoteId)) {
      preview.duplicates++
      continue
    }
    seen.add(item.quoteId)
    const existing = state.bookmarks[item.quoteId]
    const inCorpus = model.quoteById.has(item.quoteId)
    if (existing) {
      if (joinNotes(existing.note, item.note ?? '').conflict) {
        preview.notesToJoin.push(item.quoteId)
        preview.toMerge.push(item)
      } else {
        preview.alreadyPresent.push(item.quoteId)
        // A missing note or snapshot can still be filled in without touching anything.
        if (item.note || (!existing.snapshot && item.snapshot)) preview.toMerge.push(item)
      }
    } else if (inCorpus || item.snapshot) {
      preview.toAdd.push(item)
      preview.toMerge.push(item)
      if (!inCorpus) preview.notInCorpus.push(item.quoteId)
    } else {
      preview.unknown.push(item.quoteId)
    }
  }
  const savedUrls = new Set(Object.values(state.savedViews).map((view) => view.url))
  for (const view of file.savedViews) {
    if (savedUrls.has(view.url)) continue
    savedUrls.add(view.url)
    preview.viewsToAdd.push(view)
  }
  return preview
}

/** True when importing would change nothing. */
export function importChangesNothing(preview: ImportPreview): boolean {
  return (
    preview.toAdd.length === 0 &&
    preview.notesToJoin.length === 0 &&
    preview.viewsToAdd.length === 0
  )
}
