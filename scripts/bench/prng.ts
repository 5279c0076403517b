/**
 * A small seeded PRNG (mulberry32) and the sampling helpers the synthetic corpus needs.
 * Everything the benchmark generates comes from here, never from Math.random, so a seed
 * always yields the same corpus byte for byte.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list')
      return items[Math.floor(next() * items.length)]!
    },
    chance: (probability) => next() < probability,
  }
}

/**
 * Samples ranks 0..size-1 with probability ∝ 1 / (rank + 1)^exponent: the shape of word
 * frequencies in real text (a few words everywhere, a long tail of rare ones).
 */
export function zipfSampler(size: number, exponent: number): (rng: Rng) => number {
  const cumulative = new Float64Array(size)
  let total = 0
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + 1, exponent)
    cumulative[rank] = total
  }
  return (rng) => {
    const target = rng.next() * total
    let lo = 0
    let hi = size - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cumulative[mid]! < target) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** Samples an item by integer weights. */
export function weightedSampler<T>(entries: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
  return (rng) => {
    let target = rng.next() * total
    for (const [item, weight] of entries) {
      target -= weight
      if (target < 0) return item
    }
    return entries[entries.length - 1]![0]
  }
}
