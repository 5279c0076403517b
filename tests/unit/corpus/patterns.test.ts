/** The named parts of the long regular expressions, each on its own. */
import { describe, expect, it } from 'vitest'
import { datelineParts } from '../../../src/domain/corpus/builder/patterns'
import { detectLanguage } from '../../../src/domain/corpus/builder/detect-language'
import { patternsOf } from './read-text'

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'u')

describe('dateline parts', () => {
  const en = datelineParts(patternsOf('en').parts.month)
  const ru = datelineParts(patternsOf('ru').parts.month)
  it('city', () => {
    expect(whole(en.city).test('ASTANA')).toBe(true)
    expect(whole(en.city).test('Нұр-Сұлтан')).toBe(true)
    expect(whole(en.city).test('astana')).toBe(false)
  })
  it('date', () => {
    for (const d of ['April 27', 'April 27, 2023', '27 April 2023', '2023-04-27'])
      expect(whole(en.date).test(d), d).toBe(true)
    for (const d of ['27 апреля', '27 апреля 2023 года'])
      expect(whole(ru.date).test(d), d).toBe(true)
  })
  it('agency', () => {
    for (const a of ['KAZINFORM', 'КАЗИНФОРМ', 'ҚазАқпарат'])
      expect(whole(en.agency).test(a), a).toBe(true)
    expect(whole(en.agency).test('President')).toBe(false)
  })
  it('the whole prefix, in each form', () => {
    const prefix = new RegExp(en.prefix, 'u')
    const ruPrefix = new RegExp(ru.prefix, 'u')
    expect(prefix.exec('ASTANA, April 27 – Kazinform. The President…')?.[0]).toBe(
      'ASTANA, April 27 – Kazinform. ',
    )
    expect(prefix.exec('Astana, April 27, 2023 – President of Kazakhstan…')?.[0]).toBe(
      'Astana, April 27, 2023 – ',
    )
    expect(ruPrefix.exec('АСТАНА. 27 апреля. КАЗИНФОРМ – Глава государства…')?.[0]).toBe(
      'АСТАНА. 27 апреля. КАЗИНФОРМ – ',
    )
    expect(ruPrefix.exec('АСТАНА. KAZINFORM – Глава государства…')?.[0]).toBe(
      'АСТАНА. KAZINFORM – ',
    )
    expect(prefix.test('Tokayev, the President, said that…')).toBe(false)
  })
})

describe('attribution parts', () => {
  it('alias: names, aliases and titles, with their article, inflected where the language inflects', () => {
    const en = whole(patternsOf('en').parts.alias)
    for (const a of ['Tokayev', 'President Tokayev', 'the Head of State', 'the head of state'])
      expect(en.test(a), a).toBe(true)
    expect(whole(patternsOf('kk').parts.alias).test('Мемлекет басшысының')).toBe(true)
    expect(whole(patternsOf('ru').parts.alias).test('Главы государства')).toBe(true)
  })
  it('speech verbs are listed; any verb is listed or shaped like a verb', () => {
    const p = patternsOf('en').parts
    expect(whole(p.speechVerb).test('emphasised')).toBe(true)
    expect(whole(p.anyVerb).test('reiterated')).toBe(true)
    expect(whole(p.anyVerb).test('the')).toBe(false)
  })
  it('own-words markers open a sentence in either case', () => {
    expect(patternsOf('ru').ownWords.test('По словам Президента, реформы идут')).toBe(true)
    expect(patternsOf('kk').ownWords.test('Оның айтуынша, реформалар')).toBe(true)
    expect(patternsOf('en').ownWords.test('According to him, reforms')).toBe(true)
  })
})

describe('residue, bylines and captions per language', () => {
  it.each([
    ['en', 'USD 450.12 EUR 490.30'],
    ['en', 'Read also: something'],
    ['ru', 'Читайте также: новость'],
    ['ru', 'Подписывайтесь на наш канал'],
    ['kk', 'Тағы оқыңыз: жаңалық'],
    ['en', 'We use cookies to improve your experience'],
  ] as const)('%s “%s” is residue', (language, line) => {
    expect(patternsOf(language).residue.test(line)).toBe(true)
  })
  it('is not an article sentence', () => {
    expect(patternsOf('en').residue.test('The President said the reforms will continue.')).toBe(
      false,
    )
  })
})

describe('language detection (franc-min)', () => {
  it('tells English, Russian and Kazakh apart', () => {
    expect(
      detectLanguage('The Head of State stressed that every citizen should strengthen unity.'),
    ).toBe('en')
    expect(
      detectLanguage(
        'Глава государства подчеркнул, что каждый гражданин должен укреплять единство.',
      ),
    ).toBe('ru')
    expect(
      detectLanguage('Мемлекет басшысы әр азамат елдің бірлігін нығайтуы керек екенін атап өтті.'),
    ).toBe('kk')
    expect(detectLanguage('Hi')).toBeNull()
  })
})
