/**
 * What the URLs of the reading tools carry, `/kwic?q=language&sort=left&session=32` and
 * `/trends?terms=unity,language&measure=count`: their schemas, with a fallback for every field
 * so that no URL can break the route (reading-search.ts then drops and reports wrong values).
 *
 * This module imports nothing but valibot: the router keeps each route's `validateSearch` in
 * the entry bundle (only components and loaders are split off), so whatever a schema imports
 * weighs on the home page's first load.
 */
import * as v from 'valibot'

export const KWIC_SORTS = ['source', 'left', 'right'] as const
export type KwicSort = (typeof KWIC_SORTS)[number]

export const TREND_MEASURES = ['per1000', 'count'] as const
export type TrendMeasure = (typeof TREND_MEASURES)[number]

/** How many terms one trends chart compares. */
export const MAX_TREND_TERMS = 5

const text = v.fallback(v.optional(v.string()), undefined)
const list = v.fallback(v.optional(v.array(v.string())), undefined)

export const KwicSearchSchema = v.object({ q: text, sort: text, session: list })
export type KwicSearch = v.InferOutput<typeof KwicSearchSchema>

export const TrendsSearchSchema = v.object({ terms: list, measure: text })
export type TrendsSearch = v.InferOutput<typeof TrendsSearchSchema>
