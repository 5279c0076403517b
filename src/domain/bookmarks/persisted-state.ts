/**
 * What the bookmarks store keeps in localStorage, per format version, and how older
 * versions are brought up to date.
 *
 * Version history (the `version` field of zustand's persist envelope `{ state, version }`):
 *
 * - v0 (the first prototype, never shipped widely): `{ ids: string[], notes: Record<id, string> }`.
 *   `ids` were in the order they were added (oldest first); there were no dates, snapshots or
 *   saved views. Migration keeps every id and note, gives them synthetic `addedAt` times one
 *   millisecond apart that keep the order, and leaves `snapshot` null for the app to fill in
 *   from the corpus.
 * - v1 (current): see `PersistedStateV1Schema`.
 *
 * Anything that does not validate is not "fixed" here: callers keep the raw data aside
 * (the store's quarantine) rather than lose it.
 */
import * as v from 'valibot'
import { describeIssues } from '../schema-issues'
import { IdSchema, QUOTE_KINDS } from '../corpus/schema'
import { checkAppPath, isAppPath, MAX_APP_PATH_LENGTH } from '../url/app-path'
import {
  BOOKMARK_SORTS,
  MAX_NOTE_LENGTH,
  newBookmark,
  type Bookmark,
  type BookmarkSort,
  type Tombstone,
} from './bookmark'

export const PERSIST_VERSION = 1

const IsoTimestamp = v.pipe(v.string(), v.isoTimestamp())
const Rev = v.pipe(v.string(), v.minLength(1), v.maxLength(64))

export const SnapshotSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(50_000)),
  speakerName: v.string(),
  sessionLabel: v.string(),
  sessionId: v.string(),
  date: v.string(),
  sourceTitle: v.string(),
  sourceId: v.string(),
  kind: v.picklist(QUOTE_KINDS),
  topicIds: v.array(v.string()),
  topicLabels: v.array(v.string()),
  citation: v.string(),
})

export const BookmarkSchema = v.object({
  quoteId: IdSchema,
  addedAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
  snapshot: v.nullable(SnapshotSchema),
  order: v.optional(v.pipe(v.number(), v.finite())),
  noteConflict: v.optional(v.boolean()),
  rev: Rev,
  history: v.array(Rev),
})

export const TombstoneSchema = v.object({
  quoteId: IdSchema,
  removedAt: IsoTimestamp,
  rev: Rev,
  history: v.array(Rev),
})

export const SavedViewSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /**
   * Path plus query string inside the app, e.g. "/quotes?topic=language": only ever a page of
   * this app (see url/app-path.ts), whoever wrote the data.
   */
  url: v.pipe(
    v.string(),
    v.maxLength(MAX_APP_PATH_LENGTH),
    v.check(isAppPath, (issue) => {
      const check = checkAppPath(issue.input)
      return check.ok ? 'not a page of this app' : `not a page of this app: ${check.reason}`
    }),
  ),
  createdAt: IsoTimestamp,
})

export const PreferencesSchema = v.object({
  sort: v.picklist(BOOKMARK_SORTS),
  updatedAt: IsoTimestamp,
})

export const PersistedStateV1Schema = v.object({
  bookmarks: v.record(v.string(), BookmarkSchema),
  removed: v.record(v.string(), TombstoneSchema),
  savedViews: v.record(v.string(), SavedViewSchema),
  /** Saved-view id → ISO time it was deleted. */
  removedViews: v.record(v.string(), IsoTimestamp),
  preferences: PreferencesSchema,
})

export const PersistedStateV0Schema = v.object({
  ids: v.array(IdSchema),
  notes: v.optional(v.record(v.string(), v.string()), {}),
})

export type SavedView = v.InferOutput<typeof SavedViewSchema>
export type Preferences = v.InferOutput<typeof PreferencesSchema>
export type PersistedState = v.InferOutput<typeof PersistedStateV1Schema>
export type PersistedStateV0 = v.InferOutput<typeof PersistedStateV0Schema>

// Compile-time checks that the schemas and the hand-written model agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _bookmarkMatches: Same<v.InferOutput<typeof BookmarkSchema>, Bookmark> = true
const _tombstoneMatches: Same<v.InferOutput<typeof TombstoneSchema>, Tombstone> = true
const _sortMatches: Same<Preferences['sort'], BookmarkSort> = true
void [_bookmarkMatches, _tombstoneMatches, _sortMatches]

export function emptyPersistedState(at = new Date(0).toISOString()): PersistedState {
  return {
    bookmarks: {},
    removed: {},
    savedViews: {},
    removedViews: {},
    preferences: { sort: 'newest', updatedAt: at },
  }
}

/** Thrown when stored data is not a shape this app knows; the caller keeps it aside. */
export class UnreadableStateError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message)
    this.name = 'UnreadableStateError'
  }
}

/** Validates current-version state; throws UnreadableStateError with the first problems. */
export function parsePersistedState(state: unknown): PersistedState {
  const result = v.safeParse(PersistedStateV1Schema, state)
  if (!result.success)
    throw new UnreadableStateError(
      'The saved bookmarks are not in a shape this version understands.',
      describeIssues(result.issues),
    )
  for (const [key, bookmark] of Object.entries(result.output.bookmarks))
    if (key !== bookmark.quoteId)
      throw new UnreadableStateError('The saved bookmarks are inconsistent.', `key ${key}`)
  return result.output
}

/**
 * Brings stored state of any known version to the current one, validating it on the way.
 * `now` is the migration time (v0 had no dates); `revFor` names the new revisions.
 */
export function migratePersistedState(
  state: unknown,
  fromVersion: number,
  now: Date,
  revFor: (quoteId: string) => string,
): PersistedState {
  if (fromVersion === PERSIST_VERSION) return parsePersistedState(state)
  if (fromVersion === 0) {
    const result = v.safeParse(PersistedStateV0Schema, state)
    if (!result.success)
      throw new UnreadableStateError(
        'The saved bookmarks (format 0) could not be read.',
        describeIssues(result.issues),
      )
    const out = emptyPersistedState(now.toISOString())
    const ids = [...new Set(result.output.ids)]
    ids.forEach((quoteId, index) => {
      // Oldest first in v0: keep that order by spacing the synthetic times a millisecond apart.
      const at = new Date(now.getTime() - (ids.length - index)).toISOString()
      const note = (result.output.notes[quoteId] ?? '').slice(0, MAX_NOTE_LENGTH)
      out.bookmarks[quoteId] = newBookmark(quoteId, null, { at, rev: revFor(quoteId) }, note)
    })
    return out
  }
  throw new UnreadableStateError(
    `The saved bookmarks are in format ${fromVersion}, which this version of the app does not know.`,
  )
}

/** JSON with object keys sorted, so equal states compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(
          Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : val,
  )
}

export function samePersistedState(a: PersistedState, b: PersistedState): boolean {
  return canonicalJson(a) === canonicalJson(b)
}
