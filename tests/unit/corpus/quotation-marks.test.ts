import { describe, expect, it } from 'vitest'
import { scanQuotations } from '../../../src/domain/corpus/builder/quotation-marks'

const passages = (text: string) =>
  scanQuotations(text).spans.map((s) => text.slice(s.open + 1, s.close))

describe('scanQuotations', () => {
  it('finds curly double quotations', () => {
    expect(passages('He said: “We are one.” Then “more”.')).toEqual(['We are one.', 'more'])
  })

  it('pairs a straight opening mark with a curly closing one', () => {
    expect(passages('He stressed that "our statehood must be the highest value”.')).toEqual([
      'our statehood must be the highest value',
    ])
  })

  it('pairs straight marks', () => {
    expect(passages('the platform - "Ulttyk Kuryltay" (National Congress)')).toEqual([
      'Ulttyk Kuryltay',
    ])
  })

  it('does not take apostrophes for quotation marks', () => {
    expect(passages("Tokayev’s speech and the country's unity; citizens’ rights.")).toEqual([])
  })

  it('finds single-quoted passages next to apostrophes', () => {
    expect(
      passages('‘Unity in diversity’ and ‘we are different, but united’ are the country’s life.'),
    ).toEqual(['Unity in diversity', 'we are different, but united'])
  })

  it('lists only outermost passages', () => {
    expect(passages('He said: “the motto ‘one family’ is ours.”')).toEqual([
      'the motto ‘one family’ is ours.',
    ])
  })

  it('reports a double quotation that never closes, and a closing mark never opened', () => {
    const unclosed = 'He said: “We are one. And more.'
    expect(scanQuotations(unclosed).unclosed).toEqual([unclosed.indexOf('“')])
    const unopened = 'We are one.” he said.'
    expect(scanQuotations(unopened).unopened).toEqual([unopened.indexOf('”')])
  })

  it('takes an unclosed single mark for an apostrophe, not an error', () => {
    const scan = scanQuotations('In the ‘90s, he said “yes.”')
    expect(scan.unclosed).toEqual([])
    expect(scan.spans).toHaveLength(1)
  })

  it('pairs nested quotations with the same straight mark by where each mark stands', () => {
    expect(passages('"The motto "one family" guides us," he said.')).toEqual([
      'The motto "one family" guides us,',
    ])
  })

  it('pairs „…“ (the low-high Russian marks) and nested guillemets', () => {
    expect(passages('„Мы – одна семья“, – добавил он.')).toEqual(['Мы – одна семья'])
    expect(passages('«Проект «Бірлік» объединит всех», – сказал он.')).toEqual([
      'Проект «Бірлік» объединит всех',
    ])
    expect(passages('«Слово „мир“ важно»')).toEqual(['Слово „мир“ важно'])
  })
})
