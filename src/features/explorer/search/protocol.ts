/**
 * Messages between the explorer and its search worker. Every search carries an id; the
 * client keeps at most one search in flight and one waiting (the latest), so a fast typist
 * never builds a queue and stale answers are dropped.
 */
import type { SearchRequest, SearchResult } from '@/domain/search/search-engine'

/** Identifies a corpus cheaply, so both sides can tell they index the same statements. */
export interface CorpusFingerprint {
  readonly size: number
  readonly firstId: string
  readonly lastId: string
}

export type ToWorker = { type: 'search'; id: number; request: SearchRequest }

export type FromWorker =
  | { type: 'ready'; fingerprint: CorpusFingerprint; buildMs: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: SearchResult; searchMs: number }
