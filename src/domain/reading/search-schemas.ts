/**
 * What the URLs of the reading tools carry, `/kwic?q=language&sort=left&session=32` and
 * `/trends?terms=unity,language&measure=count`: their schemas, with a fallback for every field
 * so that no URL can break the route (reading-search.ts then drops and reports wrong values).
 *
 * This module imports nothing but valibot: the router keeps each route's `validateSearch` in
 * the entry bundle (only components and loaders are split off), so whatever a schema imports
 * weighs on the home page's first load. The values they take are in options.ts.
 */
import * as v from 'valibot'

const text = v.fallback(v.optional(v.string()), undefined)
const list = v.fallback(v.optional(v.array(v.string())), undefined)

export const KwicSearchSchema = v.object({ q: text, sort: text, session: list })
export type KwicSearch = v.InferOutput<typeof KwicSearchSchema>

export const TrendsSearchSchema = v.object({ terms: list, measure: text })
export type TrendsSearch = v.InferOutput<typeof TrendsSearchSchema>
