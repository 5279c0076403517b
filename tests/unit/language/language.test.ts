import { describe, expect, it } from 'vitest'
import {
  foldText,
  guessLanguage,
  isNegation,
  languageOf,
  searchStem,
  stem,
  words,
  type Language,
} from '../../../src/domain/language'

const stems = (list: string[], language: Language) => list.map((w) => stem(foldText(w), language))
const oneStem = (list: string[], language: Language) => new Set(stems(list, language)).size === 1

describe('foldText', () => {
  it('folds case, ё = е, quotation marks and dashes, keeping every offset', () => {
    const text = 'Ёлка — «Единство» – “Unity” ‘n’ Café'
    const folded = foldText(text)
    expect(folded).toBe('елка - "единство" - "unity" \'n\' cafe')
    expect(folded).toHaveLength(text.length)
  })

  it('keeps the Kazakh letters and й apart from their look-alikes', () => {
    expect(foldText('ӘҒҚҢӨҰҮҺІ')).toBe('әғқңөұүһі')
    expect(foldText('қала')).not.toBe(foldText('кала'))
    expect(foldText('мой')).not.toBe(foldText('мои'))
  })
})

describe('words', () => {
  it('finds words in any script with their offsets, hyphenated names split', () => {
    const text = 'Қасым-Жомарт Тоқаев: «Бірлігімізді сақтайық!»'
    expect(words(text, 'kk').map((w) => text.slice(w.start, w.end))).toEqual([
      'Қасым',
      'Жомарт',
      'Тоқаев',
      'Бірлігімізді',
      'сақтайық',
    ])
  })

  it('marks function words and negations of each language', () => {
    const flags = (text: string, language: Language) =>
      words(text, language).map(
        (w) => `${w.folded}${w.stop ? '/stop' : ''}${w.negation ? '/neg' : ''}`,
      )
    expect(flags('Citizens should never be infringed', 'en')).toEqual([
      'citizens',
      'should/stop',
      'never/neg',
      'be/stop',
      'infringed',
    ])
    expect(flags('Права граждан не должны ущемляться', 'ru')).toEqual([
      'права',
      'граждан',
      'не/stop/neg',
      'должны',
      'ущемляться',
    ])
    expect(flags('Бұл азаматтардың құқығы емес', 'kk')).toEqual([
      'бұл/stop',
      'азаматтардың',
      'құқығы',
      'емес/stop/neg',
    ])
    expect(isNegation('ешқашан', 'kk')).toBe(true)
  })
})

describe('English stems', () => {
  it('compares through Porter (the `stemmer` package) after folding spellings', () => {
    expect(stems(['caresses', 'ponies', 'relational', 'conditional', 'hopeful'], 'en')).toEqual([
      'caress',
      'poni',
      'relat',
      'condit',
      'hope',
    ])
    expect(oneStem(['modernisation', 'modernization', 'modernised'], 'en')).toBe(true)
    expect(oneStem(['elections', 'election', 'elect'], 'en')).toBe(true)
    expect(oneStem(['honour', 'honored'], 'en')).toBe(true)
  })

  it('searches with the light stemmer: inflections only', () => {
    expect(searchStem('languages', 'en')).toBe(searchStem('language', 'en'))
    expect(searchStem('national', 'en')).not.toBe(searchStem('nation', 'en'))
  })
})

describe('Russian stems (Snowball)', () => {
  it('brings a noun and its cases together', () => {
    expect(oneStem(['единство', 'единства', 'единству', 'единством'], 'ru')).toBe(true)
    expect(oneStem(['язык', 'языка', 'языков', 'языки'], 'ru')).toBe(true)
    expect(oneStem(['Ёлка', 'елки'], 'ru')).toBe(true)
  })

  it('keeps different words apart', () => {
    expect(stem('язык', 'ru')).not.toBe(stem('единство', 'ru'))
  })
})

describe('Kazakh stems (light suffix stemmer)', () => {
  it('бірлік, бірлікті, бірлігімізді are one stem (г at the end is к again)', () => {
    expect(stems(['бірлік', 'бірлікті', 'бірлігімізді', 'бірлігі', 'бірлігін'], 'kk')).toEqual([
      'бірлік',
      'бірлік',
      'бірлік',
      'бірлік',
      'бірлік',
    ])
  })

  it('тіл, тілі, тілін, тілдері, тілдерінің are one stem', () => {
    expect(oneStem(['тіл', 'тілі', 'тілін', 'тілдері', 'тілдерінің', 'тілге', 'тілде'], 'kk')).toBe(
      true,
    )
  })

  it('a proper name and its cases meet even when it ends like a suffix', () => {
    expect(oneStem(['Қазақстан', 'Қазақстанның', 'Қазақстанда', 'Қазақстанға'], 'kk')).toBe(true)
    expect(oneStem(['Ассамблея', 'Ассамблеясы', 'Ассамблеяның', 'Ассамблеясының'], 'kk')).toBe(true)
    expect(oneStem(['мемлекет', 'мемлекеттің', 'мемлекеттер', 'мемлекетіміздің'], 'kk')).toBe(true)
    expect(oneStem(['ел', 'еліміз', 'елімізде', 'елдің'], 'kk')).toBe(true)
  })

  it('keeps derivational suffixes and different words apart', () => {
    expect(stem('бірлік', 'kk')).not.toBe(stem('бір', 'kk'))
    expect(stem('тіл', 'kk')).not.toBe(stem('бірлік', 'kk'))
    expect(stem('мемлекеттік', 'kk')).not.toBe(stem('мемлекет', 'kk'))
  })
})

describe('languages', () => {
  it('reads a document language tag, and guesses a short text by its letters', () => {
    expect(languageOf('ru-KZ')).toBe('ru')
    expect(languageOf('kk')).toBe('kk')
    expect(languageOf('de')).toBe('en')
    expect(guessLanguage('бірлік')).toBe('kk')
    expect(guessLanguage('единство')).toBe('ru')
    expect(guessLanguage('unity')).toBe('en')
  })
})

describe('two-word negations', () => {
  it('"rather than X" and "instead of X" deny X', () => {
    const flagged = (text: string) =>
      words(text, 'en')
        .filter((w) => w.negation)
        .map((w) => w.folded)
    expect(flagged('bring citizens together rather than separate them')).toEqual(['rather'])
    expect(flagged('dialogue instead of pressure')).toEqual(['instead'])
    expect(flagged('a rather long speech')).toEqual([])
  })
})
