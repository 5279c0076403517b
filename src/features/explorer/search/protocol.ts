/**
 * Messages from the search worker. It builds the indexes once and hands them over ("ready",
 * typed arrays transferred, not copied), or says why it could not ("failed"); the page then
 * answers every search itself.
 */
import type { PortableIndexes } from '@/domain/search/portable-index'

/** Identifies a corpus cheaply, so both sides can tell they index the same statements. */
export interface CorpusFingerprint {
  readonly size: number
  readonly firstId: string
  readonly lastId: string
}

export type FromWorker =
  | { type: 'ready'; fingerprint: CorpusFingerprint; buildMs: number; indexes: PortableIndexes }
  | { type: 'failed'; message: string }
