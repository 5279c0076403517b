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
  const { blocks, warnings } = segment(text)
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
    expect(warnings).toEqual([])
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

  it('warns of an unclosed quotation (with its offset) and reads it as running to the end of its paragraph', () => {
    const broken = 'Title line\n\nHe said: “We are one.\nNext line.'
    const result = segment(broken)
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]!.offset).toBe(broken.indexOf('“'))
    const [quote] = result.blocks[1]!.quotations
    expect(broken.slice(quote!.open + 1, quote!.close)).toBe('We are one.')
    expect(quote!.unclosed).toBe(true)
  })

  it('reads a quotation of several paragraphs: each opens with a mark, only the last closes', () => {
    const text = [
      'He said: “The first paragraph of the quotation.',
      '“The second one goes on.',
      '“The last one closes,” he added.',
    ].join('\n')
    const result = segment(text)
    expect(result.warnings).toEqual([])
    expect(result.blocks.map((b) => [b.quoteCarriesOn, b.quoteRunsOn])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ])
  })

  it('warns of a closing mark that was never opened, and reads past it', () => {
    const text = 'Title line\n\nWe are one,” he said.'
    const result = segment(text)
    expect(result.warnings.map((w) => w.offset)).toEqual([text.indexOf('”')])
    expect(result.blocks[1]!.quotations).toEqual([])
  })

  it('cuts a dateline from the paragraph it opens', () => {
    const text = 'Title of a news item\n\nASTANA, April 27 – Kazinform. The session opened today.'
    const result = segment(text, {
      datelinePrefix: /^ASTANA, April 27 – Kazinform\.\s*/u,
    })
    expect(result.blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['title', 'Title of a news item'],
      ['dateline', 'ASTANA, April 27 – Kazinform.'],
      ['paragraph', 'The session opened today.'],
    ])
  })
})
