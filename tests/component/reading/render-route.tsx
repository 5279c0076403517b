import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { createAppRouter } from '@/app/create-router'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import type { Corpus } from '@/domain/corpus/schema'
import { readingCorpus, serveReadingCorpus } from '../../fixtures/reading-corpus'

/**
 * Renders the real route tree at `url`, the corpus fetch answered with the fixture corpus
 * (the app's own loader and schema validation still run).
 */
export function renderRoute(url: string, corpus: Corpus = readingCorpus) {
  vi.stubGlobal('fetch', vi.fn(serveReadingCorpus(corpus)))
  // jsdom has no scrolling; the router restores scroll positions on navigation.
  window.scrollTo = () => {}
  Element.prototype.scrollIntoView = () => {}
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }))
  const result = render(<RouterProvider router={router} />)
  return { router, ...result }
}
