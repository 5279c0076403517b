/**
 * The bookmark model: what a user saved, when, their note, and a snapshot of the statement
 * as it read at that moment, so the bookmark stays meaningful even if a later corpus no
 * longer contains the quote.
 *
 * Every change to a bookmark gets a fresh revision id (`rev`) and remembers the revisions it
 * replaced (`history`). That is what lets two tabs, or an import, tell "a newer version of
 * the same bookmark" apart from "a concurrent edit" (see merge.ts) without a server.
 */
import type { CorpusModel } from '../corpus/model'
import { formatDate, sessionName, sourceKindLabel } from '../corpus/format'
import type { Quote, QuoteKind } from '../corpus/schema'

/** What the statement looked like when it was bookmarked. */
export interface BookmarkSnapshot {
  text: string
  speakerName: string
  /** e.g. "XXXII session" */
  sessionLabel: string
  sessionId: string
  /** ISO date of the session (YYYY-MM-DD). */
  date: string
  sourceTitle: string
  sourceId: string
  kind: QuoteKind
  topicIds: string[]
  topicLabels: string[]
  /** Ready-made citation line, e.g. for pasting under the quote. */
  citation: string
}

export interface Bookmark {
  quoteId: string
  /** ISO timestamp. */
  addedAt: string
  /** ISO timestamp of the last change to note, order or flags. */
  updatedAt: string
  note: string
  /** Null only for bookmarks migrated from the v0 format, until the corpus fills it in. */
  snapshot: BookmarkSnapshot | null
  /** Position in the user's own order; absent means "by date added, newest first". */
  order?: number
  /** Set when two different notes were merged into this one and the user has not looked yet. */
  noteConflict?: boolean
  rev: string
  /** Revisions this one supersedes, newest last (capped). */
  history: string[]
}

/** Left behind when a bookmark is removed, so another tab's older copy does not resurrect it. */
export interface Tombstone {
  quoteId: string
  removedAt: string
  rev: string
  history: string[]
}

/** A change's identity: when it happened and a fresh revision id. */
export interface Stamp {
  at: string
  rev: string
}

export const MAX_HISTORY = 24
export const MAX_NOTE_LENGTH = 20_000

export const BOOKMARK_SORTS = ['newest', 'oldest', 'custom'] as const
export type BookmarkSort = (typeof BOOKMARK_SORTS)[number]

/** Captures a quote as it reads now, with everything an export or a citation needs. */
export function snapshotQuote(model: CorpusModel, quote: Quote): BookmarkSnapshot {
  const session = model.sessionById.get(quote.sessionId)
  const source = model.sourceById.get(quote.sourceId)
  const speaker = model.speakerById.get(quote.speakerId)
  const topics = quote.topicIds.map((id) => model.topicById.get(id)).filter((t) => t !== undefined)
  const sessionLabel = session ? sessionName(session) : `Session ${quote.sessionId}`
  const date = session?.date ?? source?.date ?? ''
  const speakerName = speaker?.name ?? quote.speakerId
  const sourceTitle = source?.title ?? quote.sourceId
  const who = speaker?.role ? `${speakerName}, ${speaker.role}` : speakerName
  const how = quote.kind === 'reported' ? ' (reported, in the source’s words)' : ''
  const from = source
    ? ` Source: “${source.title}” (${sourceKindLabel(source.kind)}${source.publisher ? `, ${source.publisher}` : ''}, ${formatDate(source.date)})${quote.section ? `, section “${quote.section}”` : ''}.`
    : ''
  const citation = `${who}${how}. ${sessionLabel} of the Assembly of People of Kazakhstan, ${formatDate(date)}.${from}`
  return {
    text: quote.text,
    speakerName,
    sessionLabel,
    sessionId: quote.sessionId,
    date,
    sourceTitle,
    sourceId: quote.sourceId,
    kind: quote.kind,
    topicIds: topics.map((t) => t.id),
    topicLabels: topics.map((t) => t.label),
    citation,
  }
}

export function newBookmark(
  quoteId: string,
  snapshot: BookmarkSnapshot | null,
  stamp: Stamp,
  note = '',
): Bookmark {
  return {
    quoteId,
    addedAt: stamp.at,
    updatedAt: stamp.at,
    note,
    snapshot,
    rev: stamp.rev,
    history: [],
  }
}

/** A new revision of a bookmark: the change, a fresh rev, and the old rev kept in history. */
export function revise(bookmark: Bookmark, change: Partial<Bookmark>, stamp: Stamp): Bookmark {
  return {
    ...bookmark,
    ...change,
    updatedAt: stamp.at,
    rev: stamp.rev,
    history: appendHistory(bookmark.history, [bookmark.rev]),
  }
}

export function appendHistory(history: readonly string[], revs: readonly string[]): string[] {
  const out = [...history]
  for (const rev of revs) if (!out.includes(rev)) out.push(rev)
  return out.slice(-MAX_HISTORY)
}

/** Where a bookmark stands in the user's own order: explicit, or by date added (newest first). */
export function effectiveOrder(bookmark: Bookmark): number {
  return bookmark.order ?? -Date.parse(bookmark.addedAt)
}

export function sortBookmarks(bookmarks: readonly Bookmark[], sort: BookmarkSort): Bookmark[] {
  const byAdded = (a: Bookmark, b: Bookmark) =>
    a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.quoteId.localeCompare(b.quoteId)
  const list = [...bookmarks]
  if (sort === 'oldest') return list.sort(byAdded)
  if (sort === 'newest') return list.sort((a, b) => byAdded(b, a))
  return list.sort(
    (a, b) => effectiveOrder(a) - effectiveOrder(b) || a.quoteId.localeCompare(b.quoteId),
  )
}

/**
 * Moves one bookmark a step up or down in the custom order of `ordered` (the list as shown).
 * Returns the order values that change: usually two (a swap); when positions tie (e.g.
 * bookmarks added in the same instant), the shown list is first numbered afresh so that the
 * move does what it says.
 */
export function moveInOrder(
  ordered: readonly Bookmark[],
  quoteId: string,
  direction: 'up' | 'down',
): { quoteId: string; order: number }[] {
  const index = ordered.findIndex((b) => b.quoteId === quoteId)
  const otherIndex = direction === 'up' ? index - 1 : index + 1
  if (index < 0 || otherIndex < 0 || otherIndex >= ordered.length) return []
  const orders = ordered.map(effectiveOrder)
  const distinct = orders.every((o, i) => i === 0 || o > (orders[i - 1] ?? -Infinity))
  const next = distinct ? [...orders] : orders.map((_, i) => (orders[0] ?? 0) + i)
  const a = next[index] ?? 0
  next[index] = next[otherIndex] ?? 0
  next[otherIndex] = a
  return ordered.flatMap((b, i) =>
    next[i] !== effectiveOrder(b) || (b.order === undefined && (i === index || i === otherIndex))
      ? [{ quoteId: b.quoteId, order: next[i] ?? 0 }]
      : [],
  )
}
