import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { decodeCorpusFile, type CorpusFile } from '../../../src/domain/corpus/corpus-file'
import type { Corpus } from '../../../src/domain/corpus/schema'

/** The corpus the build ships (src/generated/corpus.json), read back as the app reads it. */
export function readBuiltCorpus(): Corpus {
  const file = readFileSync(resolve(process.cwd(), 'src/generated/corpus.json'), 'utf8')
  return decodeCorpusFile(JSON.parse(file) as CorpusFile)
}
