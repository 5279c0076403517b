/**
 * Shared collections travel in the URL: `/bookmarks/shared?ids=q1,q2&title=For+my+brief`.
 * Only quote ids and a title: notes are private and stay on the user's device. The link
 * is capped in length (many chat tools and browsers cut long URLs); what does not fit is
 * reported so the user can send an export file instead.
 */
import * as v from 'valibot'
import { IdSchema } from '../corpus/schema'
import { stringifySearch } from '../url/search-codec'
import type { SharedSearch } from './shared-search'

export const SHARED_PATH = '/bookmarks/shared'
/** Stays under the search codec's per-value cut (2000) with room to spare. */
export const MAX_SHARED_IDS_LENGTH = 1800
export const MAX_SHARED_TITLE_LENGTH = 120

export interface ShareLink {
  search: { ids: string[]; title?: string }
  /** Path plus query, relative to the app's base. */
  path: string
  /** Ids that did not fit into the link. */
  omitted: string[]
}

export function cleanTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim().slice(0, MAX_SHARED_TITLE_LENGTH)
  return t ? t : undefined
}

/** Builds the shared-collection link for ids in display order. */
export function buildShareLink(ids: readonly string[], title?: string): ShareLink {
  const kept: string[] = []
  const omitted: string[] = []
  let length = 0
  for (const id of new Set(ids)) {
    const cost = id.length + (kept.length > 0 ? 1 : 0)
    if (omitted.length === 0 && length + cost <= MAX_SHARED_IDS_LENGTH) {
      kept.push(id)
      length += cost
    } else omitted.push(id)
  }
  const search: ShareLink['search'] = { ids: kept }
  const cleaned = cleanTitle(title)
  if (cleaned) search.title = cleaned
  return { search, path: `${SHARED_PATH}${stringifySearch(search)}`, omitted }
}

export interface DecodedShare {
  /** Well-formed ids, de-duplicated, in link order. */
  ids: string[]
  /** Values that are not quote ids at all. */
  invalid: string[]
  /** Values far too long to be quote ids: their start, and their length. */
  tooLong: { shown: string; length: number }[]
  title: string | undefined
  /** The title's length in the link (whitespace runs counted once), to say when it was cut. */
  titleLength: number
}

/** Longer than any quote id could be (ids are at most 64 characters). */
const MAX_ID_LENGTH = 64

/** Reads a shared link's params; never throws. Corpus membership is checked by the caller. */
export function decodeShare(search: SharedSearch): DecodedShare {
  const ids: string[] = []
  const invalid: string[] = []
  const tooLong: DecodedShare['tooLong'] = []
  for (const raw of search.ids ?? []) {
    if (v.safeParse(IdSchema, raw).success) {
      if (!ids.includes(raw)) ids.push(raw)
    } else if (raw.length > MAX_ID_LENGTH)
      tooLong.push({ shown: `${raw.slice(0, 40)}…`, length: raw.length })
    else invalid.push(raw)
  }
  const titleLength = search.title?.replace(/\s+/g, ' ').trim().length ?? 0
  return { ids, invalid, tooLong, title: cleanTitle(search.title), titleLength }
}
