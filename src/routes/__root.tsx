import { createRootRoute, Outlet, useMatches } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { ErrorPanel } from '@/features/shell/components/error-panel'
import { NotFound } from '@/features/shell/components/not-found'
import { SiteFooter } from '@/features/shell/components/site-footer'
import { SiteHeader } from '@/features/shell/components/site-header'
import { shellMessages } from '@/features/shell/messages'
import { useFocusOnNavigate } from '@/features/shell/use-focus-on-navigate'
import { useT } from '@/i18n/catalog'
import { useLocale } from '@/i18n/interface-language'

// The storage warning (and the bookmarks store it reads) loads only on views that have
// bookmark controls (`staticData.bookmarkControls`), so the home page never pays for it.
const BookmarkStorageBanner = lazy(() =>
  import('@/features/bookmarks/components/storage-banner').then((m) => ({
    default: m.BookmarkStorageBanner,
  })),
)

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: () => <NotFound />,
  errorComponent: ErrorPanel,
})

function RootLayout() {
  const t = useT(shellMessages)
  // A new language renders the page anew, so every link is written in it.
  const locale = useLocale()
  useFocusOnNavigate()
  const hasBookmarkControls = useMatches({
    select: (matches) => matches.some((m) => m.staticData.bookmarkControls),
  })
  return (
    <div key={locale} className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {t('skipToContent')}
      </a>
      <SiteHeader />
      {hasBookmarkControls ? (
        <Suspense fallback={null}>
          <BookmarkStorageBanner />
        </Suspense>
      ) : null}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  )
}
