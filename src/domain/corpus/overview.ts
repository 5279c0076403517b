/**
 * What the corpus holds, at a glance: per-session summaries and the topic × session map
 * the overview draws.
 */
import type { CorpusModel } from './model'
import type { Session, Source, Topic } from './schema'

export interface SessionSummary {
  session: Session
  sources: readonly Source[]
  statementCount: number
  directCount: number
}

/** Each session (in number order) with its source documents and how many statements they give. */
export function sessionSummaries(model: CorpusModel): SessionSummary[] {
  return model.sessions.map((session) => {
    const sources = model.corpus.sources.filter((s) => s.sessionId === session.id)
    const quotes = model.corpus.quotes.filter((q) => q.sessionId === session.id)
    return {
      session,
      sources,
      statementCount: quotes.length,
      directCount: quotes.filter((q) => q.kind === 'direct').length,
    }
  })
}

export interface TopicSessionRow {
  topic: Topic
  /** Statement counts in the order of `TopicSessionMatrix.sessions`. */
  counts: number[]
  total: number
}

export interface TopicSessionMatrix {
  sessions: readonly Session[]
  rows: TopicSessionRow[]
  /** Statements per session over all topics; a statement with two topics counts once. */
  sessionTotals: number[]
  /** The largest cell, for scaling a heat map. */
  max: number
}

/**
 * How many statements each topic has in each session. A statement tagged with two topics
 * counts in both rows, as it does in the explorer when filtered by either topic.
 */
export function topicSessionMatrix(model: CorpusModel): TopicSessionMatrix {
  const sessions = model.sessions
  const column = new Map(sessions.map((s, i) => [s.id, i]))
  const countsByTopic = new Map(model.topics.map((t) => [t.id, sessions.map(() => 0)]))
  const sessionTotals = sessions.map(() => 0)
  for (const quote of model.corpus.quotes) {
    const col = column.get(quote.sessionId)
    if (col === undefined) continue
    sessionTotals[col] = (sessionTotals[col] ?? 0) + 1
    for (const topicId of quote.topicIds) {
      const counts = countsByTopic.get(topicId)
      if (counts) counts[col] = (counts[col] ?? 0) + 1
    }
  }
  const rows = model.topics.map((topic) => {
    const counts = countsByTopic.get(topic.id) ?? []
    return { topic, counts, total: counts.reduce((a, b) => a + b, 0) }
  })
  const max = Math.max(0, ...rows.flatMap((r) => r.counts))
  return { sessions, rows, sessionTotals, max }
}

/** Statement count per topic over the whole corpus. */
export function topicCounts(model: CorpusModel): Map<string, number> {
  const counts = new Map(model.topics.map((t) => [t.id, 0]))
  for (const quote of model.corpus.quotes)
    for (const topicId of quote.topicIds) counts.set(topicId, (counts.get(topicId) ?? 0) + 1)
  return counts
}
