import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  CorpusFileError,
  CorpusFileSchema,
  decodeCorpusFile,
  encodeCorpusFile,
} from '../../../src/domain/corpus/corpus-file'
import { checkCorpusIntegrity, CorpusSchema, type Corpus } from '../../../src/domain/corpus/schema'
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

  describe('with aligned translations', () => {
    // Two statements of different sources, paired as a statement and its translation.
    const [first, other] = [
      explorerCorpus.quotes[0]!,
      explorerCorpus.quotes.find((q) => q.sourceId !== explorerCorpus.quotes[0]!.sourceId)!,
    ]
    const aligned: Corpus = {
      ...explorerCorpus,
      alignments: [{ original: [first.id], translation: [other.id] }],
    }

    it('gives them back exactly, and a sound corpus', () => {
      const read = download(aligned)
      expect(read.alignments).toEqual(aligned.alignments)
      expect(checkCorpusIntegrity(read)).toEqual([])
    })

    it('is refused, saying where, when an alignment points to nothing', () => {
      const file = encodeCorpusFile(aligned)
      file.alignments = [{ original: [0], translation: [file.statements.id.length] }]
      expect(() => decodeCorpusFile(file)).toThrow(/alignments\[0\]\.translation points to nothing/)
    })

    it('is unsound when it pairs statements of one source', () => {
      const same = explorerCorpus.quotes.filter((q) => q.sourceId === first.sourceId)[1]!
      expect(
        checkCorpusIntegrity({
          ...explorerCorpus,
          alignments: [{ original: [first.id], translation: [same.id] }],
        }),
      ).toEqual([expect.stringMatching(/aligns statements of one source/)])
    })
  })
})
