import * as v from 'valibot'

/**
 * Where a statement comes from: the published corpus, or a document the user saved in this
 * browser (their workspace). The same words name the origin facet's values in URLs
 * (`?origin=workspace`), so a link says which statements it means.
 */
export const ORIGINS = ['corpus', 'workspace'] as const
export type Origin = (typeof ORIGINS)[number]

/**
 * The search params of a statement's or a source's page: `?origin=workspace` marks a link to
 * one of the user's own documents (the page adds it to its address), so that whoever opens
 * it in another browser, where that document is not, is told so instead of "not found".
 */
export const OriginSearchSchema = v.object({
  // A list, as the explorer's origin facet is (the URL codec reads `origin` as one).
  origin: v.fallback(v.optional(v.array(v.string())), undefined),
})

/** The origin a statement's or a source's link names: `workspace` when it is marked so. */
export function linkedOrigin(search: v.InferOutput<typeof OriginSearchSchema>): Origin {
  return search.origin?.includes('workspace') ? 'workspace' : 'corpus'
}
