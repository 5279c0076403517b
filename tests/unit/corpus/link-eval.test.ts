import { describe, expect, it } from 'vitest'
import { readEvalLinks } from '../../../scripts/corpus/eval-links-data'
import { evaluateLinks, linkCurve } from '../../../src/domain/corpus/builder/link-eval'

// The linker on the evaluation set's labelled pairs (corpus/eval/links.json), from the annotated
// statements. Floors are a ratchet: raise them when the linker gets better.
const data = readEvalLinks('corpus/eval')

describe('links on the evaluation set', () => {
  const result = evaluateLinks(data.items, data.pairs)

  it('finds every labelled pair in the annotations (no pair is lost to a typo)', () => {
    expect(result.pairs).toHaveLength(data.pairs.length)
  })

  it('links none of the pairs that must not be linked', () => {
    expect(
      result.pairs.filter((p) => !p.expected && p.found).map((p) => [p.a.text, p.b.text]),
    ).toEqual([])
  })

  it('finds at least 65 % of the pairs that must be linked', () => {
    expect(result.recall).toBeGreaterThanOrEqual(0.65)
  })

  // Links the whole set once per point of the curve: seconds on a loaded machine.
  it(
    'looser thresholds find more and stricter ones fewer (the curve is monotone)',
    {
      timeout: 60_000,
    },
    () => {
      const curve = linkCurve(data.items, data.pairs)
      for (let i = 1; i < curve.length; i++)
        expect(curve[i]!.recall).toBeLessThanOrEqual(curve[i - 1]!.recall)
    },
  )
})
