import { describe, expect, it } from 'vitest'
import { parseQuery } from '@/domain/search/query'
import { createSearchScratch } from '@/domain/search/search-scratch'
import { buildTextIndex } from '@/domain/search/text-index'
import {
  completionLimit,
  expandTerm,
  lengthNormalisation,
  matchText,
  queryConditions,
} from '@/domain/search/text-match'

const texts = [
  'Unity of the people is our strength.', // 0
  'The people of the steppe value unity, unity above all.', // 1
  'The state language unites the people.', // 2
  'A language policy for every region.', // 3
]
const text = buildTextIndex(texts)
const ranking = { text, lengthNorm: lengthNormalisation(text, texts.length) }

function match(q: string) {
  const scratch = createSearchScratch(texts.length)
  const stems = new Set<string>()
  const n = matchText(ranking, parseQuery(q), scratch, stems)
  const found = [...scratch.candidates.subarray(0, n)].sort()
  return { found, scratch, stems, score: (d: number) => scratch.score[d]! }
}

describe('matchText', () => {
  it('finds the statements holding a word, and scores a repeated word higher', () => {
    const { found, score } = match('unity ')
    expect(found).toEqual([0, 1])
    expect(score(1)).toBeGreaterThan(0)
    expect(score(0)).toBeGreaterThan(0)
    // Statement 1 says "unity" twice in a longer text; BM25 saturates but still ranks it up.
    expect(score(1)).toBeGreaterThan(score(0))
  })

  it('requires every word, and leaves `matched` all zeros for the next search', () => {
    const { found, scratch } = match('language people ')
    expect(found).toEqual([2])
    expect(scratch.matched.every((m) => m === 0)).toBe(true)
  })

  it('matches a phrase only where its words stand together', () => {
    expect(match('people unity ').found).toEqual([0, 1])
    expect(match('"unity of the people"').found).toEqual([0])
  })

  it('completes the last word while it is being typed', () => {
    expect(match('lang').found).toEqual([2, 3])
    expect(match('lang ').found).toEqual([])
  })

  it('finds nothing when a word is in no statement, and says which stems matched', () => {
    expect(match('unity zebra ').found).toEqual([])
    const { stems } = match('unity lang')
    expect(stems.size).toBe(2)
  })
})

describe('expandTerm', () => {
  it('weighs an exact word 1 and a completion less', () => {
    const [exact] = expandTerm(text, parseQuery('people ').terms[0]!)
    expect(exact?.weight).toBe(1)
    const completions = expandTerm(text, parseQuery('peo').terms[0]!)
    expect(completions).toHaveLength(1)
    expect(completions[0]!.weight).toBeGreaterThan(0)
    expect(completions[0]!.weight).toBeLessThan(1)
  })

  it('corrects a typo only in a word the corpus does not have', () => {
    const corrected = expandTerm(text, parseQuery('peopel ').terms[0]!)
    expect(corrected).toHaveLength(1)
    expect(corrected[0]!.weight).toBeLessThan(1)
  })
})

describe('queryConditions', () => {
  it('puts the rarest condition first', () => {
    const conditions = queryConditions(text, parseQuery('people region '))
    const regionTerm = expandTerm(text, parseQuery('region ').terms[0]!)[0]!.term
    expect(conditions[0]![0]!.term).toBe(regionTerm)
  })
})

describe('completionLimit', () => {
  it('searches few completions of a short prefix, more as it grows', () => {
    expect([1, 2, 3, 4, 9].map(completionLimit)).toEqual([8, 24, 96, 2048, 2048])
  })
})
