/**
 * The one place where the browser calls the corpus builder (src/domain/corpus/builder), so that
 * changes to the builder's internals touch this file only.
 *
 * A document the user adds goes through the same pure pipeline the CLI runs, with the published
 * topics' rules, speakers and editorial overrides, which the app loads for this purpose, and is
 * linked against the published statements (corpus/builder/build-addition.ts). So the user's
 * statements get the CLI's ids, speakers, topics, and corroborations and echoes against the
 * published statements, without the published documents being built again on every change.
 */
import {
  buildAddition,
  mergeAddition,
  prepareLinkItems,
  type PreparedCorpus,
} from '../corpus/builder/build-addition'
import { DEFAULT_SPEAKERS } from '../corpus/builder/default-patterns'
import { CorpusBuildError, type Problem } from '../corpus/builder/problems'
import { segment, type BlockKind } from '../corpus/builder/segment'
import type { Corpus, Session, Source } from '../corpus/schema'

export type { Problem, PreparedCorpus }

/** A document as the user describes it (the fields of a <name>.meta.json) with its text. */
export interface DocumentDraft {
  id: string
  title: string
  kind: Source['kind']
  date: string
  sessionId: string
  language: string
  publisher?: string | null
  url?: string | null
  /** Whose words a transcript is (the meta.json's optional `speaker`). */
  speaker?: { name: string; role: string }
  /** The text as pasted or read from the file. */
  text: string
}

/** What the published corpus was built from, beyond the corpus itself. */
export interface PublishedInputs {
  corpus: Corpus
  /** corpus/topics.json (with the tagger's rules), unchecked. */
  topics: unknown
  /** corpus/overrides.json, unchecked. */
  overrides: unknown
  /** corpus/speakers.json, unchecked (default: the one the project ships). */
  speakers?: unknown
}

export type BuildOutcome =
  { ok: true; corpus: Corpus } | { ok: false; problems: readonly Problem[] }

/** The sidecar of a draft, as the CLI reads it from <id>.meta.json. */
export function metaOf(draft: DocumentDraft) {
  return {
    id: draft.id,
    title: draft.title,
    kind: draft.kind,
    date: draft.date,
    sessionId: draft.sessionId,
    language: draft.language,
    publisher: draft.publisher ?? null,
    url: draft.url ?? null,
    ...(draft.speaker ? { speaker: draft.speaker } : {}),
  }
}

/** The published corpus made ready for additions: done once per corpus (a worker keeps it). */
export function prepareCorpus(published: PublishedInputs): PreparedCorpus {
  return prepareLinkItems(published.corpus, published.speakers ?? DEFAULT_SPEAKERS)
}

/**
 * The drafts (and the sessions they add) built against the published corpus, as the CLI builds
 * a folder holding all of them, but without building the published documents again
 * (corpus/builder/build-addition.ts): a fragment with the drafts' sources, statements (linked
 * to published ones too) and speakers. `overrides` adds the user's corrections (by quote id) to
 * the published ones. Pass `prepared` when building again against the same corpus.
 */
export function buildDrafts(
  published: PublishedInputs,
  drafts: readonly DocumentDraft[],
  sessions: readonly Session[] = [],
  overrides: Record<string, unknown> = {},
  prepared: PreparedCorpus = prepareCorpus(published),
): BuildOutcome {
  try {
    const { corpus } = buildAddition(
      {
        documents: drafts.map((d) => ({
          file: `${d.id}.txt`,
          content: d.text,
          metaFile: `${d.id}.meta.json`,
          meta: metaOf(d),
        })),
        sessions: [...published.corpus.sessions, ...sessions],
        topics: published.topics,
        speakers: published.speakers ?? DEFAULT_SPEAKERS,
        overrides: { ...(published.overrides as Record<string, unknown>), ...overrides },
      },
      prepared,
    )
    return { ok: true, corpus }
  } catch (error) {
    if (error instanceof CorpusBuildError) return { ok: false, problems: error.problems }
    throw error
  }
}

/** The published corpus with the drafts in it (buildDrafts, then mergeAddition). */
export function buildWithDrafts(
  published: PublishedInputs,
  drafts: readonly DocumentDraft[],
  sessions: readonly Session[] = [],
  overrides: Record<string, unknown> = {},
  prepared?: PreparedCorpus,
): BuildOutcome {
  const outcome = buildDrafts(published, drafts, sessions, overrides, prepared)
  return outcome.ok
    ? { ok: true, corpus: mergeAddition(published.corpus, outcome.corpus) }
    : outcome
}

/** A stretch of a cleaned document that is no statement, and why. */
export interface LeftOut {
  start: number
  end: number
  text: string
  reason: 'title' | 'dateline' | 'heading' | 'not-attributed'
}

const BLOCK_REASON: Partial<Record<BlockKind, LeftOut['reason']>> = {
  title: 'title',
  dateline: 'dateline',
  heading: 'heading',
}

/**
 * The passages of a built source that no statement covers: titles, datelines and headings,
 * and sentences that report nobody's words (narration, background, descriptions of the event).
 */
export function leftOutPassages(
  source: Source,
  quotes: readonly { start: number; end: number }[],
): LeftOut[] {
  const covered = (start: number, end: number) =>
    quotes.some(
      (q) =>
        q.start < end &&
        q.end > start &&
        Math.min(q.end, end) - Math.max(q.start, start) >= (end - start) / 2,
    )
  const out: LeftOut[] = []
  const text = source.text
  for (const block of segment(text).blocks) {
    const reason = BLOCK_REASON[block.kind]
    if (reason) {
      out.push({
        start: block.start,
        end: block.end,
        text: text.slice(block.start, block.end),
        reason,
      })
      continue
    }
    const spans = block.sentences.length > 0 ? block.sentences : [block]
    for (const s of spans)
      if (!covered(s.start, s.end))
        out.push({
          start: s.start,
          end: s.end,
          text: text.slice(s.start, s.end),
          reason: 'not-attributed',
        })
  }
  return out
}
