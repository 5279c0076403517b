/**
 * Shared collections travel in the URL: `/bookmarks/shared?ids=q1,q2&title=For+my+brief`.
 * Only quote ids and a title: notes are private and stay on the user's device. The link
 * is capped in length (many chat tools and browsers cut long URLs); what does not fit is
 * reported so the user can send an export file instead.
 */
import * as v from 'valibot'
import { IdSchema } from '../corpus/schema'
import { stringifySearch } from '../url/search-codec'

export const SHARED_PATH = '/bookmarks/shared'
/** Stays under the search codec's per-value cut (2000) with room to spare. */
export const MAX_SHARED_IDS_LENGTH = 1800
export const MAX_SHARED_TITLE_LENGTH = 120

/** Search params of the shared view, every field with a fallback so no URL breaks it. */
export const SharedSearchSchema = v.object({
  ids: v.fallback(v.optional(v.array(v.pipe(v.string(), v.maxLength(200)))), undefined),
  title: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(1000))), undefined),
})
export type SharedSearch = v.InferOutput<typeof SharedSearchSchema>

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
  title: string | undefined
}

/** Reads a shared link's params; never throws. Corpus membership is checked by the caller. */
export function decodeShare(search: SharedSearch): DecodedShare {
  const ids: string[] = []
  const invalid: string[] = []
  for (const raw of search.ids ?? []) {
    if (v.safeParse(IdSchema, raw).success) {
      if (!ids.includes(raw)) ids.push(raw)
    } else invalid.push(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)
  }
  return { ids, invalid, title: cleanTitle(search.title) }
}
