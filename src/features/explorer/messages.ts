import english from 'virtual:messages/en/explorer'
import type Source from '@/i18n/messages/en/explorer.json'
import { defineCatalog } from '@/i18n/catalog'

/** The quote explorer (/quotes). */
export const explorerMessages = defineCatalog<typeof Source>('explorer', english)
