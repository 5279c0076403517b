import { describe, expect, it } from 'vitest'
import { mulberry32, zipfSampler } from '../../../scripts/bench/prng'
import { median, p95, percentile } from '../../../scripts/bench/stats'

describe('percentile (nearest rank)', () => {
  it('picks the sample at rank ceil(p/100 · n)', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6] // 1..10 shuffled
    expect(median(samples)).toBe(5)
    expect(percentile(samples, 90)).toBe(9)
    expect(p95(samples)).toBe(10)
    expect(percentile(samples, 0)).toBe(1)
  })
  it('is NaN without samples', () => {
    expect(median([])).toBeNaN()
  })
})

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const first = Array.from({ length: 1000 }, () => a.next())
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(new Set(first).size).toBeGreaterThan(990)
  })
  it('draws integers within both bounds', () => {
    const rng = mulberry32(7)
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(20, 40)))
    expect(Math.min(...seen)).toBe(20)
    expect(Math.max(...seen)).toBe(40)
  })
})

describe('zipfSampler', () => {
  it('makes low ranks far more frequent than high ones', () => {
    const rng = mulberry32(1)
    const sample = zipfSampler(1000, 1)
    const counts = new Array<number>(1000).fill(0)
    for (let i = 0; i < 50_000; i++) counts[sample(rng)]!++
    expect(counts[0]!).toBeGreaterThan(counts[9]! * 5)
    expect(counts[9]!).toBeGreaterThan(counts[99]! * 5)
  })
})
