import { describe, expect, it } from 'vitest'
import type { Corpus, Quote } from '@/domain/corpus/schema'
import { highlightRanges } from '@/domain/search/highlight'
import { createSearchEngine } from '@/domain/search/search-engine'
import { FIXTURE_SESSIONS } from '../../fixtures/sessions'
import { searchRequest } from './search-request'

/** One document per language, one statement per line (texts we wrote for this test). */
const documents = {
  en: [
    'The unity of our people is our greatest strength.',
    'National unity grows from shared values.',
  ],
  ru: [
    'Единство народа является главным условием развития.',
    'Мы должны беречь единство и согласие в обществе.',
    'Государственный язык станет языком науки.',
    'Слово «мемлекет» по-казахски значит «государство».',
  ],
  kk: [
    'Біз бірлігімізді сақтауымыз керек.',
    'Халықтың бірлігі – еліміздің басты байлығы.',
    'Мемлекеттік тіл ғылым тіліне айналуы тиіс.',
    'Мемлекеттің болашағы жастардың қолында.',
  ],
} as const

function corpusOf(): Corpus {
  const quotes: Quote[] = []
  const sources = Object.entries(documents).map(([language, lines]) => {
    const id = `doc-${language}`
    const text = lines.join('\n')
    let at = 0
    lines.forEach((line, order) => {
      quotes.push({
        id: `${language}-${order}`,
        sessionId: '32',
        sourceId: id,
        kind: 'direct',
        speakerId: 'speaker',
        text: line,
        start: at,
        end: at + line.length,
        section: null,
        order,
        topicIds: [],
        corroboratedBy: [],
        echoes: [],
      })
      at += line.length + 1
    })
    return {
      id,
      sessionId: '32',
      title: `A document in ${language}`,
      kind: 'transcript' as const,
      date: '2023-04-27',
      language,
      publisher: null,
      url: null,
      file: `${id}.txt`,
      sha256: '0'.repeat(64),
      text,
    }
  })
  return {
    schemaVersion: 1,
    sessions: FIXTURE_SESSIONS,
    sources,
    speakers: [{ id: 'speaker', name: 'A speaker', role: '' }],
    topics: [],
    quotes,
  }
}

const corpus = corpusOf()
const engine = createSearchEngine(corpus)
const found = (q: string) =>
  [...engine.search(searchRequest({ q })).order].map((i) => corpus.quotes[i]!.id).sort()

describe('search in Russian and Kazakh', () => {
  it('finds a Russian word in its other cases: единства finds единство', () => {
    expect(found('единства ')).toEqual(['ru-0', 'ru-1'])
  })

  it('finds a Kazakh word in its inflected forms: бірлік finds бірлігімізді and бірлігі', () => {
    expect(found('бірлік ')).toEqual(['kk-0', 'kk-1'])
    expect(found('бірлігімізді ')).toEqual(['kk-0', 'kk-1'])
  })

  it('stems a Kazakh word without a letter of its own as Kazakh in a Kazakh document', () => {
    // "мемлекет" has no Kazakh letter: the query tries both readings, and the Kazakh document's
    // genitive (мемлекеттің) is found; the derived adjective (мемлекеттік, "state language")
    // is another word, as "national" is not "nation".
    expect(found('мемлекет ')).toEqual(['kk-3', 'ru-3'])
  })

  it('completes a Cyrillic prefix while typing, and forgives a typo in a long word', () => {
    expect(found('государст')).toEqual(['ru-2', 'ru-3'])
    expect(found('единствво ')).toEqual(['ru-0', 'ru-1'])
  })

  it('matches an exact Cyrillic phrase, ё and case aside', () => {
    expect(found('"ЕДИНСТВО НАРОДА"')).toEqual(['ru-0'])
    expect(found('"единство народа является"')).toEqual(['ru-0'])
    expect(found('"народа единство"')).toEqual([])
  })

  it('keeps English as it was: unity finds unity, not a Cyrillic word', () => {
    expect(found('unity ')).toEqual(['en-0', 'en-1'])
  })

  it('marks the matched Cyrillic words in the verbatim text', () => {
    const result = engine.search(searchRequest({ q: 'бірлік' }))
    const quote = corpus.quotes.find((q) => q.id === 'kk-1')!
    const marked = highlightRanges(quote.text, result.highlight).map(([s, e]) =>
      quote.text.slice(s, e),
    )
    expect(marked).toEqual(['бірлігі'])
  })
})

describe('the language facet (lang=)', () => {
  it('narrows the results to statements in the chosen languages, and counts each language', () => {
    const result = engine.search(searchRequest({ lang: ['kk'] }))
    const shown = [...result.order].map((i) => corpus.quotes[i]!.sourceId)
    expect(new Set(shown)).toEqual(new Set(['doc-kk']))
    expect(result.facetCounts.lang.get('ru')).toBe(4)
    expect(result.facetCounts.lang.get('kk')).toBe(4)
    expect(result.facetCounts.lang.get('en')).toBe(2)
  })
})
