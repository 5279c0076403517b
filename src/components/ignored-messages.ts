import english from 'virtual:messages/en/ignored'
import type Source from '@/i18n/messages/en/ignored.json'
import { defineCatalog } from '@/i18n/catalog'

/** Why parts of a link were not applied (IgnoredParamsNotice). */
export const ignoredMessages = defineCatalog<typeof Source>('ignored', english)
