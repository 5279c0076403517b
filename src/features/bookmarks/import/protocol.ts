import type { IncomingBookmark } from '@/domain/bookmarks/merge'
import type { SavedView } from '@/domain/bookmarks/persisted-state'
import type { SetAsideEntry } from '@/domain/bookmarks/salvage'

/** The page asks the worker to read one file. */
export interface ReadRequest {
  file: Blob
  name: string
}

/**
 * The worker answers in parts: a large file's entries come a batch at a time, so that taking
 * them in (a structured clone) never holds the page for long; `done` ends the answer.
 */
export type ReadReply =
  | { kind: 'bookmarks'; items: IncomingBookmark[] }
  | { kind: 'setAside'; entries: SetAsideEntry[] }
  | { kind: 'done'; ok: true; savedViews: SavedView[] }
  | { kind: 'done'; ok: false; problem: string }

/** Entries per message. */
export const BATCH = 500
