/**
 * Where a statement comes from: the published corpus, or a document the user saved in this
 * browser (their workspace). The same words name the origin facet's values in URLs
 * (`?origin=workspace`), so a link says which statements it means.
 */
export const ORIGINS = ['corpus', 'workspace'] as const
export type Origin = (typeof ORIGINS)[number]
