/**
 * What the corpus holds, at a glance, as a small file of its own: the overview and the footer
 * read it, so the home page (and every page's footer) never waits for the full corpus, however
 * large it grows. The corpus builder writes it beside the corpus; both come from one build.
 */
import * as v from 'valibot'
import { SessionSchema, SourceSchema, TopicSchema, type Corpus } from './schema'

const Count = v.pipe(v.number(), v.integer(), v.minValue(0))

/** A source without its text. */
export const SourceInfoSchema = v.omit(SourceSchema, ['text'])

export const CorpusSummarySchema = v.object({
  schemaVersion: v.literal(1),
  sessions: v.array(SessionSchema),
  topics: v.array(TopicSchema),
  sources: v.array(SourceInfoSchema),
  speakerCount: Count,
  statementCount: Count,
  /** Per session id: statements and how many of them are direct quotes. */
  bySession: v.record(v.string(), v.object({ statements: Count, direct: Count })),
  /** Per topic id, per session id: statements with that topic (a statement counts in each of its topics). */
  topicBySession: v.record(v.string(), v.record(v.string(), Count)),
})

export type SourceInfo = v.InferOutput<typeof SourceInfoSchema>
export type CorpusSummary = v.InferOutput<typeof CorpusSummarySchema>

/** The summary of a corpus. Deterministic: keys follow the corpus's own order. */
export function summarizeCorpus(corpus: Corpus): CorpusSummary {
  const bySession: CorpusSummary['bySession'] = {}
  for (const s of corpus.sessions) bySession[s.id] = { statements: 0, direct: 0 }
  const topicBySession: CorpusSummary['topicBySession'] = {}
  for (const t of corpus.topics) {
    topicBySession[t.id] = Object.fromEntries(corpus.sessions.map((s) => [s.id, 0]))
  }
  for (const q of corpus.quotes) {
    const session = bySession[q.sessionId]
    if (session) {
      session.statements++
      if (q.kind === 'direct') session.direct++
    }
    for (const topicId of q.topicIds) {
      const row = topicBySession[topicId]
      if (row && row[q.sessionId] !== undefined) row[q.sessionId]!++
    }
  }
  return {
    schemaVersion: 1,
    sessions: corpus.sessions,
    topics: corpus.topics,
    sources: corpus.sources.map(({ text: _text, leftOut: _leftOut, ...info }) => info),
    speakerCount: corpus.speakers.length,
    statementCount: corpus.quotes.length,
    bySession,
    topicBySession,
  }
}
