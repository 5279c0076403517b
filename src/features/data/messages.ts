import english from 'virtual:messages/en/data'
import type Source from '@/i18n/messages/en/data.json'
import { defineCatalog } from '@/i18n/catalog'

/** /data: the corpus as a dataset. */
export const dataMessages = defineCatalog<typeof Source>('data', english)
