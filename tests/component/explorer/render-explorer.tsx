import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { createAppRouter } from '@/app/create-router'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import type { Corpus } from '@/domain/corpus/schema'
import { explorerCorpus } from '../../fixtures/explorer-corpus'
import { summarizeCorpus } from '@/domain/corpus/summary'
import { encodeCorpusFile, type CorpusFile } from '@/domain/corpus/corpus-file'
import { encodeIndexFile } from '@/domain/search/index-file'
import { buildSearchIndexes } from '@/domain/search/search-engine'
import { gzipSync } from 'node:zlib'

/**
 * Renders the real route tree at `url` with the corpus fetches answered by `corpus`: the
 * corpus, its summary and its search index file, gzipped as the builder writes it (the app's
 * loaders, schema validation and index file checks still run).
 */
export function renderExplorer(
  url: string,
  corpus: Corpus | 'fail' = explorerCorpus,
  {
    indexFile = 'sound',
    corpusFile = (file) => file,
  }: {
    indexFile?: 'sound' | 'damaged'
    /** Changes the corpus file as served (to damage it). */
    corpusFile?: (file: CorpusFile) => unknown
  } = {},
) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      corpus === 'fail'
        ? new Response('Service unavailable', { status: 503 })
        : String(input).includes('corpus-index')
          ? new Response(
              indexFile === 'sound'
                ? gzipSync(encodeIndexFile(buildSearchIndexes(corpus), corpus.quotes))
                : new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), // gzip, cut off
            )
          : new Response(
              JSON.stringify(
                String(input).includes('corpus-summary')
                  ? summarizeCorpus(corpus)
                  : corpusFile(encodeCorpusFile(corpus)),
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
  const router = createAppRouter(history)
  const result = render(<RouterProvider router={router} />)
  return { router, history, ...result }
}

/** The location as a user would see it in the address bar. */
export function currentUrl(router: { state: { location: { href: string } } }): string {
  return decodeURIComponent(router.state.location.href)
}
