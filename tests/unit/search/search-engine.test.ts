import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { checkCorpusIntegrity, CorpusSchema, type Corpus } from '@/domain/corpus/schema'
import { matchesFacets, type FilterFacet, type QuoteFilters } from '@/domain/filters/quote-filters'
import { highlightRanges } from '@/domain/search/highlight'
import { createSearchEngine, type SearchRequest } from '@/domain/search/search-engine'
import { explorerCorpus } from '../../fixtures/explorer-corpus'
import { searchRequest } from './search-request'

const engine = createSearchEngine(explorerCorpus)
const quotes = explorerCorpus.quotes

const request = searchRequest
function ids(over: Partial<SearchRequest>): string[] {
  return [...engine.search(request(over)).order].map((i) => quotes[i]!.id)
}
const textOf = (id: string) => quotes.find((q) => q.id === id)!.text

describe('the fixture corpus', () => {
  it('is valid against the corpus schema and its integrity rules', () => {
    expect(v.safeParse(CorpusSchema, explorerCorpus).success).toBe(true)
    expect(checkCorpusIntegrity(explorerCorpus)).toEqual([])
  })
})

describe('matching', () => {
  it('finds other forms of a word: languages finds language', () => {
    const found = ids({ q: 'languages ' })
    expect(found).toContain('kazakh-language-crucial')
    for (const id of found) expect(textOf(id).toLowerCase()).toContain('language')
  })

  it('matches the last word as a prefix while typing, and not once it is complete', () => {
    expect(ids({ q: 'kazakh lang' })).toContain('kazakh-language-crucial')
    expect(ids({ q: 'kazakh lang ' })).toEqual([])
  })

  it('requires every word (AND)', () => {
    const found = ids({ q: 'russian language' })
    expect(found).toEqual(['state-language-2022'])
  })

  it('tolerates a typo in a longer word, not in a short one', () => {
    expect(ids({ q: 'harmny ' })).toEqual(expect.arrayContaining(['prevent-provocations']))
    expect(ids({ q: 'langauge ' })).toContain('kazakh-language-crucial')
    expect(ids({ q: 'rloe ' })).toEqual([])
  })

  it('forgives typos only in words the corpus does not have', () => {
    const corpus = tinyCorpus(['Our unity matters.', 'The united people.'])
    const tiny = createSearchEngine(corpus)
    const texts = (q: string) =>
      [...tiny.search(request({ q })).order].map((i) => corpus.quotes[i]!.text)
    // "unity" is in the corpus, so it does not also find "united" (one letter away as a stem).
    expect(texts('unity ')).toEqual(['Our unity matters.'])
    expect(texts('unityy ')).toEqual(['Our unity matters.'])
  })

  it('ignores case, diacritics and the style of apostrophe', () => {
    expect(ids({ q: 'QAZAQSTÁN’S ' })).toEqual(['shared-future'])
    expect(ids({ q: "qazaqstan's" })).toEqual(['shared-future'])
    expect(ids({ q: 'Kazakhstan’s' })).toEqual(ids({ q: "Kazakhstan's" }))
  })
})

describe('exact phrases', () => {
  it('match word for word, where the same words unquoted match more', () => {
    const loose = ids({ q: 'other language ' })
    expect(loose).toContain('other-languages-2022')
    // The statement says "other languages", never "other language".
    expect(ids({ q: '"other language"' })).not.toContain('other-languages-2022')
    expect(ids({ q: '"other languages"' })).toEqual(['other-languages-2022'])
  })

  it('count punctuation inside the phrase', () => {
    expect(ids({ q: '"our statehood our country"' })).toEqual([])
    expect(ids({ q: '"our statehood, our country"' })).toEqual(['statehood-highest-value'])
  })

  it('read curly quotation marks as plain ones, in the query and in the text', () => {
    expect(ids({ q: '“unity in diversity”' })).toEqual(['unity-in-diversity'])
    expect(ids({ q: '"unity and harmony"' })).toEqual(['prevent-provocations'])
  })

  it('match as you type while the phrase is still open', () => {
    expect(ids({ q: '"unity and harm' })).toEqual(['prevent-provocations'])
  })

  it('combine with words', () => {
    expect(ids({ q: '"kazakh language" russian' })).toEqual(['state-language-2022'])
  })
})

describe('facet counts', () => {
  // Expected counts are computed here from the fixture with matchesFacets, not by the engine.
  const facetsOf = (r: SearchRequest): Pick<QuoteFilters, FilterFacet> => ({
    session: r.session,
    topic: r.topic,
    kind: r.kind,
    speaker: r.speaker,
    source: r.source,
    lang: r.lang,
    origin: r.origin,
  })

  it('count each value under the query and the other facets, ignoring the facet’s own selection', () => {
    const r = request({ q: 'language ', session: ['31'], kind: ['reported'] })
    const textMatches = new Set(engine.search(request({ q: r.q })).order)
    const result = engine.search(r)
    for (const session of ['31', '32']) {
      const expected = quotes.filter(
        (q, i) =>
          textMatches.has(i) && q.sessionId === session && matchesFacets(q, facetsOf(r), 'session'),
      ).length
      expect(result.facetCounts.session.get(session)).toBe(expected)
    }
    for (const kind of ['direct', 'reported']) {
      const expected = quotes.filter(
        (q, i) => textMatches.has(i) && q.kind === kind && matchesFacets(q, facetsOf(r), 'kind'),
      ).length
      expect(result.facetCounts.kind.get(kind)).toBe(expected)
    }
    // Session 32 has language statements even though only 31 is selected.
    expect(result.facetCounts.session.get('32')).toBeGreaterThan(0)
  })

  it('count every topic of a statement that has several', () => {
    const r = request({ topic: ['unity-and-harmony'] })
    const result = engine.search(r)
    for (const topic of explorerCorpus.topics) {
      const expected = quotes.filter(
        (q) => q.topicIds.includes(topic.id) && matchesFacets(q, facetsOf(r), 'topic'),
      ).length
      expect(result.facetCounts.topic.get(topic.id)).toBe(expected)
    }
    const shown = [...result.order].map((i) => quotes[i]!)
    expect(shown.every((q) => q.topicIds.includes('unity-and-harmony'))).toBe(true)
    expect(shown).toHaveLength(result.facetCounts.topic.get('unity-and-harmony')!)
  })

  it('give the result count as the sum over a single-valued facet when nothing is selected', () => {
    const result = engine.search(request({ q: 'unity' }))
    const sum = [...result.facetCounts.session.values()].reduce((a, b) => a + b, 0)
    expect(sum).toBe(result.order.length)
  })
})

describe('sorting', () => {
  const sessionDate = new Map(explorerCorpus.sessions.map((s) => [s.id, s.date]))
  const dateOf = (i: number) => sessionDate.get(quotes[i]!.sessionId)!

  it('newest first and oldest first', () => {
    const desc = [...engine.search(request({ sort: 'date-desc' })).order].map(dateOf)
    const asc = [...engine.search(request({ sort: 'date-asc' })).order].map(dateOf)
    expect(desc).toEqual([...desc].sort().reverse())
    expect(asc).toEqual([...asc].sort())
    expect(desc).toHaveLength(quotes.length)
  })

  it('in source order: each source whole, top to bottom', () => {
    const order = [...engine.search(request({ sort: 'source-order', q: 'the' })).order].map(
      (i) => quotes[i]!,
    )
    const sourceRank = new Map(explorerCorpus.sources.map((s, i) => [s.id, i]))
    for (let i = 1; i < order.length; i++) {
      const a = order[i - 1]!
      const b = order[i]!
      const rankA = sourceRank.get(a.sourceId)!
      const rankB = sourceRank.get(b.sourceId)!
      expect(rankA < rankB || (rankA === rankB && a.start < b.start)).toBe(true)
    }
  })

  it('gives the same orders whether or not the corpus lists statements source by source', () => {
    // The builder writes statements source by source, which the engine sorts in linear time;
    // any other listing takes the general path. Both must agree statement for statement.
    const reversed: Corpus = { ...explorerCorpus, quotes: [...explorerCorpus.quotes].reverse() }
    const listed = createSearchEngine(explorerCorpus)
    const shuffled = createSearchEngine(reversed)
    for (const sort of ['date-desc', 'date-asc', 'source-order'] as const) {
      const ids = (e: typeof engine, c: Corpus) =>
        [...e.search(request({ sort })).order].map((i) => c.quotes[i]!.id)
      expect(ids(shuffled, reversed)).toEqual(ids(listed, explorerCorpus))
    }
  })

  it('by relevance: a whole word before a mere completion of it', () => {
    const corpus = tinyCorpus([
      'A statement on the economy.',
      'The state of the economy.',
      'Economy, economy and the state.',
    ])
    const tiny = createSearchEngine(corpus)
    const order = [...tiny.search(request({ q: 'state' })).order].map((i) => corpus.quotes[i]!.text)
    expect(order).toHaveLength(3)
    expect(order[2]).toBe('A statement on the economy.')
  })
})

describe('highlighting', () => {
  const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
    ranges.map(([a, b]) => text.slice(a, b))

  it('marks the words that matched, in their verbatim form', () => {
    const result = engine.search(request({ q: 'languages kazakh' }))
    const text = textOf('other-languages-2022')
    expect(marked(text, highlightRanges(text, result.highlight))).toEqual([
      'Kazakh',
      'language',
      'languages',
      'languages',
    ])
  })

  it('marks a whole phrase, punctuation and curly marks included', () => {
    const result = engine.search(request({ q: '"unity in diversity"' }))
    const text = textOf('unity-in-diversity')
    expect(marked(text, highlightRanges(text, result.highlight))).toEqual(['Unity in diversity'])
  })

  it('marks prefix completions and typo corrections', () => {
    const text = textOf('prevent-provocations')
    const typed = engine.search(request({ q: 'harmny provoc' }))
    expect(marked(text, highlightRanges(text, typed.highlight))).toEqual([
      'provocations',
      'harmony',
    ])
  })
})

describe('robustness', () => {
  it.each([
    '<script>alert(1)</script>',
    '"',
    '""',
    '"""',
    '((([[[',
    'x'.repeat(10_000),
    '\u0000\uffff\ud800',
    '*?+.^$|\\',
  ])('never throws on %#', (q) => {
    expect(() => engine.search(request({ q, session: ['99'], topic: ['nonsense'] }))).not.toThrow()
  })

  it('an empty query lists everything, newest first', () => {
    expect(engine.search(request()).order).toHaveLength(quotes.length)
  })

  it('an unknown facet value gives no results rather than all of them', () => {
    expect(ids({ session: ['99'] })).toEqual([])
  })
})

function tinyCorpus(texts: string[]): Corpus {
  const text = texts.join('\n')
  let at = 0
  return {
    schemaVersion: 1,
    sessions: [{ id: '1', number: 1, roman: 'I', date: '2020-01-01', theme: 't', place: null }],
    sources: [
      {
        id: 's',
        sessionId: '1',
        title: 'S',
        kind: 'article',
        date: '2020-01-01',
        language: 'en',
        publisher: null,
        url: null,
        file: 's.txt',
        sha256: 'a'.repeat(64),
        text,
      },
    ],
    speakers: [{ id: 'p', name: 'P', role: 'r' }],
    topics: [],
    quotes: texts.map((t, order) => {
      const start = text.indexOf(t, at)
      at = start + t.length
      return {
        id: `q${order}`,
        sessionId: '1',
        sourceId: 's',
        kind: 'reported' as const,
        speakerId: 'p',
        text: t,
        start,
        end: start + t.length,
        section: null,
        order,
        topicIds: [],
        corroboratedBy: [],
        echoes: [],
      }
    }),
  }
}
