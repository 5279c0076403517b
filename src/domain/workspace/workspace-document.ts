/**
 * A document saved in the user's workspace (the browser's IndexedDB, src/features/workspace):
 * the schema every stored entry is checked against on load, its format version and `migrate`.
 *
 * A saved document is exactly what the CLI needs to build it (docs/corpus.md):
 *
 * - `id`: the source id, in the CLI's scheme (`<kind>-<year>-<session>[-<slug>]`); it is part of
 *   every statement id, so the same text gets the same ids here and in `npm run corpus`;
 * - `meta`: the fields of its `<id>.meta.json`, checked by the builder's own schema;
 * - `text`: the text as pasted or read from the file (the `<id>.txt`);
 * - `corrections`: the user's corrections, in the format of `corpus/overrides.json`, keyed by
 *   statement id: `speaker`, `kind`, `topics`, `exclude`, and `passage` (a passage left out,
 *   taken as a statement). The builder applies them, in the browser as in the CLI;
 * - `sessions`: the sessions this document adds (not in the published corpus), as in
 *   `sessions.json`;
 * - `savedAt`: when it was last saved (ISO timestamp).
 *
 * Version history: v1 (current). Entries that do not validate are never "fixed" here: the store
 * keeps them aside, whole, for the user to download.
 */
import * as v from 'valibot'
import { OverridesFileSchema, SourceMetaSchema, type Overrides } from '../corpus/builder/inputs'
import { IdSchema, SessionSchema, type Session } from '../corpus/schema'
import { describeIssues } from '../schema-issues'
import type { DocumentDraft } from './builder-adapter'

export const WORKSPACE_DOCUMENT_VERSION = 1

export const WorkspaceDocumentSchema = v.pipe(
  v.object({
    version: v.literal(WORKSPACE_DOCUMENT_VERSION),
    id: IdSchema,
    meta: SourceMetaSchema,
    text: v.pipe(v.string(), v.minLength(1, 'the document has no text')),
    corrections: OverridesFileSchema,
    sessions: v.array(v.strictObject(SessionSchema.entries)),
    savedAt: v.pipe(v.string(), v.isoTimestamp()),
  }),
  v.check((d) => d.meta.id === d.id, 'meta.id must be the document id'),
)

export type WorkspaceDocument = v.InferOutput<typeof WorkspaceDocumentSchema>
export type WorkspaceMeta = WorkspaceDocument['meta']
export type Corrections = Overrides
export type Correction = Overrides[string]

export type ReadOutcome = { ok: true; document: WorkspaceDocument } | { ok: false; reason: string }

/**
 * Brings a stored entry up to the current version. Throws (with a reason for a person) on an
 * entry it cannot read: not an object, or a version this app does not know.
 */
export function migrate(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error('not a saved document (not an object)')
  const version = (raw as { version?: unknown }).version
  if (version === WORKSPACE_DOCUMENT_VERSION) return raw
  if (typeof version === 'number' && version > WORKSPACE_DOCUMENT_VERSION)
    throw new Error(`saved by a newer version of the app (format ${version})`)
  throw new Error(`unknown format version ${JSON.stringify(version ?? null)}`)
}

/** Migrates and validates one stored entry; never throws. */
export function readWorkspaceDocument(raw: unknown): ReadOutcome {
  let migrated: unknown
  try {
    migrated = migrate(raw)
  } catch (error) {
    return { ok: false, reason: (error as Error).message }
  }
  const result = v.safeParse(WorkspaceDocumentSchema, migrated)
  return result.success
    ? { ok: true, document: result.output }
    : { ok: false, reason: describeIssues(result.issues) }
}

/** A new saved document (validated: throws on a field the CLI would refuse). */
export function newWorkspaceDocument(
  fields: Omit<WorkspaceDocument, 'version' | 'savedAt'>,
  savedAt: Date,
): WorkspaceDocument {
  return v.parse(WorkspaceDocumentSchema, {
    version: WORKSPACE_DOCUMENT_VERSION,
    ...fields,
    savedAt: savedAt.toISOString(),
  })
}

/** The document as the builder adapter takes it (src/domain/workspace/builder-adapter.ts). */
export function draftOf(doc: WorkspaceDocument): DocumentDraft {
  return {
    id: doc.id,
    title: doc.meta.title,
    kind: doc.meta.kind,
    date: doc.meta.date,
    sessionId: doc.meta.sessionId,
    language: doc.meta.language ?? 'en',
    publisher: doc.meta.publisher ?? null,
    url: doc.meta.url ?? null,
    ...(doc.meta.speaker ? { speaker: doc.meta.speaker } : {}),
    text: doc.text,
  }
}

/** Every document's corrections, as one overrides file (ids are unique across sources). */
export function workspaceOverrides(docs: readonly WorkspaceDocument[]): Corrections {
  const all: Corrections = {}
  for (const doc of [...docs].sort((a, b) => a.id.localeCompare(b.id)))
    for (const id of Object.keys(doc.corrections).sort()) all[id] = doc.corrections[id]!
  return all
}

/** The sessions the documents add (one per id, the first saved wins), by number. */
export function workspaceSessions(docs: readonly WorkspaceDocument[]): Session[] {
  const byId = new Map<string, Session>()
  for (const doc of [...docs].sort((a, b) => a.savedAt.localeCompare(b.savedAt)))
    for (const s of doc.sessions) if (!byId.has(s.id)) byId.set(s.id, s)
  return [...byId.values()].sort((a, b) => a.number - b.number)
}
