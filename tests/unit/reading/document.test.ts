import { describe, expect, it } from 'vitest'
import { documentBlocks, paragraphAround } from '@/domain/corpus/document'
import type { Quote } from '@/domain/corpus/schema'
import { readingModel } from '../../fixtures/reading-corpus'

const source = (id: string) => readingModel.sourceById.get(id)!
const quotesOf = (id: string) => [...(readingModel.quotesBySource.get(id) ?? [])]

describe('documentBlocks', () => {
  it('tells the title, headings and bullets of a factsheet apart', () => {
    const blocks = documentBlocks(source('factsheet-2022'), quotesOf('factsheet-2022'))
    const text = source('factsheet-2022').text
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end).slice(0, 24)])).toEqual([
      ['title', 'Factsheet on President T'],
      ['heading', 'On the state language'],
      ['bullet', 'President Tokayev emphas'],
      ['bullet', 'The Head of State said m'],
      ['heading', 'On Kazakhstan’s unity'],
      ['bullet', 'He stressed that “our st'],
      ['bullet', 'The President urged not '],
    ])
  })

  it('does not take a dateline for a heading', () => {
    const text = 'A title\n\nApril 27, 2023\n\nIn his speech, the President spoke.'
    expect(documentBlocks({ text }, []).map((b) => b.kind)).toEqual([
      'title',
      'paragraph',
      'paragraph',
    ])
  })

  it('covers every character of each block, and marks exactly the statements', () => {
    const src = source('factsheet-2022')
    const quotes = quotesOf('factsheet-2022')
    for (const block of documentBlocks(src, quotes)) {
      expect(block.segments.map((s) => s.text).join('')).toBe(
        src.text.slice(block.start, block.end),
      )
    }
    const marked = documentBlocks(src, quotes)
      .flatMap((b) => b.segments)
      .filter((s) => s.quoteIds.length > 0)
      .map((s) => s.text)
    expect(marked).toEqual(quotes.map((q) => q.text))
  })

  it('marks a direct quote inside the bullet that reports it', () => {
    const src = source('factsheet-2022')
    const quotes = quotesOf('factsheet-2022')
    const bullet = quotes.find((q) => q.id === 'q31-highest-value')!
    const enclosing: Quote = {
      ...bullet,
      id: 'enclosing',
      kind: 'reported',
      start: src.text.indexOf('He stressed'),
      end: bullet.end + 2,
      text: src.text.slice(src.text.indexOf('He stressed'), bullet.end + 2),
    }
    const block = documentBlocks(src, [...quotes, enclosing]).find((b) =>
      b.segments.some((s) => s.quoteIds.includes('enclosing')),
    )!
    expect(block.segments.map((s) => [s.text, s.quoteIds])).toEqual([
      ['He stressed that “', ['enclosing']],
      [bullet.text, ['enclosing', 'q31-highest-value']],
      ['”.', ['enclosing']],
    ])
    expect(block.segments[0]?.starts).toEqual(['enclosing'])
    expect(block.segments[1]?.starts).toEqual(['q31-highest-value'])
    expect(block.segments[2]?.ends).toEqual(['enclosing'])
  })
})

describe('paragraphAround', () => {
  it('splits a bullet around its statement, without the bullet marker', () => {
    const q = readingModel.quoteById.get('q31-highest-value')!
    expect(paragraphAround(source('factsheet-2022'), q)).toEqual({
      before: 'He stressed that “',
      match: 'our statehood, our country, our homeland must be the highest value',
      after: '”.',
      heading: 'On Kazakhstan’s unity',
    })
  })

  it('gives the sentence around a statement in a paragraph', () => {
    const q = readingModel.quoteById.get('q31-article-language')!
    const p = paragraphAround(source('article-2022'), q)
    expect(p.before).toBe('Astana, 29 April 2022. ')
    expect(p.after).toBe('')
    expect(p.heading).toBeNull()
  })

  it('marks the passages the corpus left out, and where each one ends', () => {
    const text = 'ASTANA, April 27 – Kazinform. The session opened. He said: “We are one.”'
    const blocks = documentBlocks(
      {
        text,
        leftOut: [
          { start: 0, end: 29, reason: 'dateline' },
          { start: 30, end: 49, reason: 'event' },
        ],
      },
      [],
    )
    const segments = blocks[0]?.segments ?? []
    expect(segments.map((s) => [s.text, s.leftOut, s.leftOutEnds])).toEqual([
      ['ASTANA, April 27 – Kazinform.', 'dateline', true],
      [' ', null, false],
      ['The session opened.', 'event', true],
      [' He said: “We are one.”', null, false],
    ])
  })
})
