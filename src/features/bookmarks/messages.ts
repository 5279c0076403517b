import english from 'virtual:messages/en/bookmarks'
import type Source from '@/i18n/messages/en/bookmarks.json'
import { defineCatalog } from '@/i18n/catalog'

/** Bookmarks: the collection (/bookmarks), a shared collection, the toggle, import and export. */
export const bookmarksMessages = defineCatalog<typeof Source>('bookmarks', english)
