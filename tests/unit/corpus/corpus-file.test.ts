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

  it('is refused when a column is shorter than the others', () => {
    const file = encodeCorpusFile(explorerCorpus)
    const broken = {
      ...file,
      statements: { ...file.statements, text: file.statements.text.slice(1) },
    }
    expect(() => decodeCorpusFile(broken)).toThrow(/statements\.text has/)
  })
})
