/**
 * The workspace as a corpus folder (docs/corpus.md), the files of its `.zip` export, and reading
 * such a folder back. The folder builds with the CLI as it is:
 *
 *   npm run corpus -- --sources sources --sessions sessions.json --overrides overrides.json
 *
 *   sources/<id>.txt + sources/<id>.meta.json   each saved document, as saved
 *   sessions.json    every session the documents name (the published ones they use, and
 *                    the ones the user added), as in corpus/sessions.json
 *   overrides.json   the user's corrections, in the format of corpus/overrides.json
 *   workspace.json   which corrections belong to which document, and when each was saved
 *                    (the CLI does not read it; the import does)
 *
 * Pure: file names and texts in, file names and texts out; zipping is the caller's. Output is
 * byte-identical for the same workspace. Reading never throws: each file that cannot be taken
 * is a problem naming it, and every other document is still read.
 */
import * as v from 'valibot'
import { OverrideSchema, SourceMetaSchema } from '../corpus/builder/inputs'
import { SessionSchema, type Session } from '../corpus/schema'
import { describeIssues } from '../schema-issues'
import {
  readWorkspaceDocument,
  WORKSPACE_DOCUMENT_VERSION,
  workspaceOverrides,
  workspaceSessions,
  type Corrections,
  type WorkspaceDocument,
} from './workspace-document'

export const FOLDER_FILES = {
  sources: 'sources/',
  sessions: 'sessions.json',
  overrides: 'overrides.json',
  manifest: 'workspace.json',
} as const

const MANIFEST_FORMAT = 'assembly-explorer-workspace'

const ManifestSchema = v.object({
  format: v.literal(MANIFEST_FORMAT),
  version: v.literal(1),
  documents: v.array(
    v.object({
      id: v.string(),
      savedAt: v.pipe(v.string(), v.isoTimestamp()),
      corrections: v.array(v.string()),
    }),
  ),
})

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** The folder's files, path → text, in a fixed order. */
export function workspaceFolder(
  docs: readonly WorkspaceDocument[],
  published: readonly Session[],
): Map<string, string> {
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id))
  const files = new Map<string, string>()
  for (const doc of sorted) {
    files.set(`${FOLDER_FILES.sources}${doc.id}.meta.json`, json(doc.meta))
    files.set(`${FOLDER_FILES.sources}${doc.id}.txt`, doc.text)
  }
  const named = new Set(sorted.map((d) => d.meta.sessionId))
  const sessions = new Map<string, Session>()
  for (const s of [...published, ...workspaceSessions(sorted)])
    if (named.has(s.id) && !sessions.has(s.id)) sessions.set(s.id, s)
  files.set(FOLDER_FILES.sessions, json([...sessions.values()].sort((a, b) => a.number - b.number)))
  files.set(FOLDER_FILES.overrides, json(workspaceOverrides(sorted)))
  files.set(
    FOLDER_FILES.manifest,
    json({
      format: MANIFEST_FORMAT,
      version: 1,
      documents: sorted.map((d) => ({
        id: d.id,
        savedAt: d.savedAt,
        corrections: Object.keys(d.corrections).sort(),
      })),
    }),
  )
  return files
}

/** What stopped a file (or a part of one) from being read; the interface words it. */
export interface FolderProblem {
  file: string
  code:
    | 'not-utf8'
    | 'no-meta'
    | 'no-text'
    | 'bad-json'
    | 'bad-meta'
    | 'bad-sessions'
    | 'bad-correction'
    | 'unknown-session'
    | 'bad-document'
    | 'unassigned-corrections'
    | 'no-documents'
  /** The technical detail (a schema's words, a session id, a count). */
  detail?: string
}

export interface FolderReading {
  documents: WorkspaceDocument[]
  problems: FolderProblem[]
}

const baseName = (path: string) => path.split('/').pop() ?? path
const META = '.meta.json'

/**
 * Reads a corpus folder (its files by path, as bytes) into workspace documents. `published`:
 * the sessions of the published corpus (a document may name them without the folder's
 * sessions.json listing them); `now` dates documents the folder does not date.
 */
export function readWorkspaceFolder(
  files: ReadonlyMap<string, Uint8Array>,
  published: readonly Session[],
  now: Date,
): FolderReading {
  const problems: FolderProblem[] = []
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const texts = new Map<string, string>()
  const paths = [...files.keys()].filter((p) => !p.endsWith('/')).sort()
  for (const path of paths) {
    try {
      texts.set(path, decoder.decode(files.get(path)).replace(/^\uFEFF/, ''))
    } catch {
      problems.push({ file: path, code: 'not-utf8' })
    }
  }
  const parse = (path: string | undefined): unknown => {
    if (path === undefined || !texts.has(path)) return undefined
    try {
      return JSON.parse(texts.get(path) as string) as unknown
    } catch (error) {
      problems.push({ file: path, code: 'bad-json', detail: (error as Error).message })
      return undefined
    }
  }
  const find = (name: string) => paths.find((p) => baseName(p) === name)

  // sessions.json: each session checked on its own.
  const sessionsFile = find(FOLDER_FILES.sessions)
  const sessions = new Map(published.map((s) => [s.id, s]))
  const added = new Map<string, Session>()
  const rawSessions = parse(sessionsFile)
  if (rawSessions !== undefined) {
    if (!Array.isArray(rawSessions))
      problems.push({ file: sessionsFile!, code: 'bad-sessions', detail: 'not a list' })
    else
      rawSessions.forEach((raw: unknown, i) => {
        const s = v.safeParse(v.strictObject(SessionSchema.entries), raw)
        if (!s.success)
          problems.push({
            file: sessionsFile!,
            code: 'bad-sessions',
            detail: `[${i}] ${describeIssues(s.issues)}`,
          })
        else if (!sessions.has(s.output.id)) {
          sessions.set(s.output.id, s.output)
          added.set(s.output.id, s.output)
        }
      })
  }

  // overrides.json: each correction checked on its own.
  const overridesFile = find(FOLDER_FILES.overrides)
  const overrides: Corrections = {}
  const rawOverrides = parse(overridesFile)
  if (rawOverrides !== undefined) {
    if (!rawOverrides || typeof rawOverrides !== 'object' || Array.isArray(rawOverrides))
      problems.push({ file: overridesFile!, code: 'bad-correction', detail: 'not an object' })
    else
      for (const [key, raw] of Object.entries(rawOverrides)) {
        const o = v.safeParse(OverrideSchema, raw)
        if (o.success) overrides[key] = o.output
        else
          problems.push({
            file: overridesFile!,
            code: 'bad-correction',
            detail: `${key}: ${describeIssues(o.issues)}`,
          })
      }
  }

  const manifestFile = find(FOLDER_FILES.manifest)
  const manifestRaw = parse(manifestFile)
  const manifest = manifestRaw === undefined ? null : v.safeParse(ManifestSchema, manifestRaw)
  if (manifest && !manifest.success)
    problems.push({
      file: manifestFile!,
      code: 'bad-json',
      detail: describeIssues(manifest.issues),
    })
  const listed = new Map(manifest?.success ? manifest.output.documents.map((d) => [d.id, d]) : [])

  // The documents: <name>.txt with its <name>.meta.json.
  const metas = paths.filter((p) => p.endsWith(META))
  const txts = paths.filter((p) => p.endsWith('.txt'))
  for (const meta of metas)
    if (!txts.includes(`${meta.slice(0, -META.length)}.txt`))
      problems.push({ file: meta, code: 'no-text' })
  const documents: WorkspaceDocument[] = []
  const unassigned = new Set(Object.keys(overrides))
  for (const txt of txts) {
    const metaPath = `${txt.slice(0, -'.txt'.length)}${META}`
    if (!metas.includes(metaPath)) {
      problems.push({ file: txt, code: 'no-meta' })
      continue
    }
    const text = texts.get(txt)
    const rawMeta = parse(metaPath)
    if (text === undefined || rawMeta === undefined) continue
    const meta = v.safeParse(SourceMetaSchema, rawMeta)
    if (!meta.success) {
      problems.push({ file: metaPath, code: 'bad-meta', detail: describeIssues(meta.issues) })
      continue
    }
    const id = meta.output.id
    if (!sessions.has(meta.output.sessionId)) {
      problems.push({ file: metaPath, code: 'unknown-session', detail: meta.output.sessionId })
      continue
    }
    const entry = listed.get(id)
    const keys = entry
      ? entry.corrections.filter((k) => k in overrides)
      : Object.keys(overrides).filter((k) => overrides[k]?.passage?.source === id)
    const read = readWorkspaceDocument({
      version: WORKSPACE_DOCUMENT_VERSION,
      id,
      meta: meta.output,
      text,
      corrections: Object.fromEntries(keys.map((k) => [k, overrides[k]])),
      sessions: added.has(meta.output.sessionId) ? [added.get(meta.output.sessionId)] : [],
      savedAt: entry?.savedAt ?? now.toISOString(),
    })
    if (!read.ok) {
      problems.push({ file: txt, code: 'bad-document', detail: read.reason })
      continue
    }
    for (const k of keys) unassigned.delete(k)
    documents.push(read.document)
  }
  // Corrections no document claims are kept with the first document rather than dropped.
  const first = documents[0]
  if (unassigned.size > 0 && first) {
    for (const k of unassigned) first.corrections[k] = overrides[k]!
    problems.push({
      file: overridesFile ?? FOLDER_FILES.overrides,
      code: 'unassigned-corrections',
      detail: `${unassigned.size} → ${first.id}`,
    })
  }
  if (documents.length === 0 && !problems.some((p) => p.code !== 'unassigned-corrections'))
    problems.push({ file: '', code: 'no-documents' })
  return { documents, problems }
}

/** How an imported document meets the workspace: new, already there, or a different one. */
export function importPlan(
  imported: readonly WorkspaceDocument[],
  existing: readonly WorkspaceDocument[],
  taken: ReadonlySet<string>,
): { add: WorkspaceDocument[]; same: string[]; clash: string[] } {
  const byId = new Map(existing.map((d) => [d.id, d]))
  const comparable = (d: WorkspaceDocument) =>
    JSON.stringify([d.meta, d.text, d.corrections, d.sessions])
  const plan = { add: [] as WorkspaceDocument[], same: [] as string[], clash: [] as string[] }
  for (const doc of imported) {
    const there = byId.get(doc.id)
    if (there && comparable(there) === comparable(doc)) plan.same.push(doc.id)
    else if (there || taken.has(doc.id)) plan.clash.push(doc.id)
    else plan.add.push(doc)
  }
  return plan
}
