import english from 'virtual:messages/en/corpus'
import type Source from '@/i18n/messages/en/corpus.json'
import { defineCatalog } from '@/i18n/catalog'

/** Words for the corpus's things that every view shares: kinds, sessions, sources, counts. */
export const corpusMessages = defineCatalog<typeof Source>('corpus', english)
