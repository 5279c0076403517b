import { describe, expect, it } from 'vitest'
import { linkStatements, type LinkItem } from '../../../src/domain/corpus/builder/link'
import { linkItem } from '../../../src/domain/corpus/builder/link-items'
import { thesaurusConflicts } from '../../../src/domain/corpus/builder/thesaurus'
import type { Language } from '../../../src/domain/language'

const item = (source: string, text: string, language: Language = 'en'): LinkItem =>
  linkItem(text, language, { sessionId: '32', source, speaker: 'p' })

// Filler statements make the frequent words frequent, as in a real corpus.
const filler = (language: Language) =>
  Array.from({ length: 30 }, (_, i) =>
    item(`f${i % 3}`, `Kazakhstan statement number ${i} about item${i} and thing${i}`, language),
  )

const linked = (a: string, b: string, language: Language = 'en') =>
  linkStatements([
    item('a', a, language),
    item('b', b, language),
    ...filler(language),
  ]).corroborations.some((p) => p.a === 0 && p.b === 1)

describe('corroboration evidence beyond shared words', () => {
  it('reads near-synonyms as one word (the thesaurus)', () => {
    expect(
      linked(
        'The primary task is to ensure the safety of citizens.',
        'Our main task is to ensure the safety of citizens.',
      ),
    ).toBe(true)
    expect(
      linked(
        'The state’s primary obligation is to safeguard the peace of every household.',
        'Our first duty is to protect the peace of every family in Kazakhstan.',
      ),
    ).toBe(true)
  })

  it('in Russian and Kazakh too', () => {
    expect(
      linked(
        'Главная задача – обеспечить безопасность граждан и их семей.',
        'Основная цель – гарантировать безопасность граждан и их семей.',
        'ru',
      ),
    ).toBe(true)
    expect(
      linked(
        'Басты міндет – азаматтардың қауіпсіздігін қамтамасыз ету.',
        'Ең негізгі мақсат – азаматтардың қауіпсіздігін қорғау.',
        'kk',
      ),
    ).toBe(true)
  })

  it('a negated claim is not the claim', () => {
    const infringed = 'Citizens who speak other languages should be infringed in their rights.'
    const never = 'Citizens who speak other languages should never be infringed in their rights.'
    expect(linked(never, infringed)).toBe(false)
    expect(linked(never, never.replace('never', 'not'))).toBe(true)
    expect(
      linked(
        'Interethnic harmony in Kazakhstan is not guaranteed once and for all by our Constitution.',
        'Interethnic harmony in Kazakhstan is guaranteed once and for all by our Constitution.',
      ),
    ).toBe(false)
  })

  it('"without … no …" affirms: a double negation is not a denial', () => {
    expect(
      linked(
        'Without unity there can be no stability and no development of the country.',
        'Unity brings stability and development of the country.',
      ),
    ).toBe(true)
  })

  it('numbers in words and digits are one; different numbers rule a pair out', () => {
    expect(
      linked(
        'Ethno-cultural associations held more than three thousand events last year.',
        'Ethno-cultural associations held over 3 thousand events last year.',
      ),
    ).toBe(true)
    expect(
      linked(
        'Ethno-cultural associations held more than 300 events in the regions last year.',
        'Ethno-cultural associations held about 400 events in the regions last year.',
      ),
    ).toBe(false)
    expect(
      linked(
        'Этнокультурные объединения провели более трех тысяч мероприятий.',
        'Этнокультурные объединения провели свыше 3 тысяч мероприятий.',
        'ru',
      ),
    ).toBe(true)
  })

  it('the thesaurus puts every word in one group only', () => {
    expect(thesaurusConflicts).toEqual([])
  })
})
