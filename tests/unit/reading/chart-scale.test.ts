import { describe, expect, it } from 'vitest'
import { niceScale } from '@/domain/reading/chart-scale'

describe('niceScale', () => {
  it('reaches a round maximum at or above the largest value, in round steps', () => {
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] })
    expect(niceScale(10)).toEqual({ max: 10, ticks: [0, 5, 10] })
    expect(niceScale(0.27)).toEqual({ max: 0.3, ticks: [0, 0.1, 0.2, 0.3] })
    expect(niceScale(1234)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] })
  })

  it('has an axis for nothing at all', () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] })
    expect(niceScale(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] })
  })
})
