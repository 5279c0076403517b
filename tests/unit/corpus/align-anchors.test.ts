import { describe, expect, it } from 'vitest'
import {
  anchorsOf,
  compilePeople,
  numberAnchors,
  personAnchors,
  romanValue,
} from '../../../src/domain/corpus/builder/align-anchors'
import type { SpeakerInput } from '../../../src/domain/corpus/builder/inputs'

// An invented person: people are data, whatever the language of the text.
const SPEAKERS: SpeakerInput[] = [
  {
    id: 'aigerim-sadykova',
    name: { en: 'Aigerim Sadykova', ru: 'Айгерим Садыкова', kk: 'Әйгерім Садықова' },
    role: { en: 'Deputy Chair' },
    aliases: { ru: ['А. Садыкова'], kk: ['Ә. Садықова'] },
  },
]

describe('anchors: what a statement and its translation share in any language', () => {
  it('reads session numbers in Roman numerals, ordinals and digits as one number', () => {
    expect(numberAnchors('the 31st session', 'en')).toEqual(['#31'])
    expect(numberAnchors('на XXXI сессии', 'ru')).toEqual(['#31'])
    expect(numberAnchors('31-ші сессиясында', 'kk')).toEqual(['#31'])
    expect(numberAnchors('31-й сессии', 'ru')).toEqual(['#31'])
  })

  it('reads thousands and decimals in each language’s way', () => {
    expect(numberAnchors('1,200 events, 12.5 per cent', 'en')).toEqual(['#12.5', '#1200'])
    expect(numberAnchors('1 200 мероприятий, 12,5 процента', 'ru')).toEqual(['#12.5', '#1200'])
  })

  it('reads number words through the thesaurus', () => {
    expect(numberAnchors('three houses', 'en')).toEqual(['#3'])
    expect(numberAnchors('трех домов', 'ru')).toEqual(['#3'])
    expect(numberAnchors('үш үй', 'kk')).toEqual(['#3'])
  })

  it('does not take the English pronoun, or an ill-formed numeral, for a number', () => {
    expect(numberAnchors('I said so', 'en')).toEqual([])
    expect(romanValue('XXXI')).toBe(31)
    expect(romanValue('IIII')).toBeNull()
    expect(romanValue('VX')).toBeNull()
  })

  it('finds a person of the speakers data by surname, inflected, in any spelling', () => {
    const people = compilePeople(SPEAKERS)
    expect(personAnchors('По словам Садыковой, …', people)).toEqual(['@aigerim-sadykova'])
    expect(personAnchors('Садықованың айтуынша, …', people)).toEqual(['@aigerim-sadykova'])
    expect(personAnchors('Sadykova’s view', people)).toEqual(['@aigerim-sadykova'])
    expect(personAnchors('Сагадиев сказал', people)).toEqual([])
  })

  it('gives the same anchors to a sentence and its translation', () => {
    const people = compilePeople(SPEAKERS)
    const en = anchorsOf(
      'Aigerim Sadykova said the main task for 2025 is three new centres.',
      'en',
      people,
    )
    const ru = anchorsOf(
      'Айгерим Садыкова заявила, что главная задача на 2025 год – три новых центра.',
      'ru',
      people,
    )
    expect(en.filter((a) => ru.includes(a))).toEqual(
      expect.arrayContaining(['#2025', '#3', '≈main', '≈task', '@aigerim-sadykova']),
    )
  })
})
