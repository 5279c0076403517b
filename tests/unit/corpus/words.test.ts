import { describe, expect, it } from 'vitest'
import { contentStems, stemWord } from '../../../src/domain/corpus/builder/words'

describe('words', () => {
  it('stems inflections to one form', () => {
    expect(new Set(['provocation', 'provocations'].map((w) => stemWord(w))).size).toBe(1)
    expect(new Set(['unite', 'united', 'uniting'].map((w) => stemWord(w))).size).toBe(1)
    expect(new Set(['independence', 'independent'].map((w) => stemWord(w))).size).toBe(1)
    expect(stemWord('language')).toBe(stemWord('languages'))
  })

  it('folds British and American spellings', () => {
    expect(stemWord('modernisation')).toBe(stemWord('modernization'))
    expect(stemWord('emphasised')).toBe(stemWord('emphasized'))
    expect(stemWord('democratisation')).toBe(stemWord('democratization'))
    expect(stemWord('honour')).toBe(stemWord('honored'))
    expect(stemWord('centre')).toBe(stemWord('center'))
  })

  it('folds transliterations of the Kurultai', () => {
    expect(new Set(['Kurultai', 'Kurultay', 'Kuryltay'].map((w) => stemWord(w))).size).toBe(1)
  })

  it('keeps different words apart', () => {
    expect(stemWord('statehood')).not.toBe(stemWord('state'))
    expect(stemWord('our')).not.toBe(stemWord('or'))
  })

  it('stems English with the Porter stemmer', () => {
    // Examples from Porter (1980).
    expect(
      ['caresses', 'ponies', 'relational', 'conditional', 'hopeful', 'generalization'].map((w) =>
        stemWord(w),
      ),
    ).toEqual(['caress', 'poni', 'relat', 'condit', 'hope', 'gener'])
  })

  it('drops function words and splits hyphenated words', () => {
    expect(contentStems('the causes of ethno-social tension')).toEqual([
      'caus',
      'ethno',
      'social',
      'tension',
    ])
  })
})
