import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { serializeCorpus, writeCorpusFiles, writeFileAtomic } from '../../../scripts/corpus/write'
import { buildCorpus } from '../../../src/domain/corpus/builder/build'
import { decodeCorpusFile, type CorpusFile } from '../../../src/domain/corpus/corpus-file'
import type { Corpus } from '../../../src/domain/corpus/schema'
import { atTime, REAL_SOURCES, REPO } from './corpus-folder'

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

  it('writes the same bytes, file for file, from builds made years apart', () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-write-'))
    const folder = {
      sources: REAL_SOURCES,
      sessions: join(REPO, 'corpus/sessions.json'),
      topics: join(REPO, 'corpus/topics.json'),
      overrides: join(REPO, 'corpus/overrides.json'),
    }
    const buildAndWrite = (out: string) =>
      writeCorpusFiles(join(dir!, out, 'corpus.json'), buildCorpus(readCorpusFolder(folder)).corpus)
    atTime('2024-01-02T03:04:05.678Z', () => buildAndWrite('first'))
    atTime('2031-11-12T13:14:15.999Z', () => buildAndWrite('second'))

    const files = readdirSync(join(dir, 'first')).sort()
    expect(files).toEqual(['corpus-index.bin', 'corpus-summary.json', 'corpus.json'])
    expect(readdirSync(join(dir, 'second')).sort()).toEqual(files)
    for (const file of files) {
      const first = readFileSync(join(dir, 'first', file))
      const second = readFileSync(join(dir, 'second', file))
      expect(second.equals(first), `${file} differs between the two builds`).toBe(true)
    }
  })
})
