import type { Quote } from '@/domain/corpus/schema'
import type { CorpusFingerprint } from './protocol'

export function fingerprintOf(quotes: readonly Pick<Quote, 'id'>[]): CorpusFingerprint {
  return {
    size: quotes.length,
    firstId: quotes[0]?.id ?? '',
    lastId: quotes[quotes.length - 1]?.id ?? '',
  }
}

export function sameFingerprint(a: CorpusFingerprint, b: CorpusFingerprint): boolean {
  return a.size === b.size && a.firstId === b.firstId && a.lastId === b.lastId
}
