import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { ErrorPanel } from '@/features/shell/components/error-panel'
import { NotFound } from '@/features/shell/components/not-found'
import { localisePath, splitLocalePath } from '@/domain/i18n/locales'
import { parseSearch, stringifySearch } from '@/domain/url/search-codec'
import { activateLocale, currentLocale } from '@/i18n/i18n'
import { routeTree } from '@/route-tree.gen'

/**
 * The interface language lives in the address (`/ru/quotes`, domain/i18n/locales.ts), after the
 * base path: the router strips it before matching a route and adds the current one to every
 * address it writes, so routes and links never mention it. An address in another language than
 * the current one (back or forward across a switch) switches the interface to it.
 */
const localeRewrite = {
  input: ({ url }: { url: URL }) => {
    const { locale, path } = splitLocalePath(url.pathname)
    if (locale !== currentLocale()) void activateLocale(locale)
    url.pathname = path
    return url
  },
  output: ({ url }: { url: URL }) => {
    url.pathname = localisePath(url.pathname, currentLocale())
    return url
  },
}

/**
 * The app's router. The browser's uses the address bar; prerendering (prerender.tsx) makes one
 * per page over an in-memory history.
 */
export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    basepath: import.meta.env.BASE_URL,
    rewrite: localeRewrite,
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
