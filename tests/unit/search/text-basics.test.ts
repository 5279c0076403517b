import { describe, expect, it } from 'vitest'
import { foldText, normalizeQuotes, tokenizeFolded } from '@/domain/search/normalize'
import { parseQuery } from '@/domain/search/query'
import { stem } from '@/domain/search/stemmer'

describe('stem', () => {
  it.each([
    ['languages', 'language'],
    ['citizens', 'citizen'],
    ['united', 'unite'],
    ['uniting', 'unite'],
    ['strengthened', 'strengthen'],
    ['countries', 'country'],
    ['modernisation', 'modernization'],
    ['stated', 'state'],
  ])('gives %s and %s the same stem', (a, b) => {
    expect(stem(a)).toBe(stem(b))
  })

  it.each([
    ['nation', 'national'],
    ['state', 'statehood'],
    ['unity', 'unit'],
  ])('keeps %s and %s apart (light stemming only)', (a, b) => {
    expect(stem(a)).not.toBe(stem(b))
  })

  it('leaves short words and numbers alone', () => {
    expect(stem('is')).toBe('is')
    expect(stem('1995s')).toBe('1995s')
  })
})

describe('foldText', () => {
  it('folds case, diacritics and quotation marks without changing the length', () => {
    const text = 'Qazaqstán’s “Ulttyq Qūryltai” — ÉLAN'
    const folded = foldText(text)
    expect(folded).toBe('qazaqstan\'s "ulttyq quryltai" — elan')
    expect(folded).toHaveLength(text.length)
  })

  it('keeps offsets aligned even for letters whose lower case is longer', () => {
    const text = 'İstanbul and Kazakh'
    const folded = foldText(text)
    expect(folded).toHaveLength(text.length)
    expect(folded.slice(13)).toBe('kazakh')
  })

  it('plain-ifies every typographic quotation mark', () => {
    expect(normalizeQuotes('‘a’ “b” „c‟ «d»')).toBe(`'a' "b" "c" "d"`)
  })
})

describe('tokenizeFolded', () => {
  it('splits on hyphens, keeps inner apostrophes, drops possessives from the word', () => {
    const tokens = tokenizeFolded(foldText('Ethno-social: Kazakhstan’s citizens don’t.'))
    expect(tokens.map((t) => t.word)).toEqual([
      'ethno',
      'social',
      'kazakhstan',
      'citizens',
      "don't",
    ])
    const kazakhstan = tokens[2]!
    expect(kazakhstan.start).toBe(14)
  })
})

describe('parseQuery', () => {
  it('treats the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('kazakh lang').terms.map((t) => t.prefix)).toEqual([false, true])
    expect(parseQuery('kazakh lang ').terms.map((t) => t.prefix)).toEqual([false, false])
  })

  it('reads “curly” and "straight" quotation marks as the same phrase', () => {
    const curly = parseQuery('“national identity”')
    const straight = parseQuery('"national identity"')
    expect(curly.phrases).toEqual(straight.phrases)
    expect(straight.phrases[0]).toMatchObject({ text: 'national identity', open: false })
    expect(straight.terms).toEqual([])
  })

  it('keeps a phrase open until its closing mark', () => {
    expect(parseQuery('"national iden').phrases[0]).toMatchObject({
      text: 'national iden',
      open: true,
    })
  })

  it('allows typos only in longer words', () => {
    const [short, five, eight] = parseQuery('unity harmony language ').terms
    expect([short?.maxTypos, five?.maxTypos, eight?.maxTypos]).toEqual([1, 1, 2])
    expect(parseQuery('role ').terms[0]?.maxTypos).toBe(0)
  })

  it('finds nothing to search in punctuation and empty quotes', () => {
    for (const q of ['', '   ', '""', '"', '(((', '—']) {
      const parsed = parseQuery(q)
      expect(parsed.terms).toEqual([])
      expect(parsed.phrases).toEqual([])
    }
  })
})
