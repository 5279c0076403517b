/**
 * Runs the evaluation: builds corpus/eval/ with the builder the CLI uses (readCorpusFolder +
 * buildCorpus) and scores it against the annotations (eval-score.ts).
 *
 * A document that makes the build fail must not hide the others' scores: when the whole build
 * fails, each document is built alone to find the ones at fault, those are scored as extracting
 * nothing (with the build's message), and the rest are built together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  buildCorpus,
  type BuildResult,
  type CorpusInputs,
  type InputDocument,
} from '../../src/domain/corpus/builder/build'
import { CorpusBuildError, formatProblem } from '../../src/domain/corpus/builder/problems'
import { scoreEvaluation, type EvalDocument, type EvalInput, type EvalResult } from './eval-score'
import { readCorpusFolder } from './read-folder'

export interface EvalFolder {
  /** corpus/eval */
  root: string
  /** corpus/topics.json */
  topics: string
  /** corpus/speakers.json */
  speakers: string
}

export const DEFAULT_EVAL_FOLDER: EvalFolder = {
  root: 'corpus/eval',
  topics: 'corpus/topics.json',
  speakers: 'corpus/speakers.json',
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))

/** A file that is not JSON is an annotation error, not a crash. */
function readAnnotationJson(file: string, errors: string[]): unknown {
  try {
    return readJson(file)
  } catch (error) {
    errors.push(`${file}: is not valid JSON (${(error as Error).message})`)
    return undefined
  }
}

/** The builder's inputs for the evaluation set: the same reader the CLI uses. */
export function evalInputs(folder: EvalFolder): CorpusInputs {
  return readCorpusFolder({
    sources: join(folder.root, 'sources'),
    sessions: join(folder.root, 'sessions.json'),
    topics: folder.topics,
  })
}

function problemsOf(error: unknown): string {
  if (error instanceof CorpusBuildError) return error.problems.map(formatProblem).join('\n')
  throw error
}

/** Builds every document that can be built; the others, with why. */
export function buildWhatBuilds(inputs: CorpusInputs): {
  result: BuildResult
  failed: Map<InputDocument, string>
} {
  const failed = new Map<InputDocument, string>()
  try {
    return { result: buildCorpus(inputs), failed }
  } catch (error) {
    problemsOf(error)
  }
  for (const doc of inputs.documents) {
    try {
      buildCorpus({ ...inputs, documents: [doc] })
    } catch (error) {
      failed.set(doc, problemsOf(error))
    }
  }
  // What is left over fails for a reason of its own (sessions, topics): that throws.
  const result = buildCorpus({
    ...inputs,
    documents: inputs.documents.filter((d) => !failed.has(d)),
  })
  return { result, failed }
}

interface MetaLike {
  id?: unknown
  language?: unknown
}

/** What the scorer needs: the built set and the annotations (scoreEvaluation's input). */
export function evalInput(folder: EvalFolder = DEFAULT_EVAL_FOLDER): EvalInput {
  const inputs = evalInputs(folder)
  const { result, failed } = buildWhatBuilds(inputs)
  const { corpus } = result
  const builtText = new Map(corpus.sources.map((s) => [s.id, s.text]))
  const documents: EvalDocument[] = inputs.documents.map((d) => {
    const meta = (d.meta ?? {}) as MetaLike
    const id = String(meta.id)
    return {
      id,
      language: String(meta.language),
      file: d.file,
      text:
        builtText.get(id) ??
        (typeof d.content === 'string' ? d.content : new TextDecoder().decode(d.content)),
      buildProblem: failed.get(d) ?? null,
    }
  })
  const speakerName = new Map(corpus.speakers.map((s) => [s.id, s.name]))
  const jsonErrors: string[] = []
  const annotationsDir = join(folder.root, 'annotations')
  const annotations = (existsSync(annotationsDir) ? readdirSync(annotationsDir) : [])
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => join(annotationsDir, n))
    .map((file) => ({ file, data: readAnnotationJson(file, jsonErrors) }))
    .filter((a) => a.data !== undefined)
  const linksFile = join(folder.root, 'links.json')
  const links = existsSync(linksFile) ? readAnnotationJson(linksFile, jsonErrors) : []
  const alignmentsFile = join(folder.root, 'alignments.json')
  const alignments = existsSync(alignmentsFile)
    ? readAnnotationJson(alignmentsFile, jsonErrors)
    : undefined
  const speakers = readJson(folder.speakers) as { id: string }[]
  return {
    readErrors: jsonErrors,
    documents,
    statements: corpus.quotes.map((q) => ({
      id: q.id,
      sourceId: q.sourceId,
      kind: q.kind,
      speakerId: q.speakerId,
      speakerName: speakerName.get(q.speakerId) ?? q.speakerId,
      start: q.start,
      end: q.end,
      corroboratedBy: q.corroboratedBy,
      echoes: q.echoes,
    })),
    annotations,
    links: { file: linksFile, data: links ?? [] },
    alignments: { file: alignmentsFile, data: alignments ?? [] },
    builtAlignments: corpus.alignments ?? [],
    knownSpeakerIds: new Set(speakers.map((s) => s.id)),
  }
}

export function runEvaluation(folder: EvalFolder = DEFAULT_EVAL_FOLDER): EvalResult {
  return scoreEvaluation(evalInput(folder))
}
