import { describe, expect, it } from 'vitest'
import { byRelevance, inStoredOrder } from '@/domain/search/ordering'
import { createSearchScratch } from '@/domain/search/search-scratch'
import { facetTable } from './scratch-fixtures'

const sessions = (n: number) => Array.from({ length: n }, () => '31')
const kinds = (n: number) => Array.from({ length: n }, () => 'direct')
/** n statements, newest first in the order given. */
const table = (newestFirst: number[]) =>
  facetTable(sessions(newestFirst.length), kinds(newestFirst.length), newestFirst)

describe('inStoredOrder', () => {
  const facets = table([3, 1, 0, 2])

  it('returns every statement in the stored order when all are results', () => {
    const scratch = createSearchScratch(4)
    const results = Uint32Array.from([0, 1, 2, 3])
    expect([...inStoredOrder(facets, scratch, results, 'date-desc')]).toEqual([3, 1, 0, 2])
    expect([...inStoredOrder(facets, scratch, results, 'date-asc')]).toEqual([2, 0, 1, 3])
  })

  it('orders many results by a walk over the stored order, and clears its marks', () => {
    const scratch = createSearchScratch(4)
    const out = inStoredOrder(facets, scratch, Uint32Array.from([2, 0, 3]), 'date-desc')
    expect([...out]).toEqual([3, 0, 2])
    expect(scratch.inResult.every((mark) => mark === 0)).toBe(true)
  })

  it('orders few results (under 1/16 of the corpus) by their rank', () => {
    const newestFirst = Array.from({ length: 40 }, (_, i) => 39 - i)
    const big = table(newestFirst)
    const scratch = createSearchScratch(40)
    expect([...inStoredOrder(big, scratch, Uint32Array.from([5, 30]), 'date-desc')]).toEqual([
      30, 5,
    ])
    expect([...inStoredOrder(big, scratch, Uint32Array.from([30, 5]), 'date-asc')]).toEqual([5, 30])
  })

  it('does not change the results it was given', () => {
    const results = Uint32Array.from([2, 0, 3])
    inStoredOrder(facets, createSearchScratch(4), results, 'date-desc')
    expect([...results]).toEqual([2, 0, 3])
  })
})

describe('byRelevance', () => {
  const facets = table([3, 1, 0, 2])

  it('puts the best score first, and equal scores newest first', () => {
    const scratch = createSearchScratch(4)
    scratch.score.set([1, 2, 1, 0.5])
    expect([...byRelevance(facets, scratch, Uint32Array.from([0, 1, 2, 3]))]).toEqual([1, 0, 2, 3])
  })

  it('ranks only the results, whatever score other statements hold', () => {
    const scratch = createSearchScratch(4)
    scratch.score.set([1, 99, 3, 2])
    expect([...byRelevance(facets, scratch, Uint32Array.from([0, 2, 3]))]).toEqual([2, 3, 0])
  })

  it('gives newest first when no result scored, whatever the buckets held before', () => {
    const scratch = createSearchScratch(4)
    scratch.buckets.fill(7)
    expect([...byRelevance(facets, scratch, Uint32Array.from([0, 1, 2]))]).toEqual([1, 0, 2])
    scratch.score.set([1, 1, 2, 0])
    expect([...byRelevance(facets, scratch, Uint32Array.from([0, 1, 2]))]).toEqual([2, 1, 0])
  })
})
