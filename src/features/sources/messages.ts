import english from 'virtual:messages/en/source'
import englishSources from 'virtual:messages/en/sources'
import type Source from '@/i18n/messages/en/source.json'
import type LeftOut from '@/i18n/messages/en/sources.json'
import { defineCatalog } from '@/i18n/catalog'

export const sourceMessages = defineCatalog<typeof Source>('source', english)

/** Words of the source page for the passages the corpus left out, and why. */
export const sourcesMessages = defineCatalog<typeof LeftOut>('sources', englishSources)
