/**
 * Build-time prerendering, server side: renders one view of the app to HTML with the real
 * route components, over an in-memory history, after loading what the view reads (the same
 * `loadFirstView` the browser awaits before its first render, so both render the same markup).
 * Bundled and run in Node by the `prerender` plugin in vite.config.ts after the client build;
 * never part of the browser bundle. That plugin supplies `fetch` (reading the built files)
 * and a stand-in `window` before calling in.
 */
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { LOCALES, localisePath, type Locale } from '@/domain/i18n/locales'
import { metadataHtml, pageMetadata } from '@/domain/export/page-metadata'
import { loadCorpus } from '@/features/corpus/load-corpus'
import { documentTitle, takeServerRenderedTitle } from '@/hooks/use-document-title'
import { activateLocale } from '@/i18n/i18n'
import { createAppRouter } from './create-router'
import { describePage } from './page-description'
import { loadFirstView } from './first-view'

/**
 * Above this many statements, only the overview and the three lists are prerendered; every
 * session, topic, source and statement page boots like the SPA it is. At 100,000 statements a
 * page per statement would be 100,000 files per build, and a session's or topic's page lists
 * thousands of statements (1.5 GB of HTML for 86 pages, measured).
 */
export const MAX_STATEMENT_PAGES = 5000

/**
 * Every view whose content is the same for every visitor: the overview, the lists, and (up to
 * MAX_STATEMENT_PAGES statements) each session, topic, source and statement. Bookmarks are the
 * visitor's own, so they are not prerendered.
 */
export async function prerenderedPaths(): Promise<string[]> {
  const { corpus } = await loadCorpus()
  const lists = ['/', '/sessions', '/topics', '/quotes', '/data', '/kwic', '/trends']
  if (corpus.quotes.length > MAX_STATEMENT_PAGES) return lists
  return [
    ...lists,
    ...corpus.sessions.map((s) => `/sessions/${s.id}`),
    ...corpus.topics.map((t) => `/topics/${t.id}`),
    ...corpus.sources.map((s) => `/sources/${s.id}`),
    ...corpus.quotes.map((q) => `/quotes/${q.id}`),
  ]
}

/** Every view is prerendered in each interface language (`/ru/…`, `/kk/…`; English bare). */
export const prerenderedLocales: readonly Locale[] = LOCALES

export interface PrerenderedView {
  /** The markup of #root. */
  html: string
  /** The view's document title. */
  title: string
  /** Where it is served, without the base path (`/ru/quotes` for `/quotes` in Russian). */
  path: string
  /** Its own description, canonical link, Open Graph, Twitter card and citation tags. */
  head: string
}

/**
 * Renders the view at `path` (without the base path) in `locale`. `siteUrl` is the site's public
 * address with its base path (`https://host/explorer/`); without it, links in the metadata are
 * paths from the host's root.
 */
export async function prerenderView(
  path: string,
  locale: Locale = 'en',
  siteUrl = '',
): Promise<PrerenderedView> {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  await activateLocale(locale)
  const localised = localisePath(path, locale)
  const router = createAppRouter(createMemoryHistory({ initialEntries: [`${base}${localised}`] }))
  await loadFirstView(router, { withCorpus: true })
  const failed = router.state.matches.find((m) => m.status !== 'success')
  if (failed) throw new Error(`Prerendering ${path}: route ${failed.routeId} is ${failed.status}`)
  takeServerRenderedTitle()
  const html = renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
  const title = takeServerRenderedTitle() ?? documentTitle(null)
  const url = siteUrl
    ? new URL(localised.slice(1), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href
    : `${base}${localised}`
  const head = metadataHtml(pageMetadata(await loadCorpus(), path, url, title, describePage), url)
  return { html, title, path: localised, head }
}
