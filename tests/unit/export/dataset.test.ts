/**
 * The corpus as a dataset: the command line's files, read back with a real CSV parser, hold one
 * row per statement with the texts verbatim; they equal what the /data page makes; the Data
 * Package describes every column and each file's size and hash.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeCorpusFile, type CorpusFile } from '@/domain/corpus/corpus-file'
import { buildCorpusModel } from '@/domain/corpus/model'
import type { Corpus } from '@/domain/corpus/schema'
import { DATASET_FIELDS, datasetFile } from '@/domain/export/dataset'
import { REPO } from '../corpus/corpus-folder'
import { readingCorpus, readingModel } from '../../fixtures/reading-corpus'

const BASE = 'https://example.org/explorer/'
let dir: string
let corpus: Corpus
const read = (name: string) => readFileSync(join(dir, name), 'utf8')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dataset-'))
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/corpus/cli.ts',
      '--out',
      join(dir, 'corpus.json'),
      '--format',
      'csv',
      '--format',
      'json',
      '--format',
      'datapackage',
      '--data-out',
      dir,
      '--base-url',
      BASE,
    ],
    { cwd: REPO, stdio: 'pipe' },
  )
  corpus = decodeCorpusFile(JSON.parse(read('corpus.json')) as CorpusFile)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run corpus -- --format csv|json|datapackage', () => {
  it('writes a CSV that a CSV parser reads as one row per statement, texts verbatim', () => {
    const rows = parseCsv(read('statements.csv'), { bom: true, columns: true }) as Record<
      string,
      string
    >[]
    expect(rows).toHaveLength(corpus.quotes.length)
    expect(Object.keys(rows[0]!)).toEqual(DATASET_FIELDS.map((f) => f.name))
    const byId = new Map(corpus.quotes.map((q) => [q.id, q]))
    for (const row of rows) {
      const quote = byId.get(row.id!)!
      expect(row.text).toBe(quote.text)
      expect(row.permalink).toBe(`${BASE}quotes/${quote.id}`)
      expect(row.session).toBe(quote.sessionId)
      expect(row.topics).toBe(quote.topicIds.join(';'))
      expect(row.corroborated_by).toBe(quote.corroboratedBy.join(';'))
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
  })

  it('writes JSON rows with the same fields, lists as arrays', () => {
    const rows = JSON.parse(read('statements.json')) as Record<string, unknown>[]
    expect(rows.map((r) => r.id)).toEqual(corpus.quotes.map((q) => q.id))
    expect(rows.map((r) => r.text)).toEqual(corpus.quotes.map((q) => q.text))
    expect(rows.map((r) => r.echoes)).toEqual(corpus.quotes.map((q) => q.echoes))
  })

  it('writes the same files as the /data page makes', () => {
    const model = buildCorpusModel(corpus)
    for (const [format, name] of [
      ['csv', 'statements.csv'],
      ['json', 'statements.json'],
      ['datapackage', 'datapackage.json'],
    ] as const)
      expect(read(name)).toBe(datasetFile(format, model, { homepage: BASE }))
  })

  it('describes both files in a Data Package: every column, size and SHA-256', () => {
    const pkg = JSON.parse(read('datapackage.json'))
    expect(pkg.profile).toBe('tabular-data-package')
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0')
    for (const resource of pkg.resources) {
      const bytes = readFileSync(join(dir, resource.path))
      expect(resource.bytes).toBe(bytes.length)
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`)
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(
        DATASET_FIELDS.map((f) => f.name),
      )
      expect(resource.schema.primaryKey).toBe('id')
    }
  })

  it('refuses an unknown format, saying which are known', () => {
    expect(() =>
      execFileSync(
        'npx',
        ['tsx', 'scripts/corpus/cli.ts', '--out', join(dir, 'x.json'), '--format', 'xlsx'],
        {
          cwd: REPO,
          stdio: 'pipe',
        },
      ),
    ).toThrow(/--format xlsx: expected one of csv, json, datapackage/)
  })
})

describe('the dataset of a corpus', () => {
  it('has paths as permalinks when no base address is given, and no homepage', () => {
    const rows = JSON.parse(datasetFile('json', readingModel, { homepage: '' }))
    expect(rows[0].permalink).toBe(`/quotes/${readingCorpus.quotes[0]!.id}`)
    expect(
      JSON.parse(datasetFile('datapackage', readingModel, { homepage: '' })),
    ).not.toHaveProperty('homepage')
  })

  it('is the same, byte for byte, for the same corpus', () => {
    for (const format of ['csv', 'json', 'datapackage'] as const)
      expect(datasetFile(format, readingModel, { homepage: BASE })).toBe(
        datasetFile(format, buildCorpusModel(structuredClone(readingCorpus)), { homepage: BASE }),
      )
  })
})
