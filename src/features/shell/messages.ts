import english from 'virtual:messages/en/shell'
import type Source from '@/i18n/messages/en/shell.json'
import { defineCatalog } from '@/i18n/catalog'

/** The frame of every page: header, navigation, footer, not-found and error panels. */
export const shellMessages = defineCatalog<typeof Source>('shell', english)
