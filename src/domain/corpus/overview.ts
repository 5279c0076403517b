/**
 * What the corpus holds, at a glance: per-session summaries and the topic × session map the
 * overview, sessions and topics pages draw. They read the corpus summary (./summary.ts), a few
 * KB however large the corpus, never the corpus itself.
 */
import type { Session, Topic } from './schema'
import type { CorpusSummary, SourceInfo } from './summary'

export interface SessionSummary {
  session: Session
  sources: readonly SourceInfo[]
  statementCount: number
  directCount: number
}

const byNumber = (sessions: readonly Session[]) => [...sessions].sort((a, b) => a.number - b.number)

/** Each session (in number order) with its source documents and how many statements they give. */
export function sessionSummaries(summary: CorpusSummary): SessionSummary[] {
  return byNumber(summary.sessions).map((session) => {
    const counts = summary.bySession[session.id]
    return {
      session,
      sources: summary.sources.filter((s) => s.sessionId === session.id),
      statementCount: counts?.statements ?? 0,
      directCount: counts?.direct ?? 0,
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
export function topicSessionMatrix(summary: CorpusSummary): TopicSessionMatrix {
  const sessions = byNumber(summary.sessions)
  const rows = summary.topics.map((topic) => {
    const counts = sessions.map((s) => summary.topicBySession[topic.id]?.[s.id] ?? 0)
    return { topic, counts, total: counts.reduce((a, b) => a + b, 0) }
  })
  const sessionTotals = sessions.map((s) => summary.bySession[s.id]?.statements ?? 0)
  const max = Math.max(0, ...rows.flatMap((r) => r.counts))
  return { sessions, rows, sessionTotals, max }
}
