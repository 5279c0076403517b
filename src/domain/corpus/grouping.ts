/**
 * Orderings and groupings of statements for the session and topic pages.
 */
import type { CorpusModel } from './model'
import type { Quote, Topic } from './schema'

/**
 * Reading order: sources in corpus order, then each statement's position in its source,
 * so statements read as the documents present them.
 */
export function inSourceOrder(model: CorpusModel, quotes: readonly Quote[]): Quote[] {
  const sourceRank = new Map(model.corpus.sources.map((s, i) => [s.id, i]))
  return [...quotes].sort(
    (a, b) =>
      (sourceRank.get(a.sourceId) ?? 0) - (sourceRank.get(b.sourceId) ?? 0) || a.order - b.order,
  )
}

export interface TopicGroup {
  /** null for statements without a topic. */
  topic: Topic | null
  quotes: Quote[]
}

/**
 * Groups statements under one topic each, so a statement with several topics is listed once:
 * under the first of its topics that the reader filtered by, else under its first topic.
 * Groups follow the curated topic order; untagged statements come last.
 */
export function groupByTopic(
  model: CorpusModel,
  quotes: readonly Quote[],
  preferredTopicIds: readonly string[] = [],
): TopicGroup[] {
  const buckets = new Map<string | null, Quote[]>()
  for (const quote of inSourceOrder(model, quotes)) {
    const known = quote.topicIds.filter((t) => model.topicById.has(t))
    const key = known.find((t) => preferredTopicIds.includes(t)) ?? known[0] ?? null
    const bucket = buckets.get(key)
    if (bucket) bucket.push(quote)
    else buckets.set(key, [quote])
  }
  const groups: TopicGroup[] = []
  for (const topic of model.topics) {
    const bucket = buckets.get(topic.id)
    if (bucket) groups.push({ topic, quotes: bucket })
  }
  const untagged = buckets.get(null)
  if (untagged) groups.push({ topic: null, quotes: untagged })
  return groups
}

/** The statements of one session, in reading order. */
export function sessionQuotes(model: CorpusModel, sessionId: string): Quote[] {
  return inSourceOrder(
    model,
    model.corpus.quotes.filter((q) => q.sessionId === sessionId),
  )
}

/** The statements tagged with a topic, in reading order. */
export function topicQuotes(model: CorpusModel, topicId: string): Quote[] {
  return inSourceOrder(
    model,
    model.corpus.quotes.filter((q) => q.topicIds.includes(topicId)),
  )
}

/** Resolves ids to statements, skipping any the corpus does not hold. */
export function quotesByIds(model: CorpusModel, ids: readonly string[]): Quote[] {
  return ids.flatMap((id) => {
    const quote = model.quoteById.get(id)
    return quote ? [quote] : []
  })
}
