import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { SavedViewSchema } from '@/domain/bookmarks/persisted-state'
import { SourceSchema } from '@/domain/corpus/schema'
import { appHref, checkAppPath, isWebUrl } from '@/domain/url/app-path'
import { createBookmarksStore } from '@/features/bookmarks/store/bookmarks-store'
import { createOrigin } from '../bookmarks/fake-storage'
import { testClock } from '../bookmarks/test-clock'

/** Addresses a hostile file may put where a saved view's in-app path belongs. */
export const OFF_SITE_PATHS = [
  '//evil.example/phish',
  '/\\evil.example/x',
  '/\\/evil.example/x',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '/javascript:alert(1)',
  'https://evil.example/',
  'evil.example/x',
  '/%2F%2Fevil.example/x',
  '/%2f/evil.example',
  '/%5Cevil.example/x',
  '/%255C%255Cevil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/%09/evil.example',
  '/../../evil',
  '/%2e%2e/%2e%2e/evil',
  '/quotes/%E0%A4%A',
  ' //evil.example',
  '',
]

describe('checkAppPath: a saved view only ever leads to a page of this app', () => {
  it.each(OFF_SITE_PATHS)('refuses %j', (raw) => {
    const check = checkAppPath(raw)
    expect(check.ok).toBe(false)
  })

  it.each([
    ['/quotes?topic=language-policy&session=32', '/quotes?topic=language-policy&session=32'],
    ['/quotes?q=%22state+language%22', '/quotes?q=%22state+language%22'],
    ['/', '/'],
    ['/sessions/32#statements', '/sessions/32#statements'],
    ['/quotes?q=a//b', '/quotes?q=a//b'],
    ['/topics/./unity', '/topics/unity'],
  ])('accepts %j', (raw, path) => {
    expect(checkAppPath(raw)).toEqual({ ok: true, path })
  })

  it('says why, quoting the address', () => {
    const check = checkAppPath('//evil.example/phish')
    expect(!check.ok && check.reason).toBe('“//evil.example/phish” leads to another site')
  })

  it('builds hrefs under the base path', () => {
    expect(appHref('/explorer/', '/quotes?q=x')).toBe('/explorer/quotes?q=x')
    expect(appHref('/', '/quotes')).toBe('/quotes')
  })

  it('the saved-view schema refuses every off-site address', () => {
    for (const url of OFF_SITE_PATHS) {
      const view = { id: 'v1', name: 'Phish', url, createdAt: '2024-05-01T00:00:00.000Z' }
      expect(v.safeParse(SavedViewSchema, view).success, url).toBe(false)
    }
  })

  it('the store refuses to save a view of any other address', () => {
    const tab = createOrigin().tab()
    const store = createBookmarksStore({ getStorage: () => tab.storage, clock: testClock('v') })
    expect(store.getState().saveView('Phish', '//evil.example/phish')).toBeNull()
    expect(store.getState().saveView('Ok', '/quotes?q=unity')?.url).toBe('/quotes?q=unity')
    expect(Object.values(store.getState().savedViews).map((view) => view.name)).toEqual(['Ok'])
  })
})

describe('outside links in data are http(s) only', () => {
  it.each([
    ['https://akorda.kz/en/x', true],
    ['http://example.org/a?b=c', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['//evil.example', false],
    ['https://', false],
    [' https://example.org', false],
  ])('isWebUrl(%j) is %s', (raw, ok) => {
    expect(isWebUrl(raw)).toBe(ok)
  })

  it('a source whose "url" is not http(s) does not pass the corpus schema', () => {
    const source = {
      id: 'src-a',
      sessionId: '31',
      title: 'T',
      kind: 'article',
      date: '2022-04-29',
      language: 'en',
      publisher: null,
      url: 'javascript:alert(document.cookie)',
      file: 'a.txt',
      sha256: 'a'.repeat(64),
      text: 'x',
    }
    expect(v.safeParse(SourceSchema, source).success).toBe(false)
    expect(v.safeParse(SourceSchema, { ...source, url: 'https://example.org/a' }).success).toBe(
      true,
    )
  })
})
