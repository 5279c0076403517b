import { describe, expect, it } from 'vitest'
import { sharedWordRatio, wordDiff } from '@/domain/corpus/word-diff'

const rebuild = (tokens: ReturnType<typeof wordDiff>, side: 'from' | 'to') =>
  tokens
    .filter((t) => t.kind === 'same' || t.kind === (side === 'from' ? 'removed' : 'added'))
    .map((t) => t.text)
    .join('')

describe('wordDiff', () => {
  const from = 'citizens who do not speak the Kazakh language should not be infringed.'
  const to = 'citizens who do not speak the Kazakh language should never be infringed.'

  it('marks the one word that differs', () => {
    const tokens = wordDiff(from, to)
    expect(tokens.filter((t) => t.kind === 'removed').map((t) => t.text.trim())).toEqual(['not'])
    expect(tokens.filter((t) => t.kind === 'added').map((t) => t.text.trim())).toEqual(['never'])
  })

  it('gives both statements back, word for word', () => {
    const tokens = wordDiff(from, to)
    expect(rebuild(tokens, 'from')).toBe(from)
    expect(rebuild(tokens, 'to')).toBe(to)
  })

  it('finds no difference between identical statements', () => {
    expect(wordDiff(from, from)).toEqual([{ kind: 'same', text: from }])
  })

  it('treats a change of case as a difference (the text is verbatim)', () => {
    expect(wordDiff('Kazakh language', 'kazakh language').some((t) => t.kind !== 'same')).toBe(true)
  })
})

describe('sharedWordRatio', () => {
  it('is 1 for identical statements and 0 for statements with no word in common', () => {
    expect(sharedWordRatio(wordDiff('one two three', 'one two three'))).toBe(1)
    expect(sharedWordRatio(wordDiff('one two', 'three four'))).toBe(0)
  })

  it('is the share of the longer statement’s words that both have', () => {
    // 3 shared words ("a", "b", "c") out of the 4 words of the longer statement.
    expect(sharedWordRatio(wordDiff('a b c', 'a b c d'))).toBe(0.75)
  })
})
