/**
 * The value axis of a small chart: from zero to a round maximum at or above the largest value,
 * with evenly spaced round ticks (1, 2 or 5 times a power of ten apart).
 */
export interface ValueScale {
  readonly max: number
  readonly ticks: readonly number[]
}

export function niceScale(largest: number, targetTicks = 4): ValueScale {
  if (!Number.isFinite(largest) || largest <= 0) return { max: 1, ticks: [0, 1] }
  const rough = largest / targetTicks
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power
  const count = Math.ceil(largest / step - 1e-9)
  // Multiples of a power of ten, rounded so that 0.1 × 3 is written 0.3, not 0.30000000000000004.
  const round = (x: number) => Number(x.toPrecision(12))
  const ticks = Array.from({ length: count + 1 }, (_, i) => round(i * step))
  return { max: ticks[ticks.length - 1] as number, ticks }
}
