import english from 'virtual:messages/en/words'
import type Source from '@/i18n/messages/en/words.json'
import { defineCatalog } from '@/i18n/catalog'

/** The reading tools: keyword in context (/kwic) and term trends (/trends). */
export const wordsMessages = defineCatalog<typeof Source>('words', english)
