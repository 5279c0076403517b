import { describe, expect, it } from 'vitest'
import { analyseText, findTerm, parseTerm, wordCount } from '@/domain/reading/term-match'
import { createSearchEngine } from '@/domain/search/search-engine'
import { wordsCorpus } from '../../fixtures/words-corpus'
import { searchRequest } from '../search/search-request'

/** The pieces of `text` where `term` occurs, in a text of `language`. */
function found(text: string, language: string, term: string): string[] {
  const query = parseTerm(term)
  if (!query) throw new Error(`no term in “${term}”`)
  return findTerm(analyseText(text, language), query).map(([s, e]) => text.slice(s, e))
}

describe('parseTerm', () => {
  it('reads words as matched by stem and a quoted phrase as exact', () => {
    expect(parseTerm('Kazakh  Language')).toMatchObject({ mode: 'stem', label: 'kazakh language' })
    expect(parseTerm('“Kazakh language”')).toMatchObject({
      mode: 'exact',
      label: 'kazakh language',
    })
    expect(parseTerm('"unity')).toMatchObject({ mode: 'exact', label: 'unity' })
  })

  it('has nothing to look for in blank or punctuation-only input', () => {
    expect(parseTerm('')).toBeNull()
    expect(parseTerm('  ,;—  ')).toBeNull()
    expect(parseTerm('""')).toBeNull()
  })
})

describe('findTerm in English', () => {
  const text = 'The Kazakh languages and the Kazakh language; the language of Kazakhstan’s people.'

  it('matches every inflected form of a word by its stem, not longer words', () => {
    expect(found(text, 'en', 'language')).toEqual(['languages', 'language', 'language'])
    expect(found(text, 'en', 'Kazakhstan')).toEqual(['Kazakhstan'])
    expect(found('A nation and the national interest.', 'en', 'nation')).toEqual(['nation'])
  })

  it('matches the words of a term next to each other and in order', () => {
    expect(found(text, 'en', 'kazakh language')).toEqual(['Kazakh languages', 'Kazakh language'])
    expect(found(text, 'en', 'language kazakh')).toEqual([])
  })

  it('matches a quoted phrase letter for letter, whole words only', () => {
    expect(found(text, 'en', '"kazakh language"')).toEqual(['Kazakh language'])
    expect(found(text, 'en', '"Kazakh lang"')).toEqual([])
  })

  it('counts the words as the search index does', () => {
    expect(
      wordCount(analyseText('Unity, stability and development — Kazakhstan’s way.', 'en')),
    ).toBe(6)
  })
})

describe('findTerm in Russian and Kazakh', () => {
  it('finds the Russian cases of a Russian word', () => {
    const text =
      'Единство народа. Без единства нет согласия; мы верны единству и дорожим единством.'
    expect(found(text, 'ru', 'единство')).toEqual(['Единство', 'единства', 'единству', 'единством'])
    expect(found(text, 'ru', 'ЕДИНСТВА')).toHaveLength(4)
  })

  it('finds a Russian phrase in its cases', () => {
    const text =
      'Казахский язык — государственный язык; знание казахского языка и внимание к казахскому языку.'
    expect(found(text, 'ru', 'казахский язык')).toEqual([
      'Казахский язык',
      'казахского языка',
      'казахскому языку',
    ])
    expect(found(text, 'ru', '«казахского языка»')).toEqual(['казахского языка'])
  })

  it('finds the Kazakh forms of a Kazakh word, including the k/g alternation', () => {
    const text = 'Халқымыздың бірлігі — басты құндылық. Бірлік пен келісім; бірлігімізді сақтаймыз.'
    expect(found(text, 'kk', 'бірлік')).toEqual(['бірлігі', 'Бірлік', 'бірлігімізді'])
  })

  it('finds a Kazakh phrase in its cases, and reads a typed word as Russian or Kazakh', () => {
    const text = 'Қазақ тілі — мемлекеттік тіл. Қазақ тілін дамыту, қазақ тілінің мәртебесі.'
    expect(found(text, 'kk', 'қазақ тілі')).toEqual(['Қазақ тілі', 'Қазақ тілін', 'қазақ тілінің'])
  })

  it('finds a word in the statements the explorer’s search finds, in every language', () => {
    const engine = createSearchEngine(wordsCorpus)
    const { quotes, sources } = wordsCorpus
    const language = (sourceId: string) => sources.find((s) => s.id === sourceId)!.language
    for (const term of ['единство', 'языка', 'бірлік', 'тілі', 'unity', 'languages']) {
      // A space after the word: the search box completes a word still being typed.
      const { order } = engine.search(searchRequest({ q: `${term} ` }))
      const bySearch = [...order].map((i) => quotes[i]!.id).sort()
      const byTerm = quotes
        .filter((q) => found(q.text, language(q.sourceId), term).length > 0)
        .map((q) => q.id)
        .sort()
      expect(byTerm.length, term).toBeGreaterThan(0)
      expect(byTerm, term).toEqual(bySearch)
    }
  })
})
