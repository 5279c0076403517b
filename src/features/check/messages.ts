import english from 'virtual:messages/en/check'
import type Source from '@/i18n/messages/en/check.json'
import { defineCatalog } from '@/i18n/catalog'

/** /check ("Did he say that?"). */
export const checkMessages = defineCatalog<typeof Source>('check', english)
