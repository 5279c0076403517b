import english from 'virtual:messages/en/origin'
import type Source from '@/i18n/messages/en/origin.json'
import { defineCatalog } from '@/i18n/catalog'

/**
 * Words for where statements come from: the published corpus or the user's own documents
 * (the origin facet, the "your document" mark, and links to documents added in another browser).
 */
export const originMessages = defineCatalog<typeof Source>('origin', english)
