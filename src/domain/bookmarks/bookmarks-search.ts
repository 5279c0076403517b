/**
 * The /bookmarks URL: `?session=32&topic=language-policy` filters the collection, so a
 * filtered view of one's own bookmarks can be reloaded or kept as a browser bookmark.
 */
import * as v from 'valibot'

const list = v.fallback(v.optional(v.array(v.pipe(v.string(), v.maxLength(80)))), undefined)

export const BookmarksSearchSchema = v.object({
  session: list,
  topic: list,
})
export type BookmarksSearch = v.InferOutput<typeof BookmarksSearchSchema>
