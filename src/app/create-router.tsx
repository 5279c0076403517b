import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { ErrorPanel } from '@/features/shell/components/error-panel'
import { NotFound } from '@/features/shell/components/not-found'
import { parseSearch, stringifySearch } from '@/domain/url/search-codec'
import { routeTree } from '@/route-tree.gen'

/**
 * The app's router. The browser's uses the address bar; prerendering (prerender.tsx) makes one
 * per page over an in-memory history.
 */
export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    basepath: import.meta.env.BASE_URL,
    defaultPreload: 'intent',
    parseSearch,
    stringifySearch,
    scrollRestoration: true,
    defaultNotFoundComponent: () => <NotFound />,
    defaultErrorComponent: ErrorPanel,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
  interface StaticDataRouteOption {
    /** The view shows bookmark toggles, so it warns when bookmarks cannot be stored. */
    bookmarkControls?: boolean
  }
}
