import { describe, expect, it } from 'vitest'
import { IdSchema } from '../../../src/domain/corpus/schema'
import * as v from 'valibot'
import { hashId, normaliseForId, quoteIds, slugId } from '../../../src/domain/corpus/builder/ids'

describe('ids', () => {
  it('derives short, URL-safe ids from the source and the normalised text', () => {
    const [id] = quoteIds('factsheet-2023-xxxii', ['We are all one family.'])
    expect(id).toMatch(/^[a-z2-7]{10}$/)
    expect(v.is(IdSchema, id)).toBe(true)
    expect(quoteIds('factsheet-2023-xxxii', ['We  are all one   family.'])[0]).toBe(id)
    expect(quoteIds('factsheet-2023-xxxii', ['We are all one family!'])[0]).not.toBe(id)
    expect(quoteIds('press-release-2023-xxxii', ['We are all one family.'])[0]).not.toBe(id)
  })

  it('ignores quotation-mark style and case in the text', () => {
    expect(normaliseForId('“Unity” ‘in’ Diversity')).toBe(
      normaliseForId('"unity" \'in\' diversity'),
    )
  })

  it('disambiguates only a text repeated in one source, in order', () => {
    const ids = quoteIds('s', ['Same.', 'Other.', 'Same.'])
    expect(ids[2]).toBe(`${ids[0]}-2`)
    expect(ids[1]).not.toContain('-')
  })

  it('is stable: the same input always gives the same id', () => {
    expect(hashId('abc')).toBe(hashId('abc'))
    expect(hashId('abc')).not.toBe(hashId('abd'))
  })

  it('makes readable speaker ids', () => {
    expect(slugId('Tanzila Khashiyeva')).toBe('tanzila-khashiyeva')
    expect(slugId('Kassym-Jomart Tokayev')).toBe('kassym-jomart-tokayev')
  })
})
