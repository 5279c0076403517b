/**
 * Runs the real corpus builder (its programmatic API, docs/corpus.md) over a corpus folder
 * and times it: reading the folder, building (clean → segment → extract → tag → link →
 * validate), and writing the JSON the app ships (the CLI's own serializer and writer).
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorpus } from '../../src/domain/corpus/builder/build'
import { readCorpusFolder } from '../corpus/read-folder'
import { writeCorpusFiles } from '../corpus/write'

export interface CorpusBuildResult {
  statements: number
  sources: number
  speakers: number
  topics: number
  readMs: number
  buildMs: number
  writeMs: number
  totalMs: number
  outputBytes: number
}

const ms = (from: number) => Math.round((performance.now() - from) * 10) / 10

/** Builds `<folder>/{sources,sessions.json,topics.json}` into `outFile`. */
export function buildCorpusFile(folder: string, outFile: string): CorpusBuildResult {
  const t0 = performance.now()
  const inputs = readCorpusFolder({
    sources: join(folder, 'sources'),
    sessions: join(folder, 'sessions.json'),
    topics: join(folder, 'topics.json'),
  })
  const readMs = ms(t0)
  const t1 = performance.now()
  const { corpus } = buildCorpus(inputs)
  const buildMs = ms(t1)
  const t2 = performance.now()
  // Exactly what `npm run corpus` writes.
  writeCorpusFiles(outFile, corpus)
  const writeMs = ms(t2)
  return {
    statements: corpus.quotes.length,
    sources: corpus.sources.length,
    speakers: corpus.speakers.length,
    topics: corpus.topics.length,
    readMs,
    buildMs,
    writeMs,
    totalMs: Math.round((readMs + buildMs + writeMs) * 10) / 10,
    outputBytes: statSync(outFile).size,
  }
}
