/**
 * Stage 7 — write: the corpus as JSON, its summary, and its search indexes, deterministically
 * and atomically.
 *
 * Deterministic: the builder creates every object with a fixed key order and sorts every list,
 * and there is no timestamp, so the same input gives byte-identical output. Atomic: the JSON
 * goes to a temporary file in the target's directory, then is renamed over the target, so a
 * reader (the dev server, a test) never sees half a file, and a failed build leaves the old one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, basename } from 'node:path'
import { gzipSync } from 'node:zlib'
import { encodeCorpusFile } from '../../src/domain/corpus/corpus-file'
import type { Corpus } from '../../src/domain/corpus/schema'
import { summarizeCorpus } from '../../src/domain/corpus/summary'
import { encodeIndexFile } from '../../src/domain/search/index-file'
import { buildSearchIndexes } from '../../src/domain/search/search-engine'

/** The file form (src/domain/corpus/corpus-file.ts) as compact JSON, with a final newline. */
export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(encodeCorpusFile(corpus))}\n`
}

/** Where the summary of the corpus at `corpusFile` goes: beside it, `<name>-summary.json`. */
export function summaryPathFor(corpusFile: string): string {
  return corpusFile.replace(/(\.json)?$/, '-summary.json')
}

/** Where the search indexes of the corpus at `corpusFile` go: beside it, `<name>-index.bin`. */
export function indexPathFor(corpusFile: string): string {
  return corpusFile.replace(/(\.json)?$/, '-index.bin')
}

/**
 * The search indexes as the app loads them (src/domain/search/index-file.ts), gzipped here
 * because hosts rarely compress binary files on the fly. gzip's header carries no time when
 * Node writes it, so the same corpus gives the same bytes.
 *
 * Level 6 (zlib's default), not 9: on the 100k-statement benchmark corpus (a 20.2 MB index)
 * level 9 took 16.3 s for a file 3 % smaller (2.85 MB against 2.94 MB at level 6, 2.4 s):
 * most of the 100k build's time, for a saving a reader would not notice.
 */
export function serializeSearchIndex(corpus: Corpus): Uint8Array {
  return gzipSync(encodeIndexFile(buildSearchIndexes(corpus), corpus.quotes), { level: 6 })
}

/**
 * Writes the corpus, its search indexes and its summary (what the overview and footer read),
 * each atomically; the summary last, so it never describes a corpus that was not written.
 */
export function writeCorpusFiles(corpusFile: string, corpus: Corpus): void {
  writeFileAtomic(corpusFile, serializeCorpus(corpus))
  writeFileAtomic(indexPathFor(corpusFile), serializeSearchIndex(corpus))
  writeFileAtomic(summaryPathFor(corpusFile), `${JSON.stringify(summarizeCorpus(corpus))}\n`)
}

export function writeFileAtomic(file: string, contents: string | Uint8Array): void {
  const dir = dirname(file)
  mkdirSync(dir, { recursive: true })
  const temp = join(dir, `.${basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temp, contents)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
