import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import type { Corpus } from '@/domain/corpus/schema'
import { parseSearch, stringifySearch } from '@/domain/url/search-codec'
import { routeTree } from '@/route-tree.gen'
import { explorerCorpus } from '../../fixtures/explorer-corpus'
import { summarizeCorpus } from '@/domain/corpus/summary'

/**
 * Renders the real route tree at `url` with the corpus fetch answered by `corpus` (the app's
 * loader and schema validation still run; jsdom has no Worker, so the search runs in the page
 * with the same engine).
 */
export function renderExplorer(url: string, corpus: Corpus | 'fail' = explorerCorpus) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      corpus === 'fail'
        ? new Response('Service unavailable', { status: 503 })
        : new Response(
            JSON.stringify(
              String(input).includes('corpus-summary') ? summarizeCorpus(corpus) : corpus,
            ),
            {
              status: 200,
              headers: { 'Content-Type': 'application/json' },
            },
          ),
    ),
  )
  window.scrollTo = () => {}
  Element.prototype.scrollIntoView = () => {}
  // jsdom lays nothing out: give result rows a height, so the virtualised list measures them as
  // a browser would (every row 0 px tall would put them all at the same offset).
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.resultIndex !== undefined ? 200 : 0
    },
  })
  const history = createMemoryHistory({ initialEntries: [url] })
  const router = createRouter({ routeTree, history, parseSearch, stringifySearch })
  const result = render(<RouterProvider router={router} />)
  return { router, history, ...result }
}

/** The location as a user would see it in the address bar. */
export function currentUrl(router: { state: { location: { href: string } } }): string {
  return decodeURIComponent(router.state.location.href)
}
