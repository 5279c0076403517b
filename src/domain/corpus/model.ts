/**
 * An indexed, read-only view over a validated corpus: lookups by id and the groupings
 * every view needs, computed once when the corpus loads.
 */
import type { Origin } from './origin'
import type { Corpus, Quote, Session, Source, Speaker, Topic } from './schema'

export interface CorpusModel {
  readonly corpus: Corpus
  readonly sessions: readonly Session[]
  readonly topics: readonly Topic[]
  readonly sessionById: ReadonlyMap<string, Session>
  readonly sourceById: ReadonlyMap<string, Source>
  readonly speakerById: ReadonlyMap<string, Speaker>
  readonly topicById: ReadonlyMap<string, Topic>
  readonly quoteById: ReadonlyMap<string, Quote>
  /** Quotes of each source, in order of appearance. */
  readonly quotesBySource: ReadonlyMap<string, readonly Quote[]>
  /**
   * The sources that are the user's own documents (saved in this browser, joined to the
   * published corpus by src/domain/workspace/merge-workspace.ts); empty for the published
   * corpus alone.
   */
  readonly workspaceSourceIds: ReadonlySet<string>
}

const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]))

export function buildCorpusModel(
  corpus: Corpus,
  workspaceSourceIds: ReadonlySet<string> = new Set(),
): CorpusModel {
  const quotesBySource = new Map<string, Quote[]>()
  for (const q of corpus.quotes) {
    const list = quotesBySource.get(q.sourceId)
    if (list) list.push(q)
    else quotesBySource.set(q.sourceId, [q])
  }
  for (const list of quotesBySource.values()) list.sort((a, b) => a.start - b.start)
  return {
    corpus,
    sessions: [...corpus.sessions].sort((a, b) => a.number - b.number),
    topics: corpus.topics,
    sessionById: byId(corpus.sessions),
    sourceById: byId(corpus.sources),
    speakerById: byId(corpus.speakers),
    topicById: byId(corpus.topics),
    quoteById: byId(corpus.quotes),
    quotesBySource,
    workspaceSourceIds,
  }
}

/**
 * Whether a source (and so each of its statements: pass `quote.sourceId`) is published or one
 * of the user's own documents.
 */
export function originOf(model: Pick<CorpusModel, 'workspaceSourceIds'>, sourceId: string): Origin {
  return model.workspaceSourceIds.has(sourceId) ? 'workspace' : 'corpus'
}
