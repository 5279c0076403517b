import { RouterProvider } from '@tanstack/react-router'
import { StrictMode, startTransition, useLayoutEffect, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { preferredLocale, splitLocalePath, localisePathname } from '@/domain/i18n/locales'
import { activateLocale, i18n } from '@/i18n/i18n'
import { storedLocale } from '@/i18n/preference'
import { loadFirstView } from './first-view'
import { router } from './router'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const container = root

/** Ends the prerendered page's `inert` in the commit that replaces its markup. */
function Live({ children }: { children: ReactNode }) {
  useLayoutEffect(() => container.removeAttribute('inert'), [])
  return children
}

// A prerendered page (see prerender.tsx) stays on screen, inert, until the app is live: the app
// waits for everything the view reads, so its first commit swaps in identical markup. Without
// one (a URL with a query, a view that is not prerendered) the corpus is not waited for: the
// view paints at once with its own loading states. The first render is a transition, which
// React renders in slices: no long task while the page is already on screen.
/**
 * The interface language: the address says it (`/ru/…`, `/kk/…`; none is English). Only the
 * front page at the bare base path is taken as "not said": a first visit there opens in the
 * language chosen before, else the browser's, so a Russian-speaking visitor lands in Russian
 * while every deep link still opens in the language of whoever shared it.
 */
async function startInterfaceLanguage() {
  const base = import.meta.env.BASE_URL
  const { pathname, search, hash } = window.location
  const within = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : '/'
  let { locale } = splitLocalePath(within)
  if (within === '/') {
    locale = preferredLocale(storedLocale(), navigator.languages ?? [])
    if (locale !== 'en')
      window.history.replaceState(
        null,
        '',
        `${localisePathname(pathname, base, locale)}${search}${hash}`,
      )
  }
  // A language that cannot be loaded (offline, a failed chunk) leaves the interface in English.
  await activateLocale(locale).catch(() => undefined)
}

void startInterfaceLanguage()
  .then(() => loadFirstView(router, { withCorpus: container.firstElementChild !== null }))
  .then(() => {
    const reactRoot = createRoot(container)
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <Live>
            <RouterProvider router={router} />
          </Live>
        </StrictMode>,
      ),
    )
    startOfflineWhenIdle()
  })

/**
 * Offline use and update notices (src/features/offline/register.ts) load once the page has
 * loaded and is idle: never part of its first load. Not in development, where Vite serves the
 * modules. (Safari has no requestIdleCallback.)
 */
function startOfflineWhenIdle() {
  if (!import.meta.env.PROD) return
  const start = () =>
    (window.requestIdleCallback ?? setTimeout)(() => {
      // Where the first load ends for `npm run budget` (scripts/check-budget.ts).
      performance.mark('offline:start')
      void import('@/features/offline/register').then((m) => m.registerOffline(i18n))
    })
  if (document.readyState === 'complete') start()
  else addEventListener('load', start, { once: true })
}
