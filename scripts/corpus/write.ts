/**
 * Stage 7 — write: the corpus as JSON, deterministically and atomically.
 *
 * Deterministic: the builder creates every object with a fixed key order and sorts every list,
 * and there is no timestamp, so the same input gives byte-identical output. Atomic: the JSON
 * goes to a temporary file in the target's directory, then is renamed over the target, so a
 * reader (the dev server, a test) never sees half a file, and a failed build leaves the old one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, basename } from 'node:path'
import type { Corpus } from '../../src/domain/corpus/schema'
import { summarizeCorpus } from '../../src/domain/corpus/summary'

/** Compact JSON (the app downloads it) with a final newline. */
export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus)}\n`
}

/** Where the summary of the corpus at `corpusFile` goes: beside it, `<name>-summary.json`. */
export function summaryPathFor(corpusFile: string): string {
  return corpusFile.replace(/(\.json)?$/, '-summary.json')
}

/**
 * Writes the corpus and its summary (what the overview and footer read), each atomically;
 * the summary last, so it never describes a corpus that was not written.
 */
export function writeCorpusFiles(corpusFile: string, corpus: Corpus): void {
  writeFileAtomic(corpusFile, serializeCorpus(corpus))
  writeFileAtomic(summaryPathFor(corpusFile), `${JSON.stringify(summarizeCorpus(corpus))}\n`)
}

export function writeFileAtomic(file: string, contents: string): void {
  const dir = dirname(file)
  mkdirSync(dir, { recursive: true })
  const temp = join(dir, `.${basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temp, contents, 'utf8')
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
