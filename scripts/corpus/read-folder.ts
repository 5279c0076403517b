/**
 * Reads a corpus folder into CorpusInputs (see docs/corpus.md for the layout):
 *
 *   <sources>/<name>.txt + <name>.meta.json, optional <sources>/SHA256SUMS,
 *   sessions.json, topics.json, speakers.json, optional overrides.json.
 *
 * Only reading and JSON parsing happen here; every schema check is buildCorpus's. A file that
 * cannot be read or parsed, a sidecar without its text, or a checksum that does not match the
 * manifest stops here, naming the file.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CorpusInputs, InputDocument } from '../../src/domain/corpus/builder/build'
import { stopOnProblems, type Problem } from '../../src/domain/corpus/builder/problems'

export interface CorpusFolder {
  /** Folder of <name>.txt + <name>.meta.json. */
  sources: string
  sessions: string
  topics: string
  /** The people (default: corpus/speakers.json). */
  speakers?: string
  /** Optional: a missing file means no overrides. */
  overrides?: string
}

export const DEFAULT_FOLDER: Required<CorpusFolder> = {
  sources: 'corpus/sources',
  sessions: 'corpus/sessions.json',
  topics: 'corpus/topics.json',
  speakers: 'corpus/speakers.json',
  overrides: 'corpus/overrides.json',
}

const META_SUFFIX = '.meta.json'

/** Parses JSON; a syntax error becomes a problem with the line it is on. */
function readJson(file: string, problems: Problem[]): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    problems.push({
      file,
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
      hint: 'check the path',
    })
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)?.[1]
    const line = position ? text.slice(0, Number(position)).split('\n').length : undefined
    problems.push({
      file,
      line,
      message: `is not valid JSON (${message})`,
      hint: 'fix the JSON syntax',
    })
    return undefined
  }
}

/** SHA256SUMS lines: "<hex>  <file>". */
export function parseChecksums(manifest: string): Map<string, string> {
  const sums = new Map<string, string>()
  for (const line of manifest.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/i.exec(line.trim())
    if (m?.[1] && m[2]) sums.set(m[2], m[1].toLowerCase())
  }
  return sums
}

export function readCorpusFolder(folder: CorpusFolder): CorpusInputs {
  const problems: Problem[] = []
  let names: string[] = []
  try {
    names = readdirSync(folder.sources).sort()
  } catch {
    problems.push({
      file: folder.sources,
      message: 'the sources folder cannot be read',
      hint: 'check --sources',
    })
  }
  const texts = names.filter((n) => n.endsWith('.txt'))
  const metas = new Set(names.filter((n) => n.endsWith(META_SUFFIX)))

  for (const meta of metas) {
    const txt = `${meta.slice(0, -META_SUFFIX.length)}.txt`
    if (!texts.includes(txt))
      problems.push({
        file: join(folder.sources, meta),
        message: `metadata without a document (${txt} is missing)`,
        hint: `add ${txt}, or remove the stray ${meta}`,
      })
  }

  const sumsFile = join(folder.sources, 'SHA256SUMS')
  const sums = existsSync(sumsFile)
    ? parseChecksums(readFileSync(sumsFile, 'utf8'))
    : new Map<string, string>()
  for (const listed of sums.keys())
    if (!texts.includes(listed))
      problems.push({
        file: sumsFile,
        message: `lists ${listed}, which is not in the folder`,
        hint: 'restore the file, or remove its line from SHA256SUMS',
      })

  const documents: InputDocument[] = texts.map((name) => {
    const file = join(folder.sources, name)
    const content = readFileSync(file)
    const expected = sums.get(name)
    if (expected && createHash('sha256').update(content).digest('hex') !== expected)
      problems.push({
        file,
        message: 'does not match its SHA-256 in SHA256SUMS: the source document has changed',
        hint: 'restore the original bytes; if the change is intended, update SHA256SUMS (sha256sum *.txt > SHA256SUMS)',
      })
    const metaName = `${name.slice(0, -'.txt'.length)}${META_SUFFIX}`
    const metaFile = metas.has(metaName) ? join(folder.sources, metaName) : null
    return {
      file,
      content: new Uint8Array(content),
      metaFile,
      meta: metaFile ? readJson(metaFile, problems) : undefined,
    }
  })
  if (problems.length === 0 && texts.length === 0)
    problems.push({
      file: folder.sources,
      message: 'no .txt documents in the sources folder',
      hint: 'check --sources',
    })

  const sessions = readJson(folder.sessions, problems)
  const topics = readJson(folder.topics, problems)
  const speakersFile = folder.speakers ?? DEFAULT_FOLDER.speakers
  const speakers = readJson(speakersFile, problems)
  const overrides =
    folder.overrides && existsSync(folder.overrides) ? readJson(folder.overrides, problems) : {}
  stopOnProblems(problems)
  return {
    documents,
    sessions,
    sessionsFile: folder.sessions,
    topics,
    topicsFile: folder.topics,
    speakers,
    speakersFile,
    overrides,
    overridesFile: folder.overrides ?? 'overrides.json',
  }
}
