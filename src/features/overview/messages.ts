import english from 'virtual:messages/en/overview'
import type Source from '@/i18n/messages/en/overview.json'
import { defineCatalog } from '@/i18n/catalog'

/** The front page. */
export const overviewMessages = defineCatalog<typeof Source>('overview', english)
