import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serializeCorpus, writeFileAtomic } from '../../../scripts/corpus/write'
import { decodeCorpusFile, type CorpusFile } from '../../../src/domain/corpus/corpus-file'
import type { Corpus } from '../../../src/domain/corpus/schema'

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const empty: Corpus = {
  schemaVersion: 1,
  sessions: [],
  sources: [],
  speakers: [],
  topics: [],
  quotes: [],
}

describe('write', () => {
  it('replaces the file in one step, creating folders and leaving no temporary file', () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-write-'))
    const file = join(dir, 'nested', 'corpus.json')
    writeFileAtomic(file, 'first')
    writeFileAtomic(file, serializeCorpus(empty))
    expect(decodeCorpusFile(JSON.parse(readFileSync(file, 'utf8')) as CorpusFile)).toEqual(empty)
    expect(readdirSync(join(dir, 'nested'))).toEqual(['corpus.json'])
  })

  it('serializes with no timestamp: same corpus, same bytes', () => {
    expect(serializeCorpus(structuredClone(empty))).toBe(serializeCorpus(empty))
  })
})
