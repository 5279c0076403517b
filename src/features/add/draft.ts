/**
 * The /add page's form → the draft the builder takes, the sessions it adds, and the saved
 * document. What is still missing is a code; the page words it.
 */
import type { CorpusModel } from '@/domain/corpus/model'
import type { Session, Source } from '@/domain/corpus/schema'
import { metaOf, type DocumentDraft } from '@/domain/workspace/builder-adapter'
import { suggestId, toRoman } from '@/domain/workspace/suggest'
import {
  newWorkspaceDocument,
  type Correction,
  type Corrections,
  type WorkspaceDocument,
} from '@/domain/workspace/workspace-document'

export const NEW_SESSION = '__new__'

export interface Meta {
  title: string
  date: string
  sessionId: string
  kind: Source['kind']
  language: string
  newSession: { number: string; date: string; theme: string }
}

export type Missing = 'newSessionNumber' | 'newSessionDate' | 'session' | 'title' | 'date'

export type DraftRequest = { missing: Missing } | { draft: DocumentDraft; sessions: Session[] }

/**
 * The draft and sessions the metadata describes, or what is still missing. `taken`: ids a new
 * document may not take; `savedId`: the id of the saved document being edited, kept as it is.
 */
export function draftOf(
  model: CorpusModel,
  text: string,
  meta: Meta,
  taken: ReadonlySet<string>,
  savedId: string | null,
): DraftRequest {
  let session: Session | undefined
  const sessions: Session[] = []
  if (meta.sessionId === NEW_SESSION) {
    const number = Number(meta.newSession.number)
    if (!Number.isInteger(number) || number < 1) return { missing: 'newSessionNumber' }
    if (!meta.newSession.date) return { missing: 'newSessionDate' }
    session = model.sessions.find((s) => s.number === number) ?? {
      id: String(number),
      number,
      roman: toRoman(number),
      date: meta.newSession.date,
      theme: meta.newSession.theme,
      place: null,
    }
    if (!model.sessionById.has(session.id)) sessions.push(session)
  } else session = model.sessionById.get(meta.sessionId)
  if (!session) return { missing: 'session' }
  if (!meta.title.trim()) return { missing: 'title' }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return { missing: 'date' }
  const draft: DocumentDraft = {
    id:
      savedId ??
      suggestId(
        meta.kind,
        meta.date,
        session.roman,
        meta.title,
        new Set([...model.sourceById.keys(), ...taken]),
      ),
    title: meta.title.trim(),
    kind: meta.kind,
    date: meta.date,
    sessionId: session.id,
    language: meta.language,
    text,
  }
  return { draft, sessions }
}

/** The corrections worth keeping: an exclusion undone is no correction. */
export function keptCorrections(corrections: Corrections): Corrections {
  const kept: Corrections = {}
  for (const [id, c] of Object.entries(corrections)) {
    const { exclude, ...rest } = c
    const entry: Correction = exclude ? { ...rest, exclude } : rest
    if (Object.keys(entry).length > 0) kept[id] = entry
  }
  return kept
}

/** The document the page saves. */
export function documentOf(
  draft: DocumentDraft,
  sessions: readonly Session[],
  corrections: Corrections,
  now: Date,
): WorkspaceDocument {
  return newWorkspaceDocument(
    {
      id: draft.id,
      meta: metaOf(draft) as WorkspaceDocument['meta'],
      text: draft.text,
      corrections: keptCorrections(corrections),
      sessions: [...sessions],
    },
    now,
  )
}

/** A saved document back in the form, to be edited and saved again. */
export function metaOfDocument(doc: WorkspaceDocument): Meta {
  const added = doc.sessions.find((s) => s.id === doc.meta.sessionId)
  return {
    title: doc.meta.title,
    date: doc.meta.date,
    sessionId: added ? NEW_SESSION : doc.meta.sessionId,
    kind: doc.meta.kind,
    language: doc.meta.language ?? 'en',
    newSession: {
      number: added ? String(added.number) : '',
      date: added?.date ?? '',
      theme: added?.theme ?? '',
    },
  }
}
