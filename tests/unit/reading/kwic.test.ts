import { describe, expect, it } from 'vitest'
import {
  kwicLines,
  leftContext,
  matchedForms,
  rightContext,
  sortKwicLines,
  type KwicLine,
} from '@/domain/reading/kwic'
import { parseTerm } from '@/domain/reading/term-match'
import { wordsModel } from '../../fixtures/words-corpus'

const term = (typed: string) => parseTerm(typed)!
const shown = (lines: KwicLine[]) => lines.map((l) => `${l.left}[${l.match}]${l.right}`)

describe('kwicLines', () => {
  it('gives one line per occurrence, in source order, each pointing at its statement', () => {
    const lines = kwicLines(wordsModel, term('language'), { contextChars: 200 })
    expect(shown(lines)).toEqual([
      'Every [language] of the country deserves care, and the Kazakh language most of all.',
      'Every language of the country deserves care, and the Kazakh [language] most of all.',
      '[Languages] divide nobody; unity grows when citizens learn each other’s languages.',
      'Languages divide nobody; unity grows when citizens learn each other’s [languages].',
      'A zebra crossing is not a [language], and an apple is not a policy.',
    ])
    expect(lines.map((l) => l.quoteId)).toEqual([
      'notes-31-en-2',
      'notes-31-en-2',
      'notes-31-en-3',
      'notes-31-en-3',
      'notes-32-en-2',
    ])
    const first = lines[0]!
    const quote = wordsModel.quoteById.get(first.quoteId)!
    expect(quote.text.slice(first.start, first.end)).toBe('language')
  })

  it('finds Russian and Kazakh forms, and keeps to the chosen sessions', () => {
    expect(shown(kwicLines(wordsModel, term('единство'), { contextChars: 200 }))).toEqual([
      '[Единство] народа остается главным условием развития.',
      'Без [единства] нет ни согласия, ни доверия, и мы будем беречь это единство.',
      'Без единства нет ни согласия, ни доверия, и мы будем беречь это [единство].',
    ])
    expect(kwicLines(wordsModel, term('бірлік')).map((l) => l.match)).toEqual([
      'бірлігі',
      'Бірлік',
      'бірлігімізді',
    ])
    expect(
      kwicLines(wordsModel, term('unity'), { sessions: ['32'] }).map((l) => l.quoteId),
    ).toEqual(['notes-32-en-1'])
  })

  it('cuts long context at a word and says so', () => {
    const lines = kwicLines(wordsModel, term('citizens'), { contextChars: 20 })
    expect(lines.map((l) => [l.left, l.match, l.right])).toEqual([
      ['…unity grows when ', 'citizens', ' learn each other’s…'],
    ])
  })
})

describe('context', () => {
  const text = 'one two three four five'
  it('starts and ends at whole words', () => {
    // “four” starts at 14; 9 characters before it begin inside “two”.
    expect(leftContext(text, 14, 9)).toBe('…three ')
    expect(leftContext(text, 14, 10)).toBe('…two three ')
    expect(leftContext(text, 14, 100)).toBe('one two three ')
    expect(rightContext(text, 13, 6)).toBe(' four…')
    expect(rightContext(text, 13, 8)).toBe(' four…')
    expect(rightContext(text, 13, 100)).toBe(' four five')
    expect(rightContext('line\n\nbreaks  here', 0, 100)).toBe('line breaks here')
    expect(leftContext('line\n\nbreaks  here', 14, 100)).toBe('line breaks ')
  })
})

describe('sortKwicLines', () => {
  const lines = kwicLines(wordsModel, term('language'))

  it('orders by the words to the left, nearest first, then by source order', () => {
    // Left neighbours: every / kazakh / (none) / other(’s) / a.
    expect(sortKwicLines(lines, 'left').map((l) => l.leftWords[0] ?? '')).toEqual([
      '',
      'a',
      'every',
      'kazakh',
      'other', // “other’s”: a possessive ending is not part of the word
    ])
  })

  it('orders by the words to the right', () => {
    expect(sortKwicLines(lines, 'right').map((l) => l.rightWords.slice(0, 2).join(' '))).toEqual([
      '',
      'and an',
      'divide nobody',
      'most of',
      'of the',
    ])
  })

  it('uses the comparison it is given (the interface language’s collation)', () => {
    const ru = kwicLines(wordsModel, term('единство'))
    const byRight = sortKwicLines(ru, 'right', new Intl.Collator('ru').compare)
    expect(byRight.map((l) => l.rightWords[0] ?? '')).toEqual(['', 'народа', 'нет'])
  })

  it('keeps source order for "source", without touching its input', () => {
    const copy = [...lines]
    expect(sortKwicLines(lines, 'source')).toEqual(lines)
    sortKwicLines(lines, 'left')
    expect(lines).toEqual(copy)
  })
})

describe('matchedForms', () => {
  it('lists the forms a stem matched, most frequent first', () => {
    expect(matchedForms(kwicLines(wordsModel, term('language')))).toEqual([
      { form: 'language', count: 3 },
      { form: 'languages', count: 2 },
    ])
  })
})
