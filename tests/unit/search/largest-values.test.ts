import { describe, expect, it } from 'vitest'
import { largestValues } from '../../../src/domain/filters/largest-values'

const values = ['a', 'b', 'c', 'd', 'e', 'f'].map((value) => ({ value }))
const counts: Record<string, number> = { a: 1, b: 9, c: 4, d: 9, e: 0, f: 7 }
const countOf = (v: string) => counts[v] ?? 0
const shown = (selected: string[], limit: number) =>
  largestValues(values, countOf, selected, limit).map((v) => v.value)

describe('the values a long facet shows before it is expanded', () => {
  it('are the largest counts, in the facet’s own order', () => {
    expect(shown([], 3)).toEqual(['b', 'd', 'f'])
  })

  it('keep the earlier value when counts are equal', () => {
    expect(shown([], 1)).toEqual(['b'])
    expect(largestValues(values, () => 5, [], 2).map((v) => v.value)).toEqual(['a', 'b'])
  })

  it('always include what the reader selected, even with no statements', () => {
    expect(shown(['e'], 2)).toEqual(['b', 'd', 'e'])
  })

  it('are every value when there are fewer than the limit', () => {
    expect(shown([], 10)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
  })

  it('agree with sorting every value by count', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ value: `v${i}`, n: (i * 7919) % 97 }))
    const byValue = new Map(many.map((v) => [v.value, v.n]))
    const expected = many
      .map((v, i) => ({ v, i }))
      .sort((x, y) => y.v.n - x.v.n || x.i - y.i)
      .slice(0, 10)
      .sort((x, y) => x.i - y.i)
      .map((x) => x.v.value)
    const got = largestValues(many, (v) => byValue.get(v) ?? 0, [], 10).map((v) => v.value)
    expect(got).toEqual(expected)
  })
})
