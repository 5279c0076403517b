/**
 * The search params of the shared-collection view (`/bookmarks/shared?ids=…&title=…`), apart
 * from the code that builds and reads share links (share-url.ts): the route's schema is in the
 * first load of every page, the rest only where a collection is shared or opened.
 */
import * as v from 'valibot'

/**
 * Every field with a fallback so no URL breaks the view. Lengths are not limited here (the
 * codec caps every value): an over-long id or title is reported by `decodeShare`, never dropped
 * without a word.
 */
export const SharedSearchSchema = v.object({
  ids: v.fallback(v.optional(v.array(v.string())), undefined),
  title: v.fallback(v.optional(v.string()), undefined),
})
export type SharedSearch = v.InferOutput<typeof SharedSearchSchema>
