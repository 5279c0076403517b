/**
 * The values the reading tools' URL settings take (checked by reading-search.ts). Apart from
 * the schemas (search-schemas.ts), which the entry bundle carries, so the home page does not.
 */
export const KWIC_SORTS = ['source', 'left', 'right'] as const
export type KwicSort = (typeof KWIC_SORTS)[number]

export const TREND_MEASURES = ['per1000', 'count'] as const
export type TrendMeasure = (typeof TREND_MEASURES)[number]

/** How many terms one trends chart compares. */
export const MAX_TREND_TERMS = 5
