import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignStatements, type AlignUnit } from '../../../src/domain/corpus/builder/align'
import { linkItem } from '../../../src/domain/corpus/builder/link-items'
import type { Language } from '../../../src/domain/language'

// The evaluation set's two translations (translationOf), paragraph for paragraph: their
// annotated statements correspond one to one, in order.
const statements = (source: string) =>
  (
    JSON.parse(readFileSync(`corpus/eval/annotations/${source}.json`, 'utf8')) as {
      items: { type: string; text: string }[]
    }
  ).items
    .filter((i) => i.type === 'direct' || i.type === 'reported')
    .map((i) => i.text)

const units = (texts: string[], language: Language): AlignUnit[] =>
  texts.map((text) => ({
    length: text.length,
    anchors: linkItem(text, language, { sessionId: '', source: '', speaker: '' }).stems.filter(
      (s) => s.startsWith('#') || s.startsWith('≈'),
    ),
  }))

const PAIRS: [string, Language, string, Language][] = [
  ['kk-09-akorda-press-release-translation', 'kk', 'ru-02-akorda-press-release', 'ru'],
  ['ru-09-wire-kazinform-translation', 'ru', 'kk-01-wire-kazinform', 'kk'],
]

describe('aligning a document with its translation', () => {
  it.each(PAIRS)('%s ↔ %s: every statement with its counterpart', (a, la, b, lb) => {
    const beads = alignStatements(units(statements(a), la), units(statements(b), lb))
    expect(beads.every((bead) => bead.a.length === 1 && bead.b.length === 1)).toBe(true)
    expect(beads.map((bead) => [bead.a[0], bead.b[0]])).toEqual(statements(a).map((_, i) => [i, i]))
  })

  it.each(PAIRS)(
    '%s ↔ %s: a statement missing on one side leaves the others paired',
    (a, la, b, lb) => {
      const left = statements(a)
      const right = statements(b)
      const dropped = 4
      const beads = alignStatements(
        units(left, la),
        units(
          right.filter((_, i) => i !== dropped),
          lb,
        ),
      )
      const pairs = beads.filter((bead) => bead.a.length === 1 && bead.b.length === 1)
      const expected = left.map((_, i) => i).filter((i) => i !== dropped)
      // Each remaining statement of `a` is paired with its own counterpart (indexes shift by one
      // after the dropped one).
      const correct = pairs.filter(
        (bead) => bead.b[0] === (bead.a[0]! < dropped ? bead.a[0] : bead.a[0]! - 1),
      )
      expect(correct.length).toBeGreaterThanOrEqual(expected.length - 1)
    },
  )

  it('pairs a sentence the translator split with both halves, and leaves out one with no counterpart', () => {
    const unit = (length: number): AlignUnit => ({ length, anchors: [] })
    expect(alignStatements([unit(200), unit(80)], [unit(95), unit(105), unit(82)])).toEqual([
      { a: [0], b: [0, 1] },
      { a: [1], b: [2] },
    ])
    expect(alignStatements([unit(100), unit(300), unit(100)], [unit(100), unit(100)])).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [] },
      { a: [2], b: [1] },
    ])
  })

  it('anchors decide between two statements of the same length: numbers that differ part them', () => {
    const beads = alignStatements(
      [{ length: 100, anchors: ['#5', '≈task'] }],
      [
        { length: 100, anchors: ['#3'] },
        { length: 100, anchors: ['#5', '≈task'] },
      ],
    )
    expect(beads).toContainEqual({ a: [0], b: [1] })
  })
})
