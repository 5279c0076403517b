import english from 'virtual:messages/en/add'
import type Source from '@/i18n/messages/en/add.json'
import { defineCatalog } from '@/i18n/catalog'

/** /add: a document pasted or dropped, its metadata, the preview and the corrections. */
export const addMessages = defineCatalog<typeof Source>('add', english)
