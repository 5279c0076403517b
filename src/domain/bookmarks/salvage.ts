/**
 * Reading a collection entry by entry, so that one bad entry never hides the rest.
 *
 * Stored data and import files are checked one bookmark, removal and saved view at a time:
 * every entry that validates is kept; an entry that does not is set aside, whole and
 * untouched, with where it was, which field is wrong and why. Only a collection whose frame
 * is unreadable (not an object, a list where a record belongs) is refused as a whole.
 */
import * as v from 'valibot'
import {
  BookmarkSchema,
  emptyPersistedState,
  PERSIST_VERSION,
  PreferencesSchema,
  SavedViewSchema,
  TombstoneSchema,
  UnreadableStateError,
  type PersistedState,
} from './persisted-state'

/** One entry that could not be read, kept as it was. */
export interface SetAsideEntry {
  /** Where it was: `bookmarks.q31-unity`, `bookmarks[3]`, `savedViews[1]`. */
  path: string
  /** What it is, for a person: `bookmark “q31-unity”`, `saved view “Phish”`. */
  label: string
  /** The field that is wrong (`addedAt`), or '' when the entry as a whole is. */
  field: string
  reason: string
  /** The entry exactly as found. */
  value: unknown
}

/** "bookmark “q31-unity” (bookmarks[3]): addedAt: Invalid timestamp: Received "yesterday"" */
export function describeSetAside(entry: SetAsideEntry): string {
  return `${entry.label} (${entry.path}): ${entry.field ? `${entry.field}: ` : ''}${entry.reason}`
}

/** A few entries described, then how many more. */
export function describeSetAsideList(entries: readonly SetAsideEntry[], max = 5): string {
  const shown = entries.slice(0, max).map(describeSetAside)
  if (entries.length > max) shown.push(`and ${entries.length - max} more`)
  return shown.join('; ')
}

const KINDS = {
  bookmarks: 'bookmark',
  removed: 'removal record',
  savedViews: 'saved view',
  removedViews: 'deleted-view record',
} as const

export type Section = keyof typeof KINDS

function labelFor(section: Section, key: string, value: unknown): string {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  const name =
    section === 'savedViews' && typeof record.name === 'string'
      ? record.name
      : typeof record.quoteId === 'string'
        ? record.quoteId
        : key
  // Entries of a list without a name of their own are numbered: "bookmark #4".
  if (name.startsWith('#') && name === key) return `${KINDS[section]} ${name}`
  return `${KINDS[section]} “${name.length > 60 ? `${name.slice(0, 60)}…` : name}”`
}

/** Validates one entry; on failure, the set-aside record for it. */
export function checkEntry<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
  where: { section: Section; key: string; path: string },
): { ok: true; value: v.InferOutput<TSchema> } | { ok: false; entry: SetAsideEntry } {
  const result = v.safeParse(schema, value)
  if (result.success) return { ok: true, value: result.output }
  const issue = result.issues[0]
  return {
    ok: false,
    entry: {
      path: where.path,
      label: labelFor(where.section, where.key, value),
      field: (issue && v.getDotPath(issue)) ?? '',
      reason: issue?.message ?? 'not readable',
      value,
    },
  }
}

export interface Salvaged {
  state: PersistedState
  setAside: SetAsideEntry[]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)

/**
 * Current-version stored state, entry by entry. Throws UnreadableStateError only when the
 * frame itself is unreadable.
 */
export function salvagePersistedState(state: unknown): Salvaged {
  if (!isRecord(state))
    throw new UnreadableStateError(
      'The saved bookmarks are not in a shape this version understands.',
    )
  const out = emptyPersistedState()
  const setAside: SetAsideEntry[] = []
  const sectionOf = (section: Section): Record<string, unknown> => {
    const value = state[section]
    if (value === undefined) return {}
    if (!isRecord(value))
      throw new UnreadableStateError(
        'The saved bookmarks are not in a shape this version understands.',
        `${section}: must be a record`,
      )
    return value
  }
  const each = <TSchema extends v.GenericSchema>(
    section: Section,
    schema: TSchema,
    accept: (key: string, value: v.InferOutput<TSchema>) => string | null,
  ) => {
    for (const [key, value] of Object.entries(sectionOf(section))) {
      const path = `${section}.${key}`
      const checked = checkEntry(schema, value, { section, key, path })
      if (!checked.ok) {
        setAside.push(checked.entry)
        continue
      }
      const problem = accept(key, checked.value)
      if (problem)
        setAside.push({
          path,
          label: labelFor(section, key, value),
          field: '',
          reason: problem,
          value,
        })
    }
  }
  each('bookmarks', BookmarkSchema, (key, bookmark) => {
    if (key !== bookmark.quoteId) return `stored under “${key}” but names “${bookmark.quoteId}”`
    out.bookmarks[key] = bookmark
    return null
  })
  each('removed', TombstoneSchema, (key, tombstone) => {
    if (key !== tombstone.quoteId) return `stored under “${key}” but names “${tombstone.quoteId}”`
    out.removed[key] = tombstone
    return null
  })
  each('savedViews', SavedViewSchema, (key, view) => {
    if (key !== view.id) return `stored under “${key}” but its id is “${view.id}”`
    out.savedViews[key] = view
    return null
  })
  each('removedViews', v.pipe(v.string(), v.isoTimestamp()), (key, at) => {
    out.removedViews[key] = at
    return null
  })
  const preferences = v.safeParse(PreferencesSchema, state.preferences)
  if (preferences.success) out.preferences = preferences.output
  // Preferences are a choice of order, not the user's work: the default replaces bad ones.
  return { state: out, setAside }
}

/**
 * What to keep aside for entries set aside from stored data: a persist envelope holding
 * just those entries, in their places, with the reasons. The Import panel reads it back and
 * lists each entry with its reason.
 */
export function setAsideEnvelope(entries: readonly SetAsideEntry[]): string {
  const state: Record<string, Record<string, unknown>> = {}
  for (const entry of entries) {
    const dot = entry.path.indexOf('.')
    const section = entry.path.slice(0, dot)
    const key = entry.path.slice(dot + 1)
    ;(state[section] ??= {})[key] = entry.value
  }
  return JSON.stringify({
    state,
    version: PERSIST_VERSION,
    setAside: entries.map((entry) => ({
      path: entry.path,
      field: entry.field,
      reason: entry.reason,
    })),
  })
}
