import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  CorpusFileError,
  CorpusFileSchema,
  decodeCorpusFile,
  encodeCorpusFile,
} from '../../../src/domain/corpus/corpus-file'
import { CorpusSchema, type Corpus } from '../../../src/domain/corpus/schema'
import { explorerCorpus } from '../../fixtures/explorer-corpus'
import { readingCorpus } from '../../fixtures/reading-corpus'

/** What the app does with the downloaded file: parse, check, decode. */
const download = (corpus: Corpus) =>
  decodeCorpusFile(v.parse(CorpusFileSchema, JSON.parse(JSON.stringify(encodeCorpusFile(corpus)))))

describe('the corpus file', () => {
  it.each([
    ['explorer fixture', explorerCorpus],
    ['reading fixture', readingCorpus],
  ])('gives back the %s exactly', (_, corpus) => {
    const read = download(corpus)
    expect(read).toEqual(corpus)
    expect(v.safeParse(CorpusSchema, read).success).toBe(true)
  })

  it('is smaller than the corpus as objects', () => {
    const file = JSON.stringify(encodeCorpusFile(explorerCorpus)).length
    expect(file).toBeLessThan(JSON.stringify(explorerCorpus).length * 0.8)
  })

  it('is refused, saying where, when a position points to nothing', () => {
    const file = encodeCorpusFile(explorerCorpus)
    const broken = {
      ...file,
      statements: { ...file.statements, source: [...file.statements.source] },
    }
    broken.statements.source[3] = file.sources.length
    expect(() => decodeCorpusFile(broken)).toThrow(CorpusFileError)
    expect(() => decodeCorpusFile(broken)).toThrow(/statements\.source\[3\] points to nothing/)
  })

  it.each([
    ['start', -1, 'must list whole numbers ≥ 0'],
    ['end', 2.5, 'must list whole numbers ≥ 1'],
    ['id', 'Not An Id', 'must list URL-safe ids'],
    ['topics', 'unity', 'must list lists of positions'],
  ] as const)(
    'is refused, naming the column, when statements.%s holds %j',
    (column, bad, message) => {
      const file = JSON.parse(JSON.stringify(encodeCorpusFile(explorerCorpus)))
      file.statements[column][1] = bad
      const parsed = v.safeParse(CorpusFileSchema, file)
      expect(parsed.success).toBe(false)
      expect(v.getDotPath(parsed.issues![0])).toBe(`statements.${column}`)
      expect(parsed.issues![0].message).toBe(message)
    },
  )

  it.each([
    'session',
    'source',
    'kind',
    'speaker',
    'start',
    'end',
    'section',
    'order',
    'topics',
    'corroboratedBy',
    'echoes',
  ] as const)('is refused when the %s column is shorter than the others', (column) => {
    const file = encodeCorpusFile(explorerCorpus)
    const broken = {
      ...file,
      statements: { ...file.statements, [column]: file.statements[column].slice(1) },
    }
    expect(() => decodeCorpusFile(broken)).toThrow(
      `statements.${column} has ${file.statements.id.length - 1} entries for ${file.statements.id.length} statements`,
    )
  })

  it('is refused when a statement reaches past the end of its source', () => {
    const file = encodeCorpusFile(explorerCorpus)
    const broken = {
      ...file,
      statements: { ...file.statements, end: [...file.statements.end] },
    }
    const source = file.sources[file.statements.source[2] as number]!
    broken.statements.end[2] = source.text.length + 1
    expect(() => decodeCorpusFile(broken)).toThrow(/statements\[2\] spans .* outside its source/)
  })

  it('does not store the statement texts, which are their sources at their offsets', () => {
    const file = JSON.stringify(encodeCorpusFile(explorerCorpus))
    const quote = explorerCorpus.quotes.find((q) => q.text.length > 40)!
    expect(file.split(JSON.stringify(quote.text).slice(1, -1)).length - 1).toBe(1)
  })
})
