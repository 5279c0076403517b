import { describe, expect, it } from 'vitest'
import { searchStringIgnored } from '@/domain/filters/quote-filters'
import { parseSearch, searchStringProblems } from '@/domain/url/search-codec'

describe('the URL codec says what it leaves out', () => {
  it('a repeated param: the first value is used, the others reported', () => {
    expect(parseSearch('?session=31&session=32&q=a&q=b')).toEqual({ session: ['31'], q: 'a' })
    expect(searchStringProblems('?session=31&session=32&session=33')).toEqual([
      { kind: 'repeated', param: 'session', used: '31', ignored: ['32', '33'] },
    ])
    expect(searchStringIgnored('?session=31&session=32').map((i) => i.reason)).toEqual([
      { code: 'repeated', param: 'session', used: '31', ignored: ['32'] },
    ])
  })

  it('a value cut for length is reported', () => {
    const q = 'x'.repeat(2500)
    expect((parseSearch(`?q=${q}`).q as string).length).toBe(2000)
    expect(searchStringIgnored(`?q=${q}`).map((i) => i.reason)).toEqual([
      { code: 'value-too-long', param: 'q', length: 2500, max: 2000 },
    ])
  })

  it('nothing to say about an ordinary query', () => {
    expect(searchStringProblems('?q=unity&session=31,32')).toEqual([])
  })
})
