import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { render } from '@testing-library/react'
import * as v from 'valibot'
import { BookmarksSearchSchema } from '@/domain/bookmarks/bookmarks-search'
import { SharedSearchSchema } from '@/domain/bookmarks/shared-search'
import type { CorpusModel } from '@/domain/corpus/model'
import { parseSearch, stringifySearch } from '@/domain/url/search-codec'
import { BookmarksPage } from '@/features/bookmarks/components/bookmarks-page'
import { SharedCollectionPage } from '@/features/bookmarks/components/shared-collection-page'
import { BookmarkStorageBanner } from '@/features/bookmarks/components/storage-banner'

/**
 * Renders the bookmark views inside a small router built like the app's routes (same
 * search schemas and codec), with placeholder pages behind the links they render. It does
 * not load the app's whole route tree, so these tests depend on the bookmarks views only.
 */
export function renderBookmarks(url: string, model: CorpusModel) {
  window.scrollTo = () => {}
  const root = createRootRoute({
    component: () => (
      <>
        <BookmarkStorageBanner />
        <Outlet />
      </>
    ),
  })
  const bookmarks = createRoute({
    getParentRoute: () => root,
    path: '/bookmarks/',
    validateSearch: BookmarksSearchSchema,
    component: function Page() {
      const navigate = bookmarks.useNavigate()
      return (
        <BookmarksPage
          model={model}
          search={bookmarks.useSearch()}
          // The app's route types are registered for the real tree, not this test tree.
          onSearchChange={(search) => void navigate({ search } as never)}
        />
      )
    },
  })
  const shared = createRoute({
    getParentRoute: () => root,
    path: '/bookmarks/shared',
    validateSearch: (s: Record<string, unknown>) => v.parse(SharedSearchSchema, s),
    component: function Page() {
      return <SharedCollectionPage model={model} search={shared.useSearch()} />
    },
  })
  const placeholder = (path: string) =>
    createRoute({ getParentRoute: () => root, path, component: () => <p>{path}</p> })
  const router = createRouter({
    routeTree: root.addChildren([
      bookmarks,
      shared,
      placeholder('/quotes'),
      placeholder('/quotes/$quoteId'),
      placeholder('/sources/$sourceId'),
      placeholder('/topics/$topicId'),
    ]),
    history: createMemoryHistory({ initialEntries: [url] }),
    parseSearch,
    stringifySearch,
  })
  return { router, ...render(<RouterProvider router={router} />) }
}
