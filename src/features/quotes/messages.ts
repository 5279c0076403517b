import english from 'virtual:messages/en/statement'
import type Source from '@/i18n/messages/en/statement.json'
import { defineCatalog } from '@/i18n/catalog'

export const statementMessages = defineCatalog<typeof Source>('statement', english)
