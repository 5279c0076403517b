import { describe, expect, it } from 'vitest'
import { segment } from '../../../src/domain/corpus/builder/segment'

const text = [
  'Factsheet on the President’s speech at the session',
  '',
  'Overview',
  'The President spoke. Mr. Smith listened to him.',
  'On the Kazakh language',
  '· Knowledge of the Kazakh language remains crucial.',
  '· It should grow. It should unite.',
  'He said: “The Assembly is unique. It unites us.” Then he left.',
  'April 27, 2023',
  'Last line without a full stop',
].join('\n')

describe('segment', () => {
  const { blocks, problems } = segment(text)
  const kinds = blocks.map((b) => b.kind)
  const sentences = (i: number) => blocks[i]?.sentences.map((s) => text.slice(s.start, s.end)) ?? []

  it('classifies title, headings, bullets, paragraphs and datelines', () => {
    expect(kinds).toEqual([
      'title',
      'heading',
      'paragraph',
      'heading',
      'bullet',
      'bullet',
      'paragraph',
      'dateline',
      'paragraph',
    ])
    expect(problems).toEqual([])
  })

  it('gives each block the heading it stands under', () => {
    expect(blocks.map((b) => b.section)).toEqual([
      null,
      'Overview',
      'Overview',
      'On the Kazakh language',
      'On the Kazakh language',
      'On the Kazakh language',
      'On the Kazakh language',
      null,
      'On the Kazakh language',
    ])
  })

  it('strips the bullet marker from the block', () => {
    expect(text.slice(blocks[4]!.start, blocks[4]!.end)).toBe(
      'Knowledge of the Kazakh language remains crucial.',
    )
  })

  it('splits sentences with a real segmenter (not on every full stop)', () => {
    expect(sentences(2)).toEqual(['The President spoke.', 'Mr. Smith listened to him.'])
    expect(sentences(5)).toEqual(['It should grow.', 'It should unite.'])
  })

  it('never splits inside a quotation', () => {
    expect(sentences(6)).toEqual([
      'He said: “The Assembly is unique. It unites us.”',
      'Then he left.',
    ])
  })

  it('reports an unclosed quotation with its offset', () => {
    const broken = 'Title line\n\nHe said: “We are one.\nNext line.'
    const result = segment(broken)
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]!.offset).toBe(broken.indexOf('“'))
  })
})
