/**
 * One statement with everything an export, a citation or the dataset says about it, resolved
 * from the corpus model (speaker, session, source and topics by name). Every export format is a
 * rendering of these records.
 */
import { snapshotQuote, type BookmarkSnapshot } from '../bookmarks/bookmark'
import { quoteLink } from '../bookmarks/resolve'
import type { CorpusModel } from '../corpus/model'
import type { Quote, SourceKind } from '../corpus/schema'

export interface StatementRecord extends BookmarkSnapshot {
  id: string
  /** The statement's page, absolute. */
  permalink: string
  speakerRole: string
  /** The session's number, e.g. "32" (what URLs and the dataset carry). */
  sessionNumber: string
  sourceKind: SourceKind | ''
  sourceDate: string
  publisher: string | null
  sourceUrl: string | null
  language: string
  section: string | null
  corroboratedBy: string[]
  echoes: string[]
}

/** `appBaseUrl`: the app's absolute base URL ("https://host/explorer/"), for the permalink. */
export function statementRecord(
  model: CorpusModel,
  quote: Quote,
  appBaseUrl: string,
): StatementRecord {
  const source = model.sourceById.get(quote.sourceId)
  const speaker = model.speakerById.get(quote.speakerId)
  return {
    ...snapshotQuote(model, quote),
    id: quote.id,
    permalink: quoteLink(appBaseUrl, quote.id),
    speakerRole: speaker?.role ?? '',
    sessionNumber: quote.sessionId,
    sourceKind: source?.kind ?? '',
    sourceDate: source?.date ?? '',
    publisher: source?.publisher ?? null,
    sourceUrl: source?.url ?? null,
    language: source?.language ?? '',
    section: quote.section,
    corroboratedBy: [...quote.corroboratedBy],
    echoes: [...quote.echoes],
  }
}

/** Records of the given statements, in the given order. */
export function statementRecords(
  model: CorpusModel,
  quotes: Iterable<Quote>,
  appBaseUrl: string,
): StatementRecord[] {
  return Array.from(quotes, (q) => statementRecord(model, q, appBaseUrl))
}
