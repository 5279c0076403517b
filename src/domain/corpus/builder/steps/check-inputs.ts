/**
 * Step 1 — check inputs: every input against its schema, before anything is built. Collects
 * every problem (file, line, what to do) and stops on any: a document with no metadata, not
 * text, an unknown session, a duplicate id, an override naming an unknown topic.
 */
import {
  check,
  OverridesFileSchema,
  SessionsFileSchema,
  SourceMetaSchema,
  SpeakersFileSchema,
  TopicsFileSchema,
  type Overrides,
  type SessionInput,
  type SourceMeta,
  type SpeakerInput,
  type TopicInput,
} from '../inputs'
import { decodeText, notTextReason } from '../clean'
import { sha256Hex } from '../ids'
import { stopOnProblems, type Problem } from '../problems'
import type { CorpusInputs, InputDocument } from '../build'

export interface CheckedDocument {
  input: InputDocument
  meta: SourceMeta
  text: string
  sha256: string
}

export interface CheckedInputs {
  sessions: SessionInput[]
  topics: TopicInput[]
  speakers: SpeakerInput[]
  overrides: Overrides
  overridesFile: string
  documents: CheckedDocument[]
}

function duplicates<T>(
  xs: readonly T[],
  key: (x: T) => string,
  what: string,
  file: string,
  problems: Problem[],
) {
  const seen = new Set<string>()
  for (const x of xs) {
    const k = key(x)
    if (seen.has(k))
      problems.push({
        file,
        message: `${what} "${k}" is defined twice`,
        hint: `keep one entry per ${what}`,
      })
    seen.add(k)
  }
}

export function checkInputs(inputs: CorpusInputs): CheckedInputs {
  const problems: Problem[] = []
  const sessionsFile = inputs.sessionsFile ?? 'sessions.json'
  const topicsFile = inputs.topicsFile ?? 'topics.json'
  const speakersFile = inputs.speakersFile ?? 'speakers.json'
  const overridesFile = inputs.overridesFile ?? 'overrides.json'
  const see = (section: string) => `see docs/corpus.md, “${section}”`
  const sessions =
    check(
      SessionsFileSchema,
      inputs.sessions,
      sessionsFile,
      problems,
      `fix the session entry (${see('sessions.json')})`,
    ) ?? []
  const topics =
    check(
      TopicsFileSchema,
      inputs.topics,
      topicsFile,
      problems,
      `fix the topic entry (${see('topics.json')})`,
    ) ?? []
  const speakers =
    check(
      SpeakersFileSchema,
      inputs.speakers,
      speakersFile,
      problems,
      `fix the speaker entry (${see('speakers.json')})`,
    ) ?? []
  const overrides: Overrides =
    check(
      OverridesFileSchema,
      inputs.overrides ?? {},
      overridesFile,
      problems,
      `fix the override (${see('overrides.json')})`,
    ) ?? {}

  duplicates(sessions, (s) => s.id, 'session id', sessionsFile, problems)
  duplicates(topics, (t) => t.id, 'topic id', topicsFile, problems)
  duplicates(speakers, (s) => s.id, 'speaker id', speakersFile, problems)
  const sessionIds = new Set(sessions.map((s) => s.id))
  const topicIds = new Set(topics.map((t) => t.id))
  for (const [key, override] of Object.entries(overrides))
    for (const topic of override.topics ?? [])
      if (!topicIds.has(topic))
        problems.push({
          file: overridesFile,
          message: `override "${key}" names unknown topic "${topic}"`,
          hint: `use one of: ${[...topicIds].join(', ')}`,
        })

  const documents: CheckedDocument[] = []
  const idOwner = new Map<string, string>()
  for (const input of inputs.documents) {
    if (input.metaFile === null || input.meta === undefined) {
      problems.push({
        file: input.file,
        message: 'the document has no metadata',
        hint: `add ${input.file.replace(/\.txt$/, '')}.meta.json beside it (id, title, kind, date, sessionId, language; see docs/corpus.md)`,
      })
      continue
    }
    const meta = check(
      SourceMetaSchema,
      input.meta,
      input.metaFile,
      problems,
      `fix the metadata (${see('<name>.meta.json')})`,
    )
    const bytes =
      typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content
    const notText = notTextReason(bytes)
    if (notText) {
      problems.push({
        file: input.file,
        message: notText,
        hint: 'replace it with the document as UTF-8 plain text, or remove it and its .meta.json',
      })
      continue
    }
    if (!meta) continue
    if (!sessionIds.has(meta.sessionId))
      problems.push({
        file: input.metaFile,
        message: `unknown session "${meta.sessionId}"`,
        hint: `use one of: ${[...sessionIds].join(', ') || '(none)'}, or add the session to ${sessionsFile}`,
      })
    const owner = idOwner.get(meta.id)
    if (owner)
      problems.push({
        file: input.metaFile,
        message: `source id "${meta.id}" is already used by ${owner}`,
        hint: 'give each document its own id',
      })
    idOwner.set(meta.id, input.metaFile)
    const text = typeof input.content === 'string' ? input.content : decodeText(bytes)
    documents.push({ input, meta, text, sha256: sha256Hex(bytes) })
  }
  if (speakers.length === 0 && problems.length === 0)
    problems.push({
      file: speakersFile,
      message: 'lists no speakers',
      hint: `list at least the person the corpus is about (${see('speakers.json')})`,
    })
  stopOnProblems(problems)
  return { sessions, topics, speakers, overrides, overridesFile, documents }
}
