import english from 'virtual:messages/en/reading'
import type Source from '@/i18n/messages/en/reading.json'
import { defineCatalog } from '@/i18n/catalog'

/** The reading views: session and topic lists and pages, and the filters they share. */
export const readingMessages = defineCatalog<typeof Source>('reading', english)
