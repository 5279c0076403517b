/** Order statistics for timing samples (nearest-rank percentiles, as in most benchmark tools). */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export const median = (samples: readonly number[]) => percentile(samples, 50)
export const p95 = (samples: readonly number[]) => percentile(samples, 95)

/** Rounds for reporting: timings to 0.1 ms, so JSON diffs stay readable. */
export const round1 = (value: number) => Math.round(value * 10) / 10
export const round0 = (value: number) => Math.round(value)

export interface Summary {
  median: number
  p95: number
  max: number
  runs: number
}

export function summarise(samples: readonly number[]): Summary {
  return {
    median: round1(median(samples)),
    p95: round1(p95(samples)),
    max: round1(samples.length ? Math.max(...samples) : Number.NaN),
    runs: samples.length,
  }
}
