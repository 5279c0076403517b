import { createRootRoute, Outlet } from '@tanstack/react-router'
import { BookmarkStorageBanner } from '@/features/bookmarks/components/storage-banner'
import { ErrorPanel } from '@/features/shell/components/error-panel'
import { NotFound } from '@/features/shell/components/not-found'
import { SiteFooter } from '@/features/shell/components/site-footer'
import { SiteHeader } from '@/features/shell/components/site-header'
import { useFocusOnNavigate } from '@/features/shell/use-focus-on-navigate'

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: () => <NotFound />,
  errorComponent: ErrorPanel,
})

function RootLayout() {
  useFocusOnNavigate()
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <SiteHeader />
      <BookmarkStorageBanner />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  )
}
