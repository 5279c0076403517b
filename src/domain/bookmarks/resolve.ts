/**
 * Joins a bookmark with the corpus that is loaded now. Quote ids are stable across corpus
 * builds, so a bookmark normally finds its quote; when it does not, the saved snapshot is
 * what the user sees, marked as no longer in the corpus.
 */
import type { CorpusModel } from '../corpus/model'
import { snapshotQuote, type Bookmark, type BookmarkSnapshot } from './bookmark'

export interface ResolvedBookmark {
  bookmark: Bookmark
  /** From the corpus when the quote is there, else the saved snapshot (null: nothing known). */
  snapshot: BookmarkSnapshot | null
  inCorpus: boolean
}

export function resolveBookmark(bookmark: Bookmark, model: CorpusModel): ResolvedBookmark {
  const quote = model.quoteById.get(bookmark.quoteId)
  if (quote) return { bookmark, snapshot: snapshotQuote(model, quote), inCorpus: true }
  return { bookmark, snapshot: bookmark.snapshot, inCorpus: false }
}

export interface BookmarkFilter {
  sessions: readonly string[]
  topics: readonly string[]
}

/** Session and topic filters over resolved bookmarks (empty list = no filter on that facet). */
export function matchesBookmarkFilter(item: ResolvedBookmark, filter: BookmarkFilter): boolean {
  const s = item.snapshot
  if (filter.sessions.length > 0 && !(s && filter.sessions.includes(s.sessionId))) return false
  if (filter.topics.length > 0 && !(s && filter.topics.some((t) => s.topicIds.includes(t))))
    return false
  return true
}

/** The app-internal link of a quote's page, e.g. "/quotes/q31-unity". */
export function quotePath(quoteId: string): string {
  return `/quotes/${encodeURIComponent(quoteId)}`
}

/** Absolute link to a quote's page, given the app's absolute base URL ("https://host/base/"). */
export function quoteLink(appBaseUrl: string, quoteId: string): string {
  return `${appBaseUrl.replace(/\/+$/, '')}${quotePath(quoteId)}`
}
