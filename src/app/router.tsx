import { createRouter } from '@tanstack/react-router'
import { ErrorPanel } from '@/features/shell/components/error-panel'
import { NotFound } from '@/features/shell/components/not-found'
import { parseSearch, stringifySearch } from '@/domain/url/search-codec'
import { routeTree } from '@/route-tree.gen'

export const router = createRouter({
  routeTree,
  basepath: import.meta.env.BASE_URL,
  defaultPreload: 'intent',
  parseSearch,
  stringifySearch,
  scrollRestoration: true,
  defaultNotFoundComponent: () => <NotFound />,
  defaultErrorComponent: ErrorPanel,
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
  interface StaticDataRouteOption {
    /** The view shows bookmark toggles, so it warns when bookmarks cannot be stored. */
    bookmarkControls?: boolean
  }
}
