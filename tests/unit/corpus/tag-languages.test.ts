import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { TopicsFileSchema } from '../../../src/domain/corpus/builder/inputs'
import { compileTopics, tagStatement } from '../../../src/domain/corpus/builder/tag'
import type { Language } from '../../../src/domain/language'

const taxonomy = v.parse(TopicsFileSchema, JSON.parse(readFileSync('corpus/topics.json', 'utf8')))
const topics = compileTopics(taxonomy)
const tag = (text: string, language: Language) =>
  [...tagStatement(text, null, topics, language)].sort()

// The same statement in the three languages (written for this test).
const PARALLEL: [string, string, string, string[]][] = [
  [
    'The Kazakh language must become the language that unites all citizens.',
    'Казахский язык должен стать языком, объединяющим всех граждан.',
    'Қазақ тілі барлық азаматтардың бірлігін нығайтатын тілге айналуы керек.',
    ['language-policy', 'unity-and-harmony'],
  ],
  [
    'The Assembly has become a genuine institution of ethno-mediation.',
    'Ассамблея стала настоящим институтом этномедиации.',
    'Ассамблея этномедиацияның нағыз институтына айналды.',
    ['assembly-role'],
  ],
  [
    'Any provocations and attempts at separatism will be firmly suppressed.',
    'Любые провокации и попытки сепаратизма будут жестко пресекаться.',
    'Кез келген арандату мен сепаратизмге жол берілмейді.',
    ['countering-extremism'],
  ],
  [
    'The referendum opened the way to a new model of government.',
    'Референдум открыл дорогу новой модели государственного управления.',
    'Референдум мемлекеттік басқарудың жаңа моделіне жол ашты.',
    ['political-reform'],
  ],
  [
    'Our independence and sovereignty are our highest value.',
    'Наша независимость и суверенитет – высшая ценность.',
    'Тәуелсіздігіміз бен егемендігіміз – ең жоғары құндылық.',
    ['statehood-and-independence'],
  ],
  [
    'Members of the Assembly were awarded the Shapagat medal.',
    'Члены Ассамблеи награждены медалью «Шапагат».',
    'Ассамблея мүшелері «Шапағат» медалімен марапатталды.',
    ['assembly-role', 'awards-and-honours'],
  ],
]

describe('topics in three languages', () => {
  it.each(PARALLEL)('%s → the same topic ids in en, ru and kk', (en, ru, kk, expected) => {
    expect(tag(en, 'en')).toEqual(expected)
    expect(tag(ru, 'ru')).toEqual(expected)
    expect(tag(kk, 'kk')).toEqual(expected)
  })

  it('reads a statement with the rules of its own language only', () => {
    expect(tag('Казахский язык', 'en')).toEqual([])
    expect(tag('Kazakh language', 'ru')).toEqual([])
  })

  it('a session of the Assembly is where something happened, in every language', () => {
    expect(tag('Сегодня на сессии Ассамблеи выступили делегаты.', 'ru')).toEqual([])
    expect(tag('Бүгін Қазақстан халқы Ассамблеясының сессиясы өтті.', 'kk')).toEqual([])
  })

  it('every topic has rules, a label and a description in Russian and Kazakh', () => {
    for (const t of taxonomy) {
      expect(t.languages?.ru?.rules.length, t.id).toBeGreaterThan(0)
      expect(t.languages?.kk?.rules.length, t.id).toBeGreaterThan(0)
    }
  })
})
