import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { buildShareLink, decodeShare, MAX_SHARED_IDS_LENGTH } from '@/domain/bookmarks/share-url'
import { SharedSearchSchema } from '@/domain/bookmarks/shared-search'
import { parseSearch } from '@/domain/url/search-codec'

/** What the shared route will see for a given link (path + query). */
const open = (path: string) => {
  const query = path.slice(path.indexOf('?'))
  return decodeShare(v.parse(SharedSearchSchema, parseSearch(query)))
}

describe('share links', () => {
  it('round-trips ids (in order) and title through the readable URL', () => {
    const link = buildShareLink(['q32-youth', 'q31-unity'], '  Brief: unity & youth  ')
    expect(link.path).toBe(
      '/bookmarks/shared?ids=q32-youth,q31-unity&title=Brief%3A+unity+%26+youth',
    )
    expect(open(link.path)).toEqual({
      ids: ['q32-youth', 'q31-unity'],
      invalid: [],
      tooLong: [],
      title: 'Brief: unity & youth',
      titleLength: 20,
    })
  })

  it('caps the length and reports what did not fit', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `quote-number-${i}`)
    const link = buildShareLink(ids)
    expect(link.search.ids.join(',').length).toBeLessThanOrEqual(MAX_SHARED_IDS_LENGTH)
    expect(link.search.ids.length + link.omitted.length).toBe(300)
    expect(link.omitted[0]).toBe(`quote-number-${link.search.ids.length}`)
    expect(open(link.path).ids).toEqual(link.search.ids)
  })

  it('validates ids: malformed values reported, duplicates dropped, junk never throws', () => {
    const decoded = open('/bookmarks/shared?ids=q31-unity,<script>,q31-unity,UPPER&title=')
    expect(decoded.ids).toEqual(['q31-unity'])
    expect(decoded.invalid).toEqual(['<script>', 'UPPER'])
    expect(decoded.title).toBeUndefined()
    expect(open('/bookmarks/shared?').ids).toEqual([])
    // Over-long values are not dropped silently: reported as such.
    const long = open(
      `/bookmarks/shared?ids=q31-unity,${'x'.repeat(500)}&title=${'t'.repeat(1500)}`,
    )
    expect(long.ids).toEqual(['q31-unity'])
    expect(long.tooLong).toEqual([{ shown: `${'x'.repeat(40)}…`, length: 500 }])
    expect(long.title).toBe('t'.repeat(120))
    expect(long.titleLength).toBe(1500)
    expect(v.parse(SharedSearchSchema, { ids: 42, title: { x: 1 } })).toEqual({
      ids: undefined,
      title: undefined,
    })
  })
})
