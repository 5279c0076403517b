import english from 'virtual:messages/en/bookmark-banner'
import type Source from '@/i18n/messages/en/bookmark-banner.json'
import { defineCatalog } from '@/i18n/catalog'

/**
 * The one-line storage warning on every page (storage-banner.tsx): a namespace of its own, so
 * that the home page's first load carries these few words and not the whole bookmarks catalog.
 */
export const bookmarkBannerMessages = defineCatalog<typeof Source>('bookmark-banner', english)
