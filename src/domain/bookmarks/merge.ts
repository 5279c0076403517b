/**
 * Merge rules. Two different situations, two functions:
 *
 * - `mergeReplicas`: two copies of the same user's collection (this tab and another tab)
 *   that may each have changed since they last agreed. Per bookmark, the copy that has seen
 *   the other's revision wins; if neither has (two edits made at once), both are kept:
 *   notes are joined and flagged. A removal only beats the exact version it removed, so an
 *   edit made elsewhere at the same time is never lost. The result is the same whichever
 *   side is "local", so two tabs converge on identical state.
 * - `mergeIncoming`: bookmarks from outside (an import file, a shared link) into the
 *   collection: union by quote id, existing notes never overwritten.
 */
import {
  appendHistory,
  MAX_NOTE_LENGTH,
  newBookmark,
  revise,
  type Bookmark,
  type BookmarkSnapshot,
  type Stamp,
  type Tombstone,
} from './bookmark'
import type { PersistedState, SavedView } from './persisted-state'
import { runSteps, STEP, type Steps } from './steps'

/** Tombstones older than this are forgotten: every open tab will have seen them by then. */
const TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000
const MAX_TOMBSTONES = 1000

const knows = (a: { rev: string; history: readonly string[] }, rev: string) =>
  a.rev === rev || a.history.includes(rev)

/** Orders two concurrent versions the same way on every side: older first. */
function canonical(a: Bookmark, b: Bookmark): [Bookmark, Bookmark] {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? [a, b] : [b, a]
  return a.rev < b.rev ? [a, b] : [b, a]
}

/** FNV-1a, enough to give a merged version the same revision id on every side. */
function hashRev(input: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return `m${(h >>> 0).toString(36)}`
}

const NOTE_SEPARATOR = '\n\n— merged from another copy —\n\n'

/** Joins two notes so neither is lost; a note already containing the other is kept as is. */
export function joinNotes(first: string, second: string): { note: string; conflict: boolean } {
  const a = first.trim()
  const b = second.trim()
  if (a === b || b === '' || a.includes(b)) return { note: first, conflict: false }
  if (a === '' || b.includes(a)) return { note: second, conflict: false }
  return { note: `${first}${NOTE_SEPARATOR}${second}`.slice(0, MAX_NOTE_LENGTH), conflict: true }
}

/** One bookmark, two versions: the newer, or for concurrent edits a merge of both. */
export function mergeBookmark(local: Bookmark, remote: Bookmark): Bookmark {
  if (local.rev === remote.rev) return local
  if (knows(local, remote.rev)) return local
  if (knows(remote, local.rev)) return remote
  const [older, newer] = canonical(local, remote)
  const joined = joinNotes(older.note, newer.note)
  return {
    ...newer,
    addedAt: older.addedAt < newer.addedAt ? older.addedAt : newer.addedAt,
    note: joined.note,
    snapshot: newer.snapshot ?? older.snapshot,
    noteConflict: joined.conflict || older.noteConflict || newer.noteConflict || undefined,
    rev: hashRev(`${older.rev}|${newer.rev}`),
    history: appendHistory([...older.history, ...newer.history], [older.rev, newer.rev]),
  }
}

function pruneTombstones(removed: Record<string, Tombstone>, now: number) {
  const kept = Object.values(removed)
    .filter((t) => now - Date.parse(t.removedAt) < TOMBSTONE_TTL_MS)
    .sort((a, b) => (a.removedAt < b.removedAt ? 1 : -1))
    .slice(0, MAX_TOMBSTONES)
  return Object.fromEntries(kept.map((t) => [t.quoteId, t]))
}

/** The bookmark survives a removal unless the removal was of this very version (or a later one). */
function survivesRemoval(bookmark: Bookmark, tombstone: Tombstone): boolean {
  return !knows(tombstone, bookmark.rev)
}

/**
 * Merges two replicas of the persisted collection. Commutative: `mergeReplicas(a, b)` and
 * `mergeReplicas(b, a)` give equal state, so tabs that exchange states converge.
 */
export function mergeReplicas(
  local: PersistedState,
  remote: PersistedState,
  now = Date.now(),
): PersistedState {
  const bookmarks: Record<string, Bookmark> = {}
  const removed: Record<string, Tombstone> = {}
  const ids = new Set([
    ...Object.keys(local.bookmarks),
    ...Object.keys(remote.bookmarks),
    ...Object.keys(local.removed),
    ...Object.keys(remote.removed),
  ])
  for (const id of ids) {
    const a = local.bookmarks[id]
    const b = remote.bookmarks[id]
    let bookmark = a && b ? mergeBookmark(a, b) : (a ?? b)
    const tombstones = [local.removed[id], remote.removed[id]].filter((t) => t !== undefined)
    // The later removal carries the most knowledge; merge both histories into it.
    const tombstone = tombstones.reduce<Tombstone | undefined>(
      (acc, t) =>
        acc
          ? {
              ...(acc.removedAt >= t.removedAt ? acc : t),
              history: appendHistory(appendHistory(acc.history, [acc.rev]), [...t.history, t.rev]),
            }
          : t,
      undefined,
    )
    if (bookmark && tombstone && !survivesRemoval(bookmark, tombstone)) bookmark = undefined
    if (bookmark) bookmarks[id] = bookmark
    else if (tombstone) removed[id] = tombstone
  }

  const removedViews: Record<string, string> = { ...remote.removedViews }
  for (const [id, at] of Object.entries(local.removedViews))
    if (!removedViews[id] || removedViews[id] < at) removedViews[id] = at
  const savedViews: Record<string, SavedView> = {}
  for (const view of [...Object.values(remote.savedViews), ...Object.values(local.savedViews)])
    if (!removedViews[view.id]) savedViews[view.id] = view

  const preferences =
    local.preferences.updatedAt >= remote.preferences.updatedAt
      ? local.preferences
      : remote.preferences
  const sameTime = local.preferences.updatedAt === remote.preferences.updatedAt
  return {
    bookmarks,
    removed: pruneTombstones(removed, now),
    savedViews,
    removedViews,
    preferences:
      sameTime && local.preferences.sort !== remote.preferences.sort
        ? local.preferences.sort < remote.preferences.sort
          ? local.preferences
          : remote.preferences
        : preferences,
  }
}

/**
 * A working copy of a state whose bookmark and removal records may be changed in place: a
 * change of many bookmarks copies the collection once, not once per bookmark (which made an
 * import of 10,000 bookmarks quadratic, see tests/unit/bookmarks/merge-scale.test.ts).
 */
export type Draft = PersistedState

export function draftOf(state: PersistedState): Draft {
  return { ...state, bookmarks: { ...state.bookmarks }, removed: { ...state.removed } }
}

/** Removes a bookmark from a draft, leaving a tombstone for other tabs. */
function removeInto(draft: Draft, quoteId: string, at: string): void {
  const bookmark = draft.bookmarks[quoteId]
  if (!bookmark) return
  delete draft.bookmarks[quoteId]
  draft.removed[quoteId] = { quoteId, removedAt: at, rev: bookmark.rev, history: bookmark.history }
}

/** Puts a bookmark (back) into a draft as a new revision, clearing any tombstone. */
function putInto(draft: Draft, bookmark: Bookmark): void {
  const tombstone = draft.removed[bookmark.quoteId]
  delete draft.removed[bookmark.quoteId]
  // A restored bookmark must be newer than its own removal, or other tabs would drop it again.
  draft.bookmarks[bookmark.quoteId] = tombstone
    ? {
        ...bookmark,
        history: appendHistory(bookmark.history, [...tombstone.history, tombstone.rev]),
      }
    : bookmark
}

/** Removes a bookmark, leaving a tombstone for other tabs. */
export function removeBookmark(state: PersistedState, quoteId: string, at: string): PersistedState {
  return removeBookmarks(state, [quoteId], at)
}

/** Removes several bookmarks at once (one copy of the collection, whatever their number). */
export function removeBookmarks(
  state: PersistedState,
  quoteIds: readonly string[],
  at: string,
): PersistedState {
  if (!quoteIds.some((id) => state.bookmarks[id])) return state
  const draft = draftOf(state)
  for (const id of quoteIds) removeInto(draft, id, at)
  return draft
}

/** Puts a bookmark (back) into the collection as a new revision, clearing any tombstone. */
export function putBookmark(state: PersistedState, bookmark: Bookmark): PersistedState {
  const draft = draftOf(state)
  putInto(draft, bookmark)
  return draft
}

/**
 * Returns the collection to an earlier state (undo), as new revisions, so that the undo
 * itself travels to other tabs like any other edit. Given `after` (the state the undone
 * action left), only bookmarks still exactly as it left them are reverted: one changed since,
 * here or in another tab (a note written on it, a removed bookmark kept for its note), keeps
 * that later change.
 */
export function revertTo(
  current: PersistedState,
  earlier: PersistedState,
  stampFor: (quoteId: string) => Stamp,
  after?: PersistedState,
): PersistedState {
  const state = draftOf(current)
  const ids = new Set([...Object.keys(current.bookmarks), ...Object.keys(earlier.bookmarks)])
  for (const id of ids) {
    const now = current.bookmarks[id]
    const then = earlier.bookmarks[id]
    if (after && after.bookmarks[id]?.rev !== now?.rev) continue
    if (now && !then) removeInto(state, id, stampFor(id).at)
    else if (then && (!now || now.rev !== then.rev)) {
      const stamp = stampFor(id)
      const superseded = now ? [...now.history, now.rev] : []
      const restored: Bookmark = {
        ...then,
        updatedAt: stamp.at,
        rev: stamp.rev,
        history: appendHistory(then.history, [then.rev, ...superseded]),
      }
      putInto(state, restored)
    }
  }
  return state
}

/** One bookmark coming from outside the collection (import file or shared link). */
export interface IncomingBookmark {
  quoteId: string
  addedAt?: string
  note?: string
  snapshot: BookmarkSnapshot | null
  order?: number
}

export interface IncomingMergeResult {
  state: PersistedState
  added: string[]
  /** Already bookmarked and unchanged (or only the missing note filled in). */
  alreadyPresent: string[]
  /** Already bookmarked with a different note: both notes kept, flagged for review. */
  notesJoined: string[]
}

/**
 * Union by quote id. A bookmark already in the collection keeps its note; an incoming note
 * that differs is appended (flagged), never substituted.
 */
export function mergeIncoming(
  state: PersistedState,
  incoming: readonly IncomingBookmark[],
  stampFor: (quoteId: string) => Stamp,
): IncomingMergeResult {
  return runSteps(mergeIncomingSteps(state, incoming, stampFor))
}

/** `mergeIncoming` in steps: it yields now and then, so a caller can let the page breathe. */
export function* mergeIncomingSteps(
  state: PersistedState,
  incoming: readonly IncomingBookmark[],
  stampFor: (quoteId: string) => Stamp,
): Steps<IncomingMergeResult> {
  const next = draftOf(state)
  const added: string[] = []
  const alreadyPresent: string[] = []
  const notesJoined: string[] = []
  const seen = new Set<string>()
  for (const [index, item] of incoming.entries()) {
    if (index % STEP === STEP - 1) yield
    // A list that names a quote twice counts it once: the first entry is the one used.
    if (seen.has(item.quoteId)) continue
    seen.add(item.quoteId)
    const existing = next.bookmarks[item.quoteId]
    const stamp = stampFor(item.quoteId)
    if (!existing) {
      const bookmark = newBookmark(item.quoteId, item.snapshot, stamp, item.note ?? '')
      // Without dates of their own, the list's first item counts as the newest, so that
      // "newest first" shows a shared collection in the order it was shared.
      bookmark.addedAt = item.addedAt ?? new Date(Date.parse(stamp.at) - index).toISOString()
      if (item.order !== undefined) bookmark.order = item.order
      putInto(next, bookmark)
      added.push(item.quoteId)
      continue
    }
    const incomingNote = item.note ?? ''
    const joined = joinNotes(existing.note, incomingNote)
    if (joined.note === existing.note && (existing.snapshot || !item.snapshot)) {
      alreadyPresent.push(item.quoteId)
      continue
    }
    const change: Partial<Bookmark> = { note: joined.note }
    if (!existing.snapshot && item.snapshot) change.snapshot = item.snapshot
    if (joined.conflict) change.noteConflict = true
    putInto(next, revise(existing, change, stamp))
    if (joined.conflict) notesJoined.push(item.quoteId)
    else alreadyPresent.push(item.quoteId)
  }
  return { state: next, added, alreadyPresent, notesJoined }
}
