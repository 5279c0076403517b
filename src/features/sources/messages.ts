import english from 'virtual:messages/en/source'
import type Source from '@/i18n/messages/en/source.json'
import { defineCatalog } from '@/i18n/catalog'

export const sourceMessages = defineCatalog<typeof Source>('source', english)
