import english from 'virtual:messages/en/views'
import type Source from '@/i18n/messages/en/views.json'
import { defineCatalog } from '@/i18n/catalog'

/**
 * Words shared by the list and comparison views (filters, exports, word-by-word comparison),
 * apart from the corpus namespace so that the front page does not carry them.
 */
export const viewMessages = defineCatalog<typeof Source>('views', english)
